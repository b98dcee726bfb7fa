package org.casekeep.correspondence.mailbox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.casekeep.correspondence.files.AttachmentUpload;
import org.jspecify.annotations.Nullable;

/**
 * One email as read from the monitored mailbox: what the intake needs of it. Parsing reads the whole MIME structure,
 * so a broken message fails here, before anything is stored.
 *
 * @param body the plain-text part, or the text of the HTML part when there is no plain one.
 */
record MailboxMessage(String subject, @Nullable String senderName, @Nullable String senderEmail, String body,
		@Nullable Instant receivedAt, List<AttachmentUpload> attachments) {

	static final String NO_SUBJECT = "(no subject)";
	private static final int MAX_DEPTH = 10;
	private static final int NAME_MAX = 100;
	private static final Tika TIKA = new Tika();

	/** The sender's address as written, for the quarantine; {@literal null} when there is none or it is unreadable. */
	static @Nullable String senderAddress(MimeMessage message) {
		try {
			Address[] from = message.getFrom();
			if (from == null || from.length == 0) {
				return null;
			}
			String address = from[0] instanceof InternetAddress internet ? internet.getAddress() : from[0].toString();
			return address == null ? null : address.length() > 320 ? address.substring(0, 320) : address;
		}
		catch (MessagingException | RuntimeException ex) {
			return null;
		}
	}

	/**
	 * The subject for the quarantine, SPII redacted (PIA 3.4: a message never taken in is not reviewed, so nothing
	 * sensitive is kept from it); {@literal null} when there is none or it is unreadable.
	 */
	static @Nullable String quarantineSubject(MimeMessage message) {
		try {
			String subject = message.getSubject();
			if (subject == null || subject.isBlank()) {
				return null;
			}
			String redacted = new org.casekeep.kernel.spii.SpiiDetector().redactAll(subject.strip());
			return redacted.length() > 998 ? redacted.substring(0, 998) : redacted;
		}
		catch (MessagingException | RuntimeException ex) {
			return null;
		}
	}

	/** The date the server received the message, else the date it was sent. */
	static @Nullable Instant receivedAt(MimeMessage message) {
		try {
			java.util.Date date = message.getReceivedDate() != null ? message.getReceivedDate() : message.getSentDate();
			return date == null ? null : date.toInstant();
		}
		catch (MessagingException | RuntimeException ex) {
			return null;
		}
	}

	/** The Message-ID header, when the message has one. */
	static @Nullable String messageId(MimeMessage message) {
		try {
			String id = message.getMessageID();
			return id == null || id.isBlank() ? null : id.trim().length() > 998 ? id.trim().substring(0, 998) : id.trim();
		}
		catch (MessagingException | RuntimeException ex) {
			return null;
		}
	}

	/**
	 * @throws MailboxMessageUnreadable when the MIME structure, an encoding or the sender cannot be read.
	 */
	static MailboxMessage parse(MimeMessage message, @Nullable Instant receivedAt) {
		try {
			String subject = message.getSubject();
			String senderName = null;
			String senderEmail = null;
			Address[] from = message.getFrom();
			if (from != null && from.length > 0 && from[0] instanceof InternetAddress internet) {
				senderEmail = internet.getAddress();
				senderName = internet.getPersonal();
			}
			Parts parts = new Parts();
			walk(message, parts, 0);
			String body = parts.plain != null ? parts.plain : parts.html != null ? htmlText(parts.html) : "";
			return new MailboxMessage(subject == null || subject.isBlank() ? NO_SUBJECT : subject.strip(),
					blankToNull(senderName), blankToNull(senderEmail), body.strip(), receivedAt,
					List.copyOf(parts.attachments));
		}
		catch (MessagingException ex) {
			throw new MailboxMessageUnreadable("Unreadable MIME structure: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new MailboxMessageUnreadable("Unreadable content: " + ex.getMessage(), ex);
		}
	}

	private static final class Parts {

		@Nullable String plain;

		@Nullable String html;

		final List<AttachmentUpload> attachments = new ArrayList<>();
	}

	private static void walk(Part part, Parts parts, int depth) throws MessagingException, IOException {
		if (depth > MAX_DEPTH) {
			throw new MailboxMessageUnreadable("MIME parts nested deeper than " + MAX_DEPTH + " levels");
		}
		String fileName = fileName(part);
		boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName != null;
		if (!attachment && part.isMimeType("multipart/*")) {
			Object content = part.getContent();
			if (!(content instanceof Multipart multipart)) {
				throw new MailboxMessageUnreadable("A multipart part without a readable multipart body");
			}
			for (int i = 0; i < multipart.getCount(); i++) {
				walk(multipart.getBodyPart(i), parts, depth + 1);
			}
		}
		else if (!attachment && part.isMimeType("text/plain")) {
			if (parts.plain == null) {
				parts.plain = text(part);
			}
		}
		else if (!attachment && part.isMimeType("text/html")) {
			if (parts.html == null) {
				parts.html = text(part);
			}
		}
		else if (!attachment && part.isMimeType("message/rfc822")) {
			// A forwarded message travels as a file of its own.
			parts.attachments.add(new AttachmentUpload("forwarded-message.eml", bytes(part)));
		}
		else {
			parts.attachments.add(new AttachmentUpload(fileName != null ? fileName
					: "attachment-" + (parts.attachments.size() + 1), bytes(part)));
		}
	}

	private static @Nullable String fileName(Part part) throws MessagingException {
		String name = part.getFileName();
		if (name == null || name.isBlank()) {
			return null;
		}
		try {
			return MimeUtility.decodeText(name).strip();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			return name.strip();
		}
	}

	private static String text(Part part) throws MessagingException, IOException {
		Object content = part.getContent();
		if (content instanceof String text) {
			return text;
		}
		return new String(bytes(part), StandardCharsets.UTF_8);
	}

	private static byte[] bytes(Part part) throws MessagingException, IOException {
		try (InputStream in = part.getInputStream()) {
			return in.readAllBytes();
		}
	}

	private static String htmlText(String html) {
		try {
			return TIKA.parseToString(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		}
		catch (IOException | TikaException ex) {
			throw new MailboxMessageUnreadable("Unreadable HTML body: " + ex.getMessage(), ex);
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static @Nullable String cut(@Nullable String name) {
		return name == null || name.length() <= NAME_MAX ? name : name.substring(0, NAME_MAX);
	}

	/** First and last name from a display name such as {@code "Jane Q. Public"}. */
	String[] firstAndLastName() {
		if (senderName == null) {
			return new String[] { null, null };
		}
		String name = senderName.replace("\"", "").strip();
		if (name.contains(",")) {
			String[] split = name.split(",", 2);
			return new String[] { cut(blankToNull(split[1])), cut(blankToNull(split[0])) };
		}
		int space = name.lastIndexOf(' ');
		return space < 0 ? new String[] { null, cut(name) }
				: new String[] { cut(name.substring(0, space).strip()), cut(name.substring(space + 1).strip()) };
	}
}
