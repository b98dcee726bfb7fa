package org.casekeep.correspondence.mailbox;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.casekeep.kernel.testing.Documents;
import org.casekeep.correspondence.OfficeUsers;
import org.casekeep.correspondence.events.CorrespondenceReceived;
import org.casekeep.correspondence.taskers.TaskerRouting;
import org.casekeep.kernel.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The monitored mailbox (CATT) against a real IMAP server in the test JVM (GreenMail) and the embedded PostgreSQL:
 * each message becomes exactly one correspondence record with a draft tasker, even when the poller dies between
 * committing and flagging; SPII holds the record for review; a broken message is quarantined with its reason.
 */
@ApplicationModuleTest
@TestPropertySource(properties = { "casekeep.correspondence.mailbox.enabled=true",
		"casekeep.correspondence.mailbox.poll-cron=-", "casekeep.correspondence.mailbox.host=127.0.0.1",
		"casekeep.correspondence.mailbox.port=3143", "casekeep.correspondence.mailbox.ssl=false",
		"casekeep.correspondence.mailbox.username=intake", "casekeep.correspondence.mailbox.password=secret" })
@AutoConfigureMockMvc
@RecordApplicationEvents
class MailboxIntakeIntegrationTests {

	static final String MAILBOX = "intake@casekeep.example";

