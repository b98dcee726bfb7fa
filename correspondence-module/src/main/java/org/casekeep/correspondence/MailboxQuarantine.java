package org.casekeep.correspondence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mailbox messages that could not be taken in (a broken MIME structure, a refused attachment, a sender or field the
 * intake does not accept): recorded with the reason instead of being dropped, listed for the Executive Secretariat.
 */
@Service
public class MailboxQuarantine {

	static final String RECORD_TYPE = "correspondence.mailbox-quarantine";
	static final int REASON_MAX = 1000;
	static final int LIST_LIMIT = 500;

	private final JdbcTemplate jdbc;
	private final AuditTrail audit;

	MailboxQuarantine(JdbcTemplate jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** The quarantined messages, newest first; for {@code exec_sec} users only. */
	@Transactional
	public List<MailboxQuarantineEntry> list() {
		Actor actor = Actors.require();
		if (!actor.hasRole(CorrespondenceAccessRules.EXEC_SEC)) {
			throw new AccessDeniedException("Only the Executive Secretariat sees the mailbox quarantine");
		}
		List<MailboxQuarantineEntry> entries = jdbc.query("""
				select id, folder, uid_validity, uid, message_id, received_at, sender_address, reason, quarantined_at
				from correspondence.mailbox_quarantine order by quarantined_at desc limit ?""",
				(rs, row) -> new MailboxQuarantineEntry(rs.getObject("id", UUID.class), rs.getString("folder"),
						rs.getLong("uid_validity"), rs.getLong("uid"), rs.getString("message_id"),
						instant(rs.getTimestamp("received_at")), rs.getString("sender_address"), rs.getString("reason"),
						instant(rs.getTimestamp("quarantined_at"))),
				LIST_LIMIT);
		audit.record(new AuditEvent(AuditAction.READ, RECORD_TYPE, "list", actor.component(),
				List.of("senderAddress"), CorrespondenceIntake.PURPOSE, "entries: " + entries.size()));
		return entries;
	}

	/** Records a message as quarantined; a message already recorded stays as it is. */
	@Transactional
	boolean record(MailboxKey key, @Nullable Instant receivedAt, @Nullable String senderAddress, String reason,
			Instant now) {
		String cut = reason.length() > REASON_MAX ? reason.substring(0, REASON_MAX) : reason;
		return jdbc.update("""
				insert into correspondence.mailbox_quarantine
				    (id, folder, uid_validity, uid, message_id, received_at, sender_address, reason, quarantined_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", UUID.randomUUID(), key.folder(),
				key.uidValidity(), key.uid(), key.messageId(), receivedAt == null ? null : Timestamp.from(receivedAt),
				senderAddress, cut, Timestamp.from(now)) == 1;
	}

	/** Whether the message was already quarantined. */
	@Transactional(readOnly = true)
	boolean contains(MailboxKey key) {
		Integer count = jdbc.queryForObject("""
				select count(*) from correspondence.mailbox_quarantine where folder = ? and uid_validity = ? and uid = ?""",
				Integer.class, key.folder(), key.uidValidity(), key.uid());
		return count != null && count > 0;
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
