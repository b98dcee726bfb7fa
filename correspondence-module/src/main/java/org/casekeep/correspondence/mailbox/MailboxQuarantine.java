package org.casekeep.correspondence.mailbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casekeep.correspondence.intake.CorrespondenceIntake;
import org.casekeep.correspondence.office.OfficeRoles;
import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.AccessRule;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.pii.PersonalDataGuard;
import org.casekeep.kernel.retention.RetentionFacts;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mailbox messages that could not be taken in (a broken MIME structure, a refused attachment, a sender or field the
 * intake does not accept): recorded with the reason instead of being dropped (CATT), listed for the
 * Executive Secretariat, who marks each as handled with a note. A handled message leaves the open list and stays for
 * the record. Access is decided by the kernel's policy ({@link Rules}).
 */
@Service
class MailboxQuarantine {

	static final String RECORD_TYPE = "correspondence.mailbox-quarantine";
	static final int REASON_MAX = 1000;
	static final int NOTE_MAX = 1000;
	static final int LIST_LIMIT = 500;

	private final JdbcTemplate jdbc;
	private final QuarantinedMessages messages;
	private final AuditTrail audit;
	private final AccessPolicy access;
	private final PersonalDataGuard guard;
	private final RetentionRegistry retention;
	private final MailboxProperties properties;

	MailboxQuarantine(JdbcTemplate jdbc, QuarantinedMessages messages, AuditTrail audit, AccessPolicy access,
			PersonalDataGuard guard, RetentionRegistry retention, MailboxProperties properties) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.audit = audit;
		this.access = access;
		this.guard = guard;
		this.retention = retention;
		this.properties = properties;
	}

	/** The open quarantined messages, newest first; for the Executive Secretariat of the mailbox's office. */
	@Transactional
	public List<MailboxQuarantineEntry> list() {
		return list(false);
	}

	/**
	 * The quarantined messages, newest first, at most {@value #LIST_LIMIT}; for the Executive Secretariat of the
	 * office the mailbox takes mail in for. Each entry shown is audited as a read.
	 * @param includeResolved also those already marked handled.
	 */
	@Transactional
	public List<MailboxQuarantineEntry> list(boolean includeResolved) {
		access.check(Operation.SEARCH, RecordFacts.ofType(RECORD_TYPE));
		access.check(Operation.READ, facts(null));
		List<MailboxQuarantineEntry> entries = messages.findNewest(includeResolved, LIST_LIMIT).stream()
			.map(MailboxQuarantine::entry)
			.toList();
		return guard.releaseAll(entries, entry -> facts(entry.id()), CorrespondenceIntake.PURPOSE);
	}

	/**
	 * Marks a quarantined message as handled, with a note; audited. A message already handled is a conflict (409),
	 * as is a stale version; the note is required. From then on its 90 days of retention run (GRS 5.2 item 010).
	 */
	@Transactional
	public MailboxQuarantineEntry resolve(UUID id, MailboxQuarantineResolution resolution) {
		Actor actor = access.check(Operation.UPDATE, facts(id));
		QuarantinedMessage message = messages.findForUpdate(id)
			.orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
		if (resolution.version() != null && resolution.version() != message.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(QuarantinedMessage.class, id);
		}
		if (!message.isOpen()) {
			throw new WorkflowConflictException("This message was already marked handled by " + message.getResolvedBy());
		}
		InputCheck check = new InputCheck();
		String note = check.requiredText("note", resolution.note(), "A note on how the message was handled", NOTE_MAX);
		check.throwIfInvalid();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		message.resolve(actor.username(), note, now);
		messages.saveAndFlush(message);
		audit.record(new AuditEvent(AuditAction.UPDATE, RECORD_TYPE, id.toString(), properties.owningComponent(),
				List.of("resolutionNote"), CorrespondenceIntake.PURPOSE, "marked handled"));
		track(message.getId(), message.getQuarantinedAt(), now);
		return guard.release(entry(message), facts(id), CorrespondenceIntake.PURPOSE);
	}

	/** The facts of an entry: it belongs to the office the mailbox takes mail in for. */
	private RecordFacts facts(@Nullable UUID id) {
		return new RecordFacts(RECORD_TYPE, id == null ? null : id.toString(), properties.owningComponent(), null,
				Set.of());
	}

	private void track(UUID id, Instant quarantinedAt, @Nullable Instant resolvedAt) {
		Instant lastActivity = resolvedAt != null ? resolvedAt : quarantinedAt;
		retention.track(RECORD_TYPE, id.toString(), new RetentionFacts(quarantinedAt, lastActivity, resolvedAt, resolvedAt));
	}

	/** Records a message as quarantined; a message already recorded stays as it is. */
	@Transactional
	boolean record(MailboxKey key, @Nullable Instant receivedAt, @Nullable String senderAddress,
			@Nullable String subject, String reason, Instant now) {
		String cut = reason.length() > REASON_MAX ? reason.substring(0, REASON_MAX) : reason;
		UUID id = UUID.randomUUID();
		boolean added = jdbc.update("""
				insert into correspondence.mailbox_quarantine
				    (id, folder, uid_validity, uid, message_id, received_at, sender_address, subject, reason,
				     quarantined_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", id, key.folder(),
				key.uidValidity(), key.uid(), key.messageId(), receivedAt == null ? null : Timestamp.from(receivedAt),
				senderAddress, subject, cut, Timestamp.from(now)) == 1;
		if (added) {
			track(id, now, null);
		}
		return added;
	}

	/** Whether the message was already quarantined. */
	@Transactional(readOnly = true)
	boolean contains(MailboxKey key) {
		Integer count = jdbc.queryForObject("""
				select count(*) from correspondence.mailbox_quarantine where folder = ? and uid_validity = ? and uid = ?""",
				Integer.class, key.folder(), key.uidValidity(), key.uid());
		return count != null && count > 0;
	}

	private static MailboxQuarantineEntry entry(QuarantinedMessage m) {
		return new MailboxQuarantineEntry(m.getId(), m.getFolder(), m.getUidValidity(), m.getUid(), m.getMessageId(),
				m.getReceivedAt(), m.getSenderAddress(), m.getSubject(), m.getReason(), m.getQuarantinedAt(),
				m.getResolvedAt(), m.getResolvedBy(), m.getResolutionNote(), m.getVersion(), Set.of());
	}

	/**
	 * The Executive Secretariat ({@code exec_sec} users) of the office the mailbox takes mail in for, and the
	 * Executive Secretariat of ESEC, which sees every component's correspondence, list the messages that could not be
	 * taken in and mark them handled; nobody else sees them, nobody exports or deletes them by hand: entries go by
	 * retention.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Rules {

		@Bean
		AccessRule mailboxQuarantineAccess() {
			return AccessRule.of(RECORD_TYPE, (actor, operation, facts) -> {
				if (!actor.hasRole(OfficeRoles.EXEC_SEC) || actor.component() == null) {
					return false;
				}
				return switch (operation) {
					case SEARCH -> true;
					case READ, UPDATE -> OfficeRoles.seesEverything(actor) || facts.ownedByComponentOf(actor);
					case CREATE, DELETE, EXPORT, DISCLOSE -> false;
				};
			});
		}
	}
}
