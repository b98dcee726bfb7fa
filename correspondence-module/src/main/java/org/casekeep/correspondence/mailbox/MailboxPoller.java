package org.casekeep.correspondence.mailbox;

import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.casekeep.correspondence.files.AttachmentRejected;
import org.casekeep.correspondence.files.AttachmentText;
import org.casekeep.correspondence.office.OfficeRoles;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.validation.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The monitored mailbox (CATT): reads the unseen messages of an IMAP folder and turns each into a correspondence
 * record with a draft tasker, or quarantines it with the reason when it cannot be taken in. Each message is
 * committed (key, record and tasker in one transaction) before it is flagged {@code \Seen} on the server; a poller
 * that dies in between finds the key on its next run and only flags the message. Runs on one instance at a time
 * (ShedLock).
 */
@Component
@EnableConfigurationProperties(MailboxProperties.class)
class MailboxPoller {

	private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);
	private static final String TIMEOUT_MILLIS = "30000";

	/**
	 * What one poll did.
	 *
	 * @param failed messages left unflagged after an unexpected error, to be retried on the next poll.
	 */
	public record Result(int taken, int alreadyDone, int quarantined, int failed) {
	}

	private final MailboxProperties properties;
	private final MailboxMessageIntake intake;
	private final MailboxQuarantine quarantine;
	private final MailboxFlags flags;
	private final AttachmentText attachmentText;

	MailboxPoller(MailboxProperties properties, MailboxMessageIntake intake, MailboxQuarantine quarantine,
			MailboxFlags flags, AttachmentText attachmentText) {
		this.properties = properties;
		this.intake = intake;
		this.quarantine = quarantine;
		this.flags = flags;
		this.attachmentText = attachmentText;
	}

	@Scheduled(cron = "${casekeep.correspondence.mailbox.poll-cron:0 */2 * * * *}")
	@SchedulerLock(name = "correspondence-mailbox-poller", lockAtMostFor = "PT10M", lockAtLeastFor = "PT5S")
	void poll() {
		if (!properties.enabled()) {
			return;
		}
		try {
			Result result = pollOnce();
			if (result.taken() + result.quarantined() + result.failed() > 0) {
				log.info("Mailbox poll: {} taken in, {} quarantined, {} already done, {} to retry", result.taken(),
						result.quarantined(), result.alreadyDone(), result.failed());
			}
		}
		catch (MessagingException | RuntimeException ex) {
			log.warn("Mailbox poll failed; unflagged messages are retried on the next poll", ex);
		}
	}

	/**
	 * Reads the folder once and handles every unseen message.
	 *
	 * @throws MessagingException when the server cannot be reached or a message cannot be fetched or flagged; what
	 * was committed before stays, the rest is picked up by the next poll.
	 */
	public Result pollOnce() throws MessagingException {
		if (properties.host() == null || properties.host().isBlank()) {
			throw new IllegalStateException("casekeep.correspondence.mailbox.host is not set");
		}
		String protocol = properties.ssl() ? "imaps" : "imap";
		Session session = Session.getInstance(sessionProperties(protocol));
		Store store = session.getStore(protocol);
		store.connect(properties.host(), properties.port(), properties.username(), properties.password());
		try {
			Folder folder = store.getFolder(properties.folder());
			folder.open(Folder.READ_WRITE);
			try {
				if (!(folder instanceof UIDFolder uids)) {
					throw new MessagingException("The mailbox's folder has no UIDs: " + properties.folder());
				}
				return poll(folder, uids);
			}
			finally {
				if (folder.isOpen()) {
					folder.close(false);
				}
			}
		}
		finally {
			store.close();
		}
	}

	private Result poll(Folder folder, UIDFolder uids) throws MessagingException {
		long uidValidity = uids.getUIDValidity();
		Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
		FetchProfile profile = new FetchProfile();
		profile.add(UIDFolder.FetchProfileItem.UID);
		profile.add(FetchProfile.Item.ENVELOPE);
		folder.fetch(unseen, profile);
		Actor actor = new Actor(properties.intakeUser(), properties.owningComponent(),
				Set.of(OfficeRoles.EXEC_SEC));
		int taken = 0;
		int alreadyDone = 0;
		int quarantined = 0;
		int failed = 0;
		for (Message message : unseen) {
			MimeMessage source = (MimeMessage) message;
			MailboxKey key = new MailboxKey(properties.folder(), uidValidity, uids.getUID(message),
					MailboxMessage.messageId(source));
			Handled handled;
			try {
				handled = handle(key, source, actor);
			}
			catch (RuntimeException ex) {
				// Not the message's fault as far as we know (database, extraction…): left unflagged, retried next poll.
				log.warn("Mailbox message {} not taken in this time", key, ex);
				failed++;
				continue;
			}
			switch (handled) {
				case TAKEN -> taken++;
				case ALREADY_DONE -> alreadyDone++;
				case QUARANTINED -> quarantined++;
			}
			flags.markDone(message);
		}
		return new Result(taken, alreadyDone, quarantined, failed);
	}

	private enum Handled {
		TAKEN, ALREADY_DONE, QUARANTINED
	}

	private Handled handle(MailboxKey key, MimeMessage source, Actor actor) throws MessagingException {
		if (intake.done(key)) {
			return Handled.ALREADY_DONE;
		}
		Instant now = Instant.now();
		@Nullable Instant received = MailboxMessage.receivedAt(source);
		@Nullable String sender = MailboxMessage.senderAddress(source);
		@Nullable String subject = MailboxMessage.quarantineSubject(source);
		// Fetching the raw message may fail on the connection (retried next poll); parsing the copy may not.
		MimeMessage copy = new MimeMessage(source);
		MailboxMessage parsed;
		try {
			parsed = MailboxMessage.parse(copy, received);
		}
		catch (MailboxMessageUnreadable ex) {
			return quarantine(key, received, sender, subject, ex.getMessage(), now);
		}
		try {
			// Read before the intake's transaction opens: a slow or hostile file holds no pool connection. A file
			// whose text cannot be read is taken in and held in the SPII review for a person to check by eye.
			List<AttachmentText.Checked> files = attachmentText.checkAll(parsed.attachments());
			MailboxMessageIntake.Outcome outcome = Actors.callAs(actor,
					() -> intake.takeIn(key, parsed, files, properties.taskerBusinessDays(), now));
			return outcome.taken() ? Handled.TAKEN : Handled.ALREADY_DONE;
		}
		catch (AttachmentRejected ex) {
			return quarantine(key, received, sender, subject, "Attachment refused (" + ex.reason() + "): " + ex.getMessage(), now);
		}
		catch (InvalidInputException ex) {
			return quarantine(key, received, sender, subject, "Refused by the intake: " + ex.getMessage(), now);
		}
	}

	private Handled quarantine(MailboxKey key, @Nullable Instant received, @Nullable String sender,
			@Nullable String subject, String reason, Instant now) {
		// The reason may name a file or quote the intake's messages: it goes to the quarantine, not to the log.
		log.warn("Mailbox message {} quarantined; the reason is on the quarantine page", key);
		return quarantine.record(key, received, sender, subject, reason, now) ? Handled.QUARANTINED : Handled.ALREADY_DONE;
	}

	private Properties sessionProperties(String protocol) {
		Properties props = new Properties();
		String prefix = "mail." + protocol + ".";
		// Reading a message must not mark it \Seen: only a committed intake does.
		props.setProperty(prefix + "peek", "true");
		props.setProperty(prefix + "connectiontimeout", TIMEOUT_MILLIS);
		props.setProperty(prefix + "timeout", TIMEOUT_MILLIS);
		props.setProperty(prefix + "writetimeout", TIMEOUT_MILLIS);
		return props;
	}
}
