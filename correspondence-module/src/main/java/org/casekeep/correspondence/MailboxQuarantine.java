package org.casekeep.correspondence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mailbox messages that could not be taken in (a broken MIME structure, a refused attachment, a sender or field the
 * intake does not accept): recorded with the reason instead of being dropped (issue 3 "Bad input"), listed for the
 * Executive Secretariat, who marks each as handled with a note. A handled message leaves the open list and stays for
 * the record. Access is decided by the kernel's policy ({@link CorrespondenceAccessRules#mailboxQuarantineAccess}).
 */
@Service
public class MailboxQuarantine {

	static final String RECORD_TYPE = "correspondence.mailbox-quarantine";
	static final int REASON_MAX = 1000;
	static final int NOTE_MAX = 1000;
	static final int LIST_LIMIT = 500;

	private static final String COLUMNS = """
			id, folder, uid_validity, uid, message_id, received_at, sender_address, subject, reason, quarantined_at,
			resolved_at, resolved_by, resolution_note, version""";

	private final JdbcTemplate jdbc;
	private final AuditTrail audit;
	private final AccessPolicy access;

	MailboxQuarantine(JdbcTemplate jdbc, AuditTrail audit, AccessPolicy access) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.access = access;
	}

	/** The open quarantined messages, newest first; for the Executive Secretariat only. */
	@Transactional
	public List<MailboxQuarantineEntry> list() {
		return list(false);
	}

	/**
	 * The quarantined messages, newest first, at most {@value #LIST_LIMIT}; for the Executive Secretariat only.
	 * @param includeResolved also those already marked handled.
	 */
	@Transactional
	public List<MailboxQuarantineEntry> list(boolean includeResolved) {
		Actor actor = access.check(Operation.SEARCH, RecordFacts.ofType(RECORD_TYPE));
		List<MailboxQuarantineEntry> entries = jdbc.query("select " + COLUMNS
				+ " from correspondence.mailbox_quarantine where (? or resolved_at is null)"
				+ " order by quarantined_at desc limit ?", MailboxQuarantine::entry, includeResolved, LIST_LIMIT);
		audit.record(new AuditEvent(AuditAction.READ, RECORD_TYPE, "list", actor.component(),
				List.of("senderAddress", "subject"), CorrespondenceIntake.PURPOSE, "entries: " + entries.size()));
		return entries;
	}

	/**
	 * Marks a quarantined message as handled, with a note; audited. A message already handled is a conflict (409),
	 * as is a stale version; the note is required.
	 */
	@Transactional
	public MailboxQuarantineEntry resolve(UUID id, MailboxQuarantineResolution resolution) {
		Actor actor = access.check(Operation.UPDATE, RecordFacts.ofType(RECORD_TYPE));
		MailboxQuarantineEntry entry = jdbc.query("select " + COLUMNS
				+ " from correspondence.mailbox_quarantine where id = ? for update", MailboxQuarantine::entry, id)
			.stream().findFirst().orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
		if (resolution.version() != null && resolution.version() != entry.version()) {
			throw new ObjectOptimisticLockingFailureException(MailboxQuarantineEntry.class, id);
		}
		if (!entry.open()) {
			throw new WorkflowConflictException("This message was already marked handled by " + entry.resolvedBy());
		}
		InputCheck check = new InputCheck();
		String note = check.required("note", resolution.note(), "A note on how the message was handled", raw -> {
			if (raw.length() > NOTE_MAX) {
				throw new IllegalArgumentException("The note must be at most " + NOTE_MAX + " characters");
			}
			return raw;
		});
		check.throwIfInvalid();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		jdbc.update("""
				update correspondence.mailbox_quarantine
				   set resolved_at = ?, resolved_by = ?, resolution_note = ?, version = version + 1
				 where id = ?""", Timestamp.from(now), actor.username(), note, id);
		audit.record(new AuditEvent(AuditAction.UPDATE, RECORD_TYPE, id.toString(), actor.component(),
				List.of("resolutionNote"), CorrespondenceIntake.PURPOSE, "marked handled"));
		return new MailboxQuarantineEntry(entry.id(), entry.folder(), entry.uidValidity(), entry.uid(),
				entry.messageId(), entry.receivedAt(), entry.senderAddress(), entry.subject(), entry.reason(),
				entry.quarantinedAt(), now, actor.username(), note, entry.version() + 1);
	}

	/** Records a message as quarantined; a message already recorded stays as it is. */
	@Transactional
	boolean record(MailboxKey key, @Nullable Instant receivedAt, @Nullable String senderAddress,
			@Nullable String subject, String reason, Instant now) {
		String cut = reason.length() > REASON_MAX ? reason.substring(0, REASON_MAX) : reason;
		return jdbc.update("""
				insert into correspondence.mailbox_quarantine
				    (id, folder, uid_validity, uid, message_id, received_at, sender_address, subject, reason,
				     quarantined_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", UUID.randomUUID(), key.folder(),
				key.uidValidity(), key.uid(), key.messageId(), receivedAt == null ? null : Timestamp.from(receivedAt),
				senderAddress, subject, cut, Timestamp.from(now)) == 1;
	}

	/** Whether the message was already quarantined. */
	@Transactional(readOnly = true)
	boolean contains(MailboxKey key) {
		Integer count = jdbc.queryForObject("""
				select count(*) from correspondence.mailbox_quarantine where folder = ? and uid_validity = ? and uid = ?""",
				Integer.class, key.folder(), key.uidValidity(), key.uid());
		return count != null && count > 0;
	}

	private static MailboxQuarantineEntry entry(ResultSet rs, int row) throws SQLException {
		return new MailboxQuarantineEntry(rs.getObject("id", UUID.class), rs.getString("folder"),
				rs.getLong("uid_validity"), rs.getLong("uid"), rs.getString("message_id"),
				instant(rs.getTimestamp("received_at")), rs.getString("sender_address"), rs.getString("subject"),
				rs.getString("reason"), instant(rs.getTimestamp("quarantined_at")),
				instant(rs.getTimestamp("resolved_at")), rs.getString("resolved_by"), rs.getString("resolution_note"),
				rs.getLong("version"));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
