package org.casekeep.detention.confirmation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.casekeep.detention.complaint.ComplaintCase.ComplaintId;
import org.casekeep.detention.complaint.ComplaintRecords;
import org.casekeep.detention.complaint.OidoRoles;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The log of correspondence back to a detainee, representative or facility point of contact (PIA 8.1: "all
 * correspondence ... is tracked and logged"). An entry says what kind, by which channel, to whom by role, whether it
 * went, who sent it and when; never an address or the content, which may carry personal data. Each entry is also
 * audited, with the same facts.
 */
@Component
public class CorrespondenceLog {

	/** What was sent. */
	public enum Kind { CONFIRMATION }

	public enum Channel { LETTER, EMAIL }

	/** To whom, by role (PIA 8.1). */
	public enum RecipientRole { DETAINEE, REPRESENTATIVE, SUBMITTER, FACILITY_POINT_OF_CONTACT }

	public enum Outcome {
		/** A letter was produced for printing and mailing. */
		PRODUCED,
		SENT,
		/** No mail server is configured: nothing went, and staff are told to send a letter. */
		NOT_SENT_NO_MAIL,
		/** The mail server refused it. */
		FAILED
	}

	/** One entry. */
	public record Entry(Kind kind, Channel channel, RecipientRole recipientRole, Outcome outcome, String sentBy,
			Instant sentAt) {
	}

	private final JdbcClient jdbc;
	private final AuditTrail audit;

	CorrespondenceLog(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional
	public void record(ComplaintId complaint, Kind kind, Channel channel, RecipientRole role, Outcome outcome,
			String sentBy) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into detention.correspondence_log
				    (id, complaint_id, kind, channel, recipient_role, outcome, sent_by, sent_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, complaint.value(), kind.name(), channel.name(), role.name(), outcome.name(), sentBy,
					java.sql.Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS)))
			.update();
		audit.record(new AuditEvent(AuditAction.CREATE, "detention.correspondence", id.toString(), OidoRoles.COMPONENT,
				List.of(), ComplaintRecords.PURPOSE, kind.name().toLowerCase(java.util.Locale.ROOT) + " by "
						+ channel.name() + " to the " + role.name() + " of complaint " + complaint + ": "
						+ outcome.name() + ", by " + sentBy));
	}

	/** The entries of a complaint, oldest first. Callers check access to the complaint first. */
	@Transactional(readOnly = true)
	public List<Entry> of(ComplaintId complaint) {
		return jdbc.sql("""
				select kind, channel, recipient_role, outcome, sent_by, sent_at from detention.correspondence_log
				where complaint_id = ? order by sent_at, id""")
			.param(complaint.value())
			.query((rs, n) -> new Entry(Kind.valueOf(rs.getString(1)), Channel.valueOf(rs.getString(2)),
					RecipientRole.valueOf(rs.getString(3)), Outcome.valueOf(rs.getString(4)), rs.getString(5),
					rs.getTimestamp(6).toInstant()))
			.list();
	}
}
