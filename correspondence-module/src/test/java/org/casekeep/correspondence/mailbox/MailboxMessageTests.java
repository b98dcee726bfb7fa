package org.casekeep.correspondence.mailbox;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading a mailbox message: body, sender and attachments, and what makes a message unreadable. */
class MailboxMessageTests {

	@Test
	void anHtmlOnlyMessageGivesItsTextAndTheSendersNameAndAddress() throws Exception {
		MailboxMessage message = MailboxMessage.parse(raw("""
				From: "Public, Jane" <jane@example.org>
				Subject: Asylum question
				MIME-Version: 1.0
				Content-Type: text/html; charset=UTF-8

				<html><body><p>Dear Secretary,</p><p>please <b>help</b>.</p></body></html>
				"""), null);
		assertThat(message.subject()).isEqualTo("Asylum question");
		assertThat(message.senderEmail()).isEqualTo("jane@example.org");
		assertThat(message.firstAndLastName()).containsExactly("Jane", "Public");
		assertThat(message.body()).contains("Dear Secretary,").contains("please help").doesNotContain("<p>");
		assertThat(message.attachments()).isEmpty();
	}

	@Test
	void thePlainPartIsTheBodyAndNamedPartsAreAttachments() throws Exception {
		MailboxMessage message = MailboxMessage.parse(raw("""
				From: Sam Q. Sender <sam@example.org>
				MIME-Version: 1.0
				Content-Type: multipart/mixed; boundary="b1"

				--b1
				Content-Type: multipart/alternative; boundary="b2"

				--b2
				Content-Type: text/plain; charset=UTF-8

				Plain words.
				--b2
				Content-Type: text/html; charset=UTF-8

				<p>Html words.</p>
				--b2--
				--b1
				Content-Type: application/pdf; name="letter.pdf"
				Content-Disposition: attachment; filename="letter.pdf"
				Content-Transfer-Encoding: base64

				JVBERi0xLjQK
				--b1--
				"""), null);
		assertThat(message.subject()).isEqualTo(MailboxMessage.NO_SUBJECT);
		assertThat(message.body()).isEqualTo("Plain words.");
		assertThat(message.firstAndLastName()).containsExactly("Sam Q.", "Sender");
		assertThat(message.attachments()).singleElement().satisfies(a -> {
			assertThat(a.fileName()).isEqualTo("letter.pdf");
			assertThat(new String(a.content(), StandardCharsets.US_ASCII)).startsWith("%PDF-1.4");
		});
	}

	@Test
	void aMultipartWithoutItsBoundaryIsUnreadable() throws Exception {
		MimeMessage broken = raw("""
				From: someone@example.org
				MIME-Version: 1.0
				Content-Type: multipart/mixed; boundary="never-seen"

				No parts here.
				""");
		assertThatThrownBy(() -> MailboxMessage.parse(broken, null)).isInstanceOf(MailboxMessageUnreadable.class)
			.hasMessageStartingWith("Unreadable MIME structure");
		assertThat(MailboxMessage.senderAddress(broken)).isEqualTo("someone@example.org");
	}

	private static MimeMessage raw(String text) throws Exception {
		return new MimeMessage(Session.getInstance(new Properties()),
				new ByteArrayInputStream(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
	}
}
