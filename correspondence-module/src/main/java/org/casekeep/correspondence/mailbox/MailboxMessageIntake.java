package org.casekeep.correspondence.mailbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.casekeep.correspondence.files.AttachmentText;
import org.casekeep.correspondence.intake.Arrival.Channel;
import org.casekeep.correspondence.intake.Arrival.IntakeMethod;
import org.casekeep.correspondence.intake.Arrival.SourceType;
import org.casekeep.correspondence.intake.CorrespondenceIntake;
import org.casekeep.correspondence.intake.CorrespondenceView;
import org.casekeep.correspondence.intake.IntakeDraft;
import org.casekeep.correspondence.taskers.TaskerRouting;
import org.casekeep.correspondence.taskers.TaskerView;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in one mailbox message in one transaction: the message's key, the correspondence (through the ordinary
 * intake, so uploads are checked, their text extracted and SPII held for review) and a draft tasker linked to it
 * commit together or not at all. The key's unique constraints make a second run over the same message a no-op.
 */
@Service
class MailboxMessageIntake {

	/** What became of a message. */
	record Outcome(boolean taken, @Nullable UUID correspondenceId, @Nullable UUID taskerId) {

		static final Outcome ALREADY_DONE = new Outcome(false, null, null);
	}

	private final JdbcTemplate jdbc;
	private final CorrespondenceIntake intake;
	private final TaskerRouting routing;

	MailboxMessageIntake(JdbcTemplate jdbc, CorrespondenceIntake intake, TaskerRouting routing) {
		this.jdbc = jdbc;
		this.intake = intake;
		this.routing = routing;
	}

	/** Whether the message was taken in (or quarantined) before. */
	@Transactional(readOnly = true)
	boolean done(MailboxKey key) {
		Integer count = jdbc.queryForObject("""
				select (select count(*) from correspondence.mailbox_message
				        where (folder = ? and uid_validity = ? and uid = ?) or message_id = ?)
				     + (select count(*) from correspondence.mailbox_quarantine
				        where folder = ? and uid_validity = ? and uid = ?)""", Integer.class, key.folder(),
				key.uidValidity(), key.uid(), key.messageId(), key.folder(), key.uidValidity(), key.uid());
		return count != null && count > 0;
	}

	/**
	 * Runs as the mailbox's intake actor, with the message's attachments checked before the transaction.
	 *
	 * @throws AttachmentRejected, org.casekeep.kernel.validation.InvalidInputException when the intake refuses it;
	 * the transaction is then rolled back and the caller quarantines the message.
	 */
	@Transactional
	Outcome takeIn(MailboxKey key, MailboxMessage message, List<AttachmentText.Checked> files, int taskerBusinessDays,
			Instant now) {
		int inserted = jdbc.update("""
				insert into correspondence.mailbox_message (id, folder, uid_validity, uid, message_id, processed_at)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""", UUID.randomUUID(), key.folder(), key.uidValidity(),
				key.uid(), key.messageId(), Timestamp.from(now));
		if (inserted == 0) {
			return Outcome.ALREADY_DONE;
		}
		String[] name = message.firstAndLastName();
		Instant received = message.receivedAt() == null || message.receivedAt().isAfter(now) ? now
				: message.receivedAt();
		boolean uploaded = !files.isEmpty();
		IntakeDraft draft = new IntakeDraft(Channel.EMAIL.name(),
				(uploaded ? IntakeMethod.UPLOADED : IntakeMethod.PASTED).name(), SourceType.PUBLIC.name(),
				subject(message.subject()), body(message.body()), received.toString(), null, null, name[0], null, name[1],
				null, null, null, null, null, null, null, message.senderEmail(), null, null, null, null, null, null);
		CorrespondenceView correspondence = intake.intakeChecked(draft, files);
		// The tasker's subject names the record only: the email's subject may hold SPII still under review.
		TaskerView tasker = routing.create(new TaskerRouting.Draft(correspondence.id(),
				"Respond to " + correspondence.referenceNumber() + " (received by email)",
				"Created from the monitored mailbox (" + key + ").", taskerBusinessDays, null, null));
		jdbc.update("""
				update correspondence.mailbox_message set correspondence_id = ?, tasker_id = ?
				where folder = ? and uid_validity = ? and uid = ?""", correspondence.id(), tasker.id(), key.folder(),
				key.uidValidity(), key.uid());
		return new Outcome(true, correspondence.id(), tasker.id());
	}

	private static String body(String body) {
		return body.length() <= IntakeDraft.BODY_MAX ? body : body.substring(0, IntakeDraft.BODY_MAX);
	}

	private static String subject(String subject) {
		return subject.length() <= IntakeDraft.SUBJECT_MAX ? subject : subject.substring(0, IntakeDraft.SUBJECT_MAX);
	}
}
