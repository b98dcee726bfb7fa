package org.casekeep.correspondence.reminders;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import org.casekeep.correspondence.OfficeUsers;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.notify.Notification;
import org.casekeep.kernel.notify.Notifier;
import org.casekeep.kernel.testing.TestDatabase;
import org.casekeep.kernel.time.BusinessCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reminders before the due date and escalation when overdue (PIA 1.4, 5.1), by in-app notification and by email
 * through a real SMTP server in the test JVM (GreenMail). The job is driven with a chosen "now" instead of waiting.
 * A notice is seen in the application only by those who may open its tasker; a component's mailbox is told only that
 * there is a notice, and where.
 * Other tests' taskers live in the same database, so every assertion looks at the messages of its own tasker only.
 */
@ApplicationModuleTest
// Assignment notices are AssignmentNoticeIntegrationTests' to prove; here only the reminders count.
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
		"casekeep.correspondence.assignment-notices=false" })
@AutoConfigureMockMvc
class TaskerReminderIntegrationTests {

	static final String TASKERS = "/api/correspondence/taskers";
	static final BusinessCalendar CALENDAR = BusinessCalendar.federal();

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@Autowired
	MockMvc mvc;

	@Autowired
	TaskerReminders reminders;

	@Autowired
	Notifier notifier;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void anAssignmentDueInOneBusinessDayRemindsTheComponentOnceByEmailAndInTheApplication() throws Exception {
		String subject = "Ms. Okafor asks about her visa backlog " + System.nanoTime();
		Tasker created = create(subject, "{\"component\":\"ICE\"}");

		reminders.remind(Instant.now());
		reminders.remind(Instant.now());

		List<MimeMessage> mails = mailsAbout(created.id(), 1);
		assertThat(mails).hasSize(1);
		MimeMessage mail = mails.get(0);
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("ice-taskers@casekeep.example");
		assertContentFree(mail, created.id());

		List<Row> notices = notices(created.id());
		assertThat(notices).singleElement().satisfies(n -> {
			assertThat(n.recipient()).isEqualTo("ICE");
			assertThat(n.kind()).isEqualTo("COMPONENT");
			assertThat(n.subject()).isEqualTo("Reminder: tasker " + created.id() + " is due "
					+ TaskerReminders.day(created.due()));
			assertThat(n.body()).contains("A tasker assigned to ICE is due " + TaskerReminders.day(created.due())
					+ " (in 1 business day).");
			assertThat(n.key()).isEqualTo("tasker:" + created.id() + ":assignment:" + created.assignment() + ":due-soon:"
					+ created.due());
			assertThat(n.link()).isEqualTo("/correspondence/taskers/" + created.id());
			assertThat(n.audience()).as("the tasker's own viewer keys")
				.containsExactlyInAnyOrder("assigner:ESEC", "leader:ICE", "officer:ICE");
		});
		assertNoSubject(subject, created.id());
	}

	@Test
	void aComponentsReminderIsSeenOnlyByTheMembersWhoMayOpenTheTaskerAndReadByEachForThemselves() throws Exception {
		Tasker created = create("Visibility " + System.nanoTime(), "{\"component\":\"ICE\"}");
		reminders.remind(Instant.now());
		String subject = "Reminder: tasker " + created.id() + " is due " + TaskerReminders.day(created.due());

		// ICE's action officers answer it and ICE's leadership oversees it; a CRM user of ICE may not open the tasker.
		Notification notice = Actors.callAs(OfficeUsers.ICE_ACTION.actor(), () -> only(subject));
		assertThat(Actors.callAs(OfficeUsers.ICE_ESEC.actor(), () -> mine(subject))).hasSize(1);
		assertThat(Actors.callAs(OfficeUsers.ICE_LIAISON.actor(), () -> mine(subject))).isEmpty();
		assertThat(markRead(OfficeUsers.ICE_LIAISON, notice)).as("marked read by someone who cannot see it").isFalse();

		assertThat(markRead(OfficeUsers.ICE_ACTION, notice)).isTrue();
		assertThat(Actors.callAs(OfficeUsers.ICE_ACTION.actor(), () -> only(subject).read())).isTrue();
		assertThat(Actors.callAs(OfficeUsers.ICE_ESEC.actor(), () -> only(subject).read()))
			.as("still unread for the component's other members").isFalse();
	}

	@Test
	void twoInstancesRunningAtTheSameMomentSendOneReminder() throws Exception {
		Tasker created = create("Two instances " + System.nanoTime(), "{\"component\":\"ICE\"}");
		Instant now = Instant.now();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				runs.add(pool.submit(() -> {
					start.await();
					return reminders.remind(now);
				}));
			}
			start.countDown();
			for (Future<Integer> run : runs) {
				run.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(mailsAbout(created.id(), 1)).hasSize(1);
		assertThat(notices(created.id())).hasSize(1);
	}