	// One server for the class: the folder's UIDVALIDITY and UIDs stay those of one mailbox, as in production.
	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP_IMAP)
		.withConfiguration(GreenMailConfiguration.aConfig().withUser(MAILBOX, "intake", "secret"))
		.withPerMethodLifecycle(false);

	@Autowired
	MailboxPoller poller;

	@MockitoSpyBean
	MailboxFlags flags;

	@MockitoSpyBean
	TaskerRouting routing;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEvents events;

	@Test
	void aNewMessageBecomesOneCorrespondenceWithADraftTaskerAndItsAttachmentIsSearchable() throws Exception {
		String word = "quokkaferry" + System.nanoTime();
		MimeMessage message = message("Jane Q. Public <jane.public@example.org>", "Visa processing delay",
				"Dear Secretary, my visa has been pending for a year.",
				new Attachment("letter.pdf", Documents.pdf("Attached letter about the " + word + " case.")));
		deliver(message);

		MailboxPoller.Result first = poller.pollOnce();
		assertThat(first.taken()).isEqualTo(1);
		MailboxPoller.Result again = poller.pollOnce();
		assertThat(again.taken() + again.alreadyDone() + again.quarantined()).as("nothing left unseen").isZero();

		String messageId = message.getMessageID();
		try (Connection db = TestDatabase.superuser()) {
			List<String> row = row(db, """
					select c.id, c.channel, c.intake_method, c.source_type, c.subject, c.email, c.last_name, c.status,
					       t.status, t.correspondence_id::text, c.owning_component
					from correspondence.mailbox_message m
					join correspondence.correspondence c on c.id = m.correspondence_id
					join correspondence.tasker t on t.id = m.tasker_id
					where m.message_id = ?""", messageId);
			assertThat(row).containsExactly(row.get(0), "EMAIL", "UPLOADED", "PUBLIC", "Visa processing delay",
					"jane.public@example.org", "Public", "RECEIVED", "DRAFT", row.get(0), "ESEC");
			assertThat(count(db, "select count(*) from correspondence.attachment where correspondence_id = ?::uuid",
					row.get(0))).isEqualTo(1);
			assertThat(count(db, "select count(*) from correspondence.mailbox_message where message_id = ?", messageId))
				.isEqualTo(1);
			assertThat(events.stream(CorrespondenceReceived.class)
				.filter(e -> e.correspondenceId().toString().equals(row.get(0)))).hasSize(1);

			mvc.perform(get("/api/correspondence").param("q", word).with(OfficeUsers.ESEC_CLERK.token()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[*].id", hasItem(row.get(0))));
		}
		assertThat(mail.getReceivedMessages()).allSatisfy(m -> assertThat(m.getFlags().contains(jakarta.mail.Flags.Flag.SEEN))
			.isTrue());
	}

	@Test
	void aPollerThatDiesBetweenCommitAndFlaggingStillYieldsExactlyOneRecord() throws Exception {
		MimeMessage message = message("Sam Sender <sam.sender@example.org>", "Question about a permit",
				"Please tell me where my permit application stands.");
		deliver(message);
		doThrow(new MessagingException("connection to the mail server lost")).doCallRealMethod()
			.when(flags).markDone(any());

		assertThatThrownBy(poller::pollOnce).isInstanceOf(MessagingException.class);
		String messageId = message.getMessageID();
		try (Connection db = TestDatabase.superuser()) {
			assertThat(count(db, "select count(*) from correspondence.mailbox_message where message_id = ?", messageId))
				.as("committed before the poller died").isEqualTo(1);
		}
		assertThat(mail.getReceivedMessages()).anySatisfy(m -> {
			assertThat(m.getMessageID()).isEqualTo(messageId);
			assertThat(m.getFlags().contains(jakarta.mail.Flags.Flag.SEEN)).as("not flagged").isFalse();
		});

		MailboxPoller.Result next = poller.pollOnce();
		assertThat(next.taken()).isZero();
		assertThat(next.alreadyDone()).isEqualTo(1);
		try (Connection db = TestDatabase.superuser()) {
			assertThat(count(db, """
					select count(*) from correspondence.correspondence c
					join correspondence.mailbox_message m on m.correspondence_id = c.id where m.message_id = ?""",
					messageId)).isEqualTo(1);
			assertThat(count(db, "select count(*) from correspondence.correspondence where subject = ?",
					"Question about a permit")).isEqualTo(1);
			assertThat(count(db, """
					select count(*) from correspondence.tasker t
					join correspondence.mailbox_message m on m.tasker_id = t.id where m.message_id = ?""", messageId))
				.isEqualTo(1);
		}
		assertThat(poller.pollOnce().alreadyDone()).as("flagged at last").isZero();
	}

	@Test
	void aPollerThatFailsBeforeCommitLeavesNothingAndTakesTheMessageInNextTime() throws Exception {
		MimeMessage message = message("Lee Writer <lee.writer@example.org>", "Question about a refund",
				"When will my fee be refunded?");
		deliver(message);
		// The correspondence is written, then the draft tasker fails: the whole message must roll back.
		doThrow(new IllegalStateException("database connection lost")).doCallRealMethod().when(routing).create(any());

		MailboxPoller.Result failed = poller.pollOnce();
		assertThat(failed.failed()).isEqualTo(1);
		assertThat(failed.taken()).isZero();
		String messageId = message.getMessageID();
		try (Connection db = TestDatabase.superuser()) {
			assertThat(count(db, "select count(*) from correspondence.mailbox_message where message_id = ?", messageId))
				.isZero();
			assertThat(count(db, "select count(*) from correspondence.correspondence where subject = ?",
					"Question about a refund")).isZero();
		}
		assertThat(mail.getReceivedMessages()).anySatisfy(m -> {
			assertThat(m.getMessageID()).isEqualTo(messageId);
			assertThat(m.getFlags().contains(jakarta.mail.Flags.Flag.SEEN)).as("left for the next poll").isFalse();
		});

		assertThat(poller.pollOnce().taken()).isEqualTo(1);
		try (Connection db = TestDatabase.superuser()) {
			assertThat(count(db, "select count(*) from correspondence.correspondence where subject = ?",
					"Question about a refund")).isEqualTo(1);
			assertThat(count(db, """
					select count(*) from correspondence.mailbox_message
					where message_id = ? and correspondence_id is not null and tasker_id is not null""", messageId))
				.isEqualTo(1);
		}
	}

	@Test
	void anSsnInTheMessageHoldsTheRecordInSpiiReview() throws Exception {
		MimeMessage message = message("Pat Doe <pat.doe@example.org>", "Benefit question",
				"My SSN is 123-45-6789, please check my benefit.");
		deliver(message);

		assertThat(poller.pollOnce().taken()).isEqualTo(1);
		try (Connection db = TestDatabase.superuser()) {
			List<String> row = row(db, """
					select c.id, c.status, t.status from correspondence.mailbox_message m
					join correspondence.correspondence c on c.id = m.correspondence_id
					join correspondence.tasker t on t.id = m.tasker_id where m.message_id = ?""", message.getMessageID());
			assertThat(row.subList(1, 3)).containsExactly("SPII_REVIEW", "DRAFT");
			assertThat(count(db, "select count(*) from correspondence.spii_review_item where correspondence_id = ?::uuid",
					row.get(0))).isPositive();
			assertThat(count(db, "select count(*) from correspondence.tasker where id = (select tasker_id from "
					+ "correspondence.mailbox_message where message_id = ?) and subject like '%6789%'",
					message.getMessageID())).isZero();
			assertThat(events.stream(CorrespondenceReceived.class)
				.filter(e -> e.correspondenceId().toString().equals(row.get(0)))).isEmpty();
		}
	}

	@Test
	void aBrokenMessageIsQuarantinedWithItsReasonAndListedForTheExecutiveSecretariat() throws Exception {
		String broken = """
				From: Broken Sender <broken.sender@example.org>
				To: intake@casekeep.example
				Subject: Broken structure
				Message-ID: <broken-%d@example.org>
				MIME-Version: 1.0
				Content-Type: multipart/mixed; boundary="expected-boundary"

				This body never opens the announced boundary.
				""".formatted(System.nanoTime()).replace("\n", "\r\n");
		MimeMessage brokenMessage = new MimeMessage(session(), new ByteArrayInputStream(broken.getBytes(StandardCharsets.US_ASCII)));
		String brokenId = brokenMessage.getMessageID();
		deliver(brokenMessage);
		MimeMessage refused = message("Ann Other <ann.other@example.org>", "An executable",
				"See the attached program.", new Attachment("tool.exe", new byte[] { 'M', 'Z', 0, 1, 2, 3, 4, 5 }));
		deliver(refused);

		MailboxPoller.Result result = poller.pollOnce();
		assertThat(result.quarantined()).isEqualTo(2);
		assertThat(result.taken()).isZero();
		assertThat(poller.pollOnce().quarantined()).as("not retried").isZero();

		try (Connection db = TestDatabase.superuser()) {
			assertThat(row(db, "select sender_address, reason from correspondence.mailbox_quarantine where message_id = ?",
					brokenId)).satisfies(r -> {
						assertThat(r.get(0)).isEqualTo("broken.sender@example.org");
						assertThat(r.get(1)).startsWith("Unreadable");
					});
			assertThat(row(db, "select reason from correspondence.mailbox_quarantine where message_id = ?",
					refused.getMessageID()).get(0)).contains("UNSUPPORTED_TYPE");
			assertThat(count(db, "select count(*) from correspondence.mailbox_message where message_id in (?, ?)",
					brokenId, refused.getMessageID())).isZero();
			assertThat(count(db, "select count(*) from correspondence.correspondence where subject in (?, ?)",
					"Broken structure", "An executable")).isZero();
		}

		mvc.perform(get("/api/correspondence/mailbox/quarantine").with(OfficeUsers.ESEC_CLERK.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].messageId", hasItem(brokenId)))
			.andExpect(jsonPath("$[*].senderAddress", hasItem("broken.sender@example.org")));
		mvc.perform(get("/api/correspondence/mailbox/quarantine").with(OfficeUsers.ICE_ACTION.token()))
			.andExpect(status().isForbidden());
	}

	// --- helpers ---------------------------------------------------------------------------------------------------

	record Attachment(String fileName, byte[] content) {
	}

	static Session session() {
		return Session.getInstance(new Properties());
	}

	static MimeMessage message(String from, String subject, String text, Attachment... attachments)
			throws Exception {
		MimeMessage message = new MimeMessage(session());
		message.setFrom(new InternetAddress(from));
		message.setRecipients(MimeMessage.RecipientType.TO, MAILBOX);
		message.setSubject(subject);
		if (attachments.length == 0) {
			message.setText(text, "UTF-8");
		}
		else {
			MimeMultipart multipart = new MimeMultipart();
			MimeBodyPart body = new MimeBodyPart();
			body.setText(text, "UTF-8");
			multipart.addBodyPart(body);
			for (Attachment attachment : attachments) {
				MimeBodyPart part = new MimeBodyPart();
				part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), "application/octet-stream")));
				part.setFileName(attachment.fileName());
				part.setDisposition(MimeBodyPart.ATTACHMENT);
				multipart.addBodyPart(part);
			}
			message.setContent(multipart);
		}
		message.saveChanges();
		return message;
	}

	static void deliver(MimeMessage message) throws Exception {
		GreenMailUser user = mail.getUserManager().getUser("intake");
		user.deliver(message);
	}

	static List<String> row(Connection db, String sql, String... params) throws Exception {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			for (int i = 0; i < params.length; i++) {
				statement.setString(i + 1, params[i]);
			}
			try (ResultSet rs = statement.executeQuery()) {
				assertThat(rs.next()).as("a row for " + sql).isTrue();
				List<String> values = new ArrayList<>();
				for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
					values.add(rs.getString(i));
				}
				return values;
			}
		}
	}

	static long count(Connection db, String sql, String... params) throws Exception {
		return Long.parseLong(row(db, sql, params).get(0));
	}
}
