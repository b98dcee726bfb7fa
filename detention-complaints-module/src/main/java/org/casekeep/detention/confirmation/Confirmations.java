package org.casekeep.detention.confirmation;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import org.casekeep.detention.complaint.ComplaintCase.ComplaintId;
import org.casekeep.detention.complaint.ComplaintRecords;
import org.casekeep.detention.complaint.ComplaintView;
import org.casekeep.detention.complaint.SubmitterRole;
import org.casekeep.detention.confirmation.CorrespondenceLog.Channel;
import org.casekeep.detention.confirmation.CorrespondenceLog.Kind;
import org.casekeep.detention.confirmation.CorrespondenceLog.Outcome;
import org.casekeep.detention.confirmation.CorrespondenceLog.RecipientRole;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Confirmation of receipt to the submitter, with the case number and the office's contact details (PIA 7.3): a letter
 * staff print and mail, or an e-mail when the submitter gave an address, through the platform's mail server if one
 * is configured ({@code spring.mail.host}); without one nothing goes and the log says so. Every confirmation is logged
 * (PIA 8.1). Anonymous complaints get none: OIDO cannot give them feedback (PIA footnote 2). A receipt code is never
 * e-mailed: it is shown once on the portal, and the e-mail says only the case number.
 */
@Service
public class Confirmations {

	private static final Logger LOG = LoggerFactory.getLogger(Confirmations.class);

	/** What a printed letter holds: nothing beyond the submitter's name and address, the case number and the office. */
	public record Letter(String caseNumber, LocalDate date, @Nullable String recipientName,
			@Nullable String recipientAddress, OfficeContact office) {
	}

	private final ComplaintRecords records;
	private final CorrespondenceLog log;
	private final OfficeContact office;
	private final MessageSource messages;
	private final ObjectProvider<JavaMailSender> mail;
	private final String from;

	Confirmations(ComplaintRecords records, CorrespondenceLog log, OfficeContact office, MessageSource messages,
			ObjectProvider<JavaMailSender> mail,
			@Value("${casekeep.notifications.from:casekeep@casekeep.example}") String from) {
		this.records = records;
		this.log = log;
		this.office = office;
		this.messages = messages;
		this.mail = mail;
		this.from = from;
	}

	/**
	 * The confirmation letter of a complaint, for an analyst or manager to print; logged as produced.
	 * @throws WorkflowConflictException for an anonymous complaint.
	 */
	public Letter letter(ComplaintId id) {
		ComplaintView complaint = confirmable(id);
		log.record(id, Kind.CONFIRMATION, Channel.LETTER, role(complaint.submitterRole()), Outcome.PRODUCED,
				Actors.require().username());
		return new Letter(complaint.caseNumber(), LocalDate.now(ZoneOffset.UTC), complaint.submitterName(),
				complaint.submitterMailingAddress(), office);
	}

	/**
	 * Sends the confirmation e-mail of a complaint to the submitter's address, for an analyst or manager; logged with
	 * whether it went.
	 * @throws InvalidInputException naming {@code submitterEmail} when the submitter gave none.
	 * @throws WorkflowConflictException for an anonymous complaint.
	 */
	public Outcome email(ComplaintId id) {
		ComplaintView complaint = confirmable(id);
		if (complaint.submitterEmail() == null) {
			throw InvalidInputException.of("submitterEmail", "The submitter gave no e-mail address; print a letter");
		}
		Outcome outcome = send(complaint.submitterEmail(), complaint.caseNumber(), Locale.ENGLISH);
		log.record(id, Kind.CONFIRMATION, Channel.EMAIL, role(complaint.submitterRole()), outcome,
				Actors.require().username());
		return outcome;
	}

	/**
	 * The confirmation e-mail of a complaint just filed on the portal, in the submitter's language; logged. Called
	 * after the complaint was committed, outside any transaction.
	 */
	public Outcome emailFromPortal(ComplaintId id, String caseNumber, String address, @Nullable String submitterRole,
			Locale locale, String sentBy) {
		SubmitterRole role = submitterRole == null ? null : SubmitterRole.valueOf(submitterRole);
		Outcome outcome = send(address, caseNumber, locale);
		log.record(id, Kind.CONFIRMATION, Channel.EMAIL, role(role), outcome, sentBy);
		return outcome;
	}

	private ComplaintView confirmable(ComplaintId id) {
		ComplaintView complaint = records.get(id);
		if (complaint.anonymous()) {
			throw new WorkflowConflictException("Complaint " + complaint.caseNumber()
					+ " is anonymous: OIDO gives no feedback to anonymous submitters");
		}
		return complaint;
	}

	private Outcome send(String address, String caseNumber, Locale locale) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return Outcome.NOT_SENT_NO_MAIL;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(address);
		message.setSubject(messages.getMessage("detention.confirmation.email.subject", new Object[] { caseNumber },
				locale));
		message.setText(messages.getMessage("detention.confirmation.email.body", new Object[] { caseNumber,
				office.name(), office.address(), office.phone(), office.email() }, locale));
		try {
			sender.send(message);
			return Outcome.SENT;
		}
		catch (MailException ex) {
			// Never the address or the message: only that it failed.
			LOG.warn("A confirmation e-mail could not be sent ({})", ex.getClass().getSimpleName());
			return Outcome.FAILED;
		}
	}

	private static RecipientRole role(@Nullable SubmitterRole role) {
		return role == null ? RecipientRole.SUBMITTER : switch (role) {
			case DETAINEE -> RecipientRole.DETAINEE;
			case ATTORNEY -> RecipientRole.REPRESENTATIVE;
			case FAMILY_MEMBER, OTHER -> RecipientRole.SUBMITTER;
		};
	}
}