	@Test
	void anOverdueAssignmentTellsTheAssigneeAndEscalatesToTheAssigningOfficeOnce() throws Exception {
		String subject = "Mr. Haddad's complaint " + System.nanoTime();
		Tasker created = create(subject, "{\"component\":\"ICE\"}");
		reminders.remind(Instant.now());
		Instant late = CALENDAR.endOf(CALENDAR.addBusinessDays(created.due(), 2)).minus(1, ChronoUnit.HOURS);

		reminders.remind(late);
		reminders.remind(late);

		List<MimeMessage> mails = mailsAbout(created.id(), 3);
		assertThat(mails).hasSize(3);
		assertThat(mails).extracting(m -> m.getAllRecipients()[0].toString()).containsExactlyInAnyOrder(
				"ice-taskers@casekeep.example", "ice-taskers@casekeep.example", "esec-taskers@casekeep.example");
		for (MimeMessage mail : mails) {
			assertContentFree(mail, created.id());
		}

		List<Row> notices = notices(created.id());
		assertThat(notices).extracting(Row::recipient, Row::kind)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("ICE", "COMPONENT"),
					org.assertj.core.groups.Tuple.tuple("ICE", "COMPONENT"),
					org.assertj.core.groups.Tuple.tuple("ESEC", "COMPONENT"));
		assertThat(notices).filteredOn(n -> n.subject().startsWith("Overdue")).singleElement()
			.satisfies(n -> assertThat(n.body()).contains("A tasker assigned to ICE was due "
					+ TaskerReminders.day(created.due()) + " and is overdue (2 business days late)."));
		assertThat(notices).filteredOn(n -> n.subject().startsWith("Escalation")).singleElement().satisfies(n -> {
			assertThat(n.recipient()).isEqualTo("ESEC");
			assertThat(n.subject()).contains("assigned to ICE is overdue");
			assertThat(n.body()).contains("A tasker your office (ESEC) assigned to ICE was due "
					+ TaskerReminders.day(created.due()));
			assertThat(n.audience()).contains("assigner:ESEC");
		});
		assertNoSubject(subject, created.id());
	}

	@Test
	void anAnsweredAssignmentGetsNoReminderNorEscalation() throws Exception {
		Tasker created = create("Answered " + System.nanoTime(), "{\"component\":\"ICE\"}");
		mvc.perform(post(TASKERS + "/{id}/assignments/{a}/answer", created.id(), created.assignment())
				.with(OfficeUsers.ICE_ACTION.token()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"CONCUR\",\"version\":0}"))
			.andExpect(status().isOk());

		reminders.remind(Instant.now());
		reminders.remind(CALENDAR.endOf(CALENDAR.addBusinessDays(created.due(), 3)));

		assertThat(notices(created.id())).isEmpty();
		assertThat(mailsAbout(created.id(), 0)).isEmpty();
	}

	@Test
	void anApprovedExtensionArmsTheReminderAgainForTheNewDueDate() throws Exception {
		Tasker created = create("Extended " + System.nanoTime(), "{\"component\":\"ICE\"}");
		reminders.remind(Instant.now());
		assertThat(mailsAbout(created.id(), 1)).hasSize(1);

		LocalDate extended = CALENDAR.addBusinessDays(created.due(), 10);
		mvc.perform(post(TASKERS + "/{id}/assignments/{a}/extension", created.id(), created.assignment())
				.with(OfficeUsers.ICE_ACTION.token()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"dueDate\":\"%s\",\"reason\":\"Waiting for field data\"}".formatted(extended)))
			.andExpect(status().isOk());
		mvc.perform(post(TASKERS + "/{id}/assignments/{a}/extension/decision", created.id(), created.assignment())
				.with(OfficeUsers.ESEC_CLERK.token()).contentType(MediaType.APPLICATION_JSON).content("{\"approve\":true}"))
			.andExpect(status().isOk());

		reminders.remind(Instant.now());
		assertThat(notices(created.id())).as("not due soon any more").hasSize(1);
		reminders.remind(CALENDAR.endOf(created.due()).plus(1, ChronoUnit.HOURS));
		assertThat(notices(created.id())).as("the old due date passed, but it no longer counts").hasSize(1);

		Instant dayBefore = CALENDAR.endOf(extended).minus(1, ChronoUnit.DAYS).minus(1, ChronoUnit.HOURS);
		reminders.remind(dayBefore);
		reminders.remind(dayBefore);

		List<MimeMessage> mails = mailsAbout(created.id(), 2);
		assertThat(mails).hasSize(2);
		assertThat(notices(created.id())).extracting(Row::subject)
			.anySatisfy(s -> assertThat(s).endsWith("is due " + TaskerReminders.day(created.due())))
			.anySatisfy(s -> assertThat(s).endsWith("is due " + TaskerReminders.day(extended)));
		assertThat(notices(created.id())).extracting(Row::key)
			.containsExactlyInAnyOrder(
					"tasker:" + created.id() + ":assignment:" + created.assignment() + ":due-soon:" + created.due(),
					"tasker:" + created.id() + ":assignment:" + created.assignment() + ":due-soon:" + extended);
	}

	@Test
	void aNamedExpertIsRemindedInPersonAtTheAddressLearntAtSignIn() throws Exception {
		transactions.executeWithoutResult(s -> notifier.remember(OfficeUsers.ICE_ACTION.actor(), "ice-action@casekeep.example"));
		Tasker created = create("Named expert " + System.nanoTime(),
				"{\"component\":\"ICE\",\"username\":\"ice-action\"}");

		reminders.remind(Instant.now());

		List<MimeMessage> mails = mailsAbout(created.id(), 1);
		assertThat(mails).singleElement().satisfies(m -> {
			assertThat(m.getAllRecipients()[0].toString()).isEqualTo("ice-action@casekeep.example");
			assertThat(m.getSubject()).as("the expert's own address is told what is due")
				.startsWith("[Casekeep] Reminder: tasker " + created.id());
			assertThat(GreenMailUtil.getBody(m)).contains("A tasker assigned to you (ICE) is due");
		});
		assertThat(notices(created.id())).singleElement().satisfies(n -> {
			assertThat(n.recipient()).isEqualTo("ice-action");
			assertThat(n.kind()).isEqualTo("USER");
		});
	}

	// --- helpers ------------------------------------------------------------------------------------------------------

	private Tasker create(String subject, String assignee) throws Exception {
		MvcResult created = mvc.perform(post(TASKERS).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"subject":"%s","instructions":"Please review","businessDays":1,"assignees":[%s]}"""
					.formatted(subject, assignee)))
			.andExpect(status().isCreated())
			.andReturn();
		String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
		MvcResult read = mvc.perform(get(TASKERS + "/{id}", id).with(OfficeUsers.ESEC_CLERK.token())).andReturn();
		String json = read.getResponse().getContentAsString();
		String assignment = JsonPath.read(json, "$.assignments[0].id");
		Instant due = Instant.parse(JsonPath.read(json, "$.assignments[0].dueAt"));
		return new Tasker(id, assignment, CALENDAR.localDate(due));
	}

	/** The emails about the tasker, after waiting for at least {@code expected} of them. */
	private static List<MimeMessage> mailsAbout(String taskerId, int expected) throws Exception {
		long deadline = System.currentTimeMillis() + 5_000;
		List<MimeMessage> found = List.of();
		while (System.currentTimeMillis() < deadline) {
			found = new ArrayList<>();
			for (MimeMessage message : smtp.getReceivedMessages()) {
				if (GreenMailUtil.getBody(message).contains(taskerId)) {
					found.add(message);
				}
			}
			if (found.size() >= expected) {
				break;
			}
			Thread.sleep(50);
		}
		// Give a duplicate, if there were one, the chance to arrive.
		Thread.sleep(300);
		found = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (GreenMailUtil.getBody(message).contains(taskerId)) {
				found.add(message);
			}
		}
		return found;
	}

	/** A component's mailbox is read by people who may not open the tasker: it is told there is a notice, and where. */
	private static void assertContentFree(MimeMessage mail, String taskerId) throws Exception {
		assertThat(mail.getSubject()).isEqualTo("[Casekeep] You have a new notice in Casekeep");
		String text = GreenMailUtil.getBody(mail);
		assertThat(text).startsWith("You have a new notice in Casekeep.").contains("/correspondence/taskers/" + taskerId)
			.doesNotContain("due").doesNotContain("ESEC").doesNotContain("ICE");
	}

	/** The current user's notifications with this subject. */
	private List<Notification> mine(String subject) {
		return notifier.mine(100).stream().filter(n -> n.subject().equals(subject)).toList();
	}

	private boolean markRead(OfficeUsers user, Notification notice) {
		Boolean marked = Actors.callAs(user.actor(), () -> transactions.execute(s -> notifier.markRead(notice.id())));
		return Boolean.TRUE.equals(marked);
	}

	private Notification only(String subject) {
		List<Notification> found = mine(subject);
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private static List<Row> notices(String taskerId) throws Exception {
		try (Connection db = TestDatabase.superuser(); PreparedStatement query = db.prepareStatement("""
				select recipient, recipient_kind, subject, body, link, dedup_key, audience from kernel.notification
				where dedup_key like ? order by created_at""")) {
			query.setString(1, "tasker:" + taskerId + ":%");
			List<Row> rows = new ArrayList<>();
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
							rs.getString(6), Set.of((String[]) rs.getArray(7).getArray())));
				}
			}
			return rows;
		}
	}

	private static void assertNoSubject(String subject, String taskerId) throws Exception {
		for (Row row : notices(taskerId)) {
			assertThat(row.subject() + row.body()).doesNotContain(subject).doesNotContain("Okafor")
				.doesNotContain("Haddad");
		}
		for (MimeMessage mail : mailsAbout(taskerId, 0)) {
			assertThat(mail.getSubject() + GreenMailUtil.getBody(mail)).doesNotContain(subject);
		}
	}

	record Tasker(String id, String assignment, LocalDate due) {
	}

	record Row(String recipient, String kind, String subject, String body, String link, String key,
			Set<String> audience) {
	}
}
