package org.casekeep.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import org.casekeep.correspondence.office.TaskerViewers;
import org.casekeep.correspondence.office.TaskerViewers.Assignee;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.notify.Notice;
import org.casekeep.kernel.notify.Notifier;
import org.casekeep.kernel.notify.RecordAudience;
import org.casekeep.testing.Database;
import org.casekeep.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Notifications in the application and by email, through a real SMTP server in the test JVM (GreenMail): each person
 * reads a notice for themselves, a notice about a tasker is seen only by those who may open the tasker, and a
 * component's mailbox is never told what a notice says.
 */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025" })
@AutoConfigureMockMvc
class NotifierIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@Autowired
	Notifier notifier;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MockMvc mvc;

	@Test
	void aComponentNoticeReachesItsMailboxOnceWhateverHowOftenItIsSentAndTellsItNothingButTheLink() throws Exception {
		String key = "test:" + System.nanoTime();
		Notice notice = Notice.toComponent("CBP", "Tasker CORR-2027-000007 is due tomorrow",
				"Your component has a tasker due tomorrow.", "/correspondence/taskers/1", key);
		Boolean first = transactions.execute(status -> notifier.notify(notice));
		Boolean again = transactions.execute(status -> notifier.notify(notice));
		assertThat(first).isTrue();
		assertThat(again).as("the same dedup key again").isFalse();
		assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("cbp-taskers@casekeep.example");
		// The mailbox is read by people who may not open the tasker: the notice's text stays in Casekeep.
		assertThat(received[0].getSubject()).isEqualTo("[Casekeep] You have a new notice in Casekeep");
		assertThat(GreenMailUtil.getBody(received[0])).startsWith("You have a new notice in Casekeep.")
			.contains("/correspondence/taskers/1").doesNotContain("CORR-2027-000007").doesNotContain("due tomorrow");
		try (Connection db = Database.superuser(); ResultSet rs = db.createStatement().executeQuery(
				"select emailed_to from kernel.notification where dedup_key = '" + key + "'")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString(1)).isEqualTo("cbp-taskers@casekeep.example");
		}
	}

	@Test
	void aNamedExpertIsEmailedAtTheAddressLearntAtSignIn() throws Exception {
		transactions.executeWithoutResult(status -> notifier.remember(DemoUsers.ISSO.actor(), "isso@casekeep.example"));
		transactions.executeWithoutResult(status -> notifier.notify(Notice.toUser("isso", "Weekly audit review",
				"The weekly audit log review is due.", "/privacy/audit", null)));
		assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
		MimeMessage received = smtp.getReceivedMessages()[0];
		assertThat(received.getAllRecipients()[0].toString()).isEqualTo("isso@casekeep.example");
		assertThat(received.getSubject()).as("a named user's own address may be told what the notice is about")
			.isEqualTo("[Casekeep] Weekly audit review");
		assertThat(GreenMailUtil.getBody(received)).contains("The weekly audit log review is due.");
	}

	@Test
	void aNoticeThatCarriesSpiiIsRefusedAndNothingIsStoredOrSent() throws Exception {
		String key = "spii:" + System.nanoTime();
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> notifier.notify(Notice.toComponent("ICE",
				"Reply to Mr. Diaz", "His SSN is 123-45-6789.", null, key))))
			.isInstanceOf(IllegalArgumentException.class);
		try (Connection db = Database.superuser(); ResultSet rs = db.createStatement().executeQuery(
				"select count(*) from kernel.notification where dedup_key = '" + key + "'")) {
			rs.next();
			assertThat(rs.getInt(1)).isZero();
		}
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void eachMemberOfAComponentReadsItsNoticeForThemselvesAndOutsidersCannotMarkItRead() throws Exception {
		String subject = "Form letter waiting " + System.nanoTime();
		transactions.executeWithoutResult(status -> notifier.notify(Notice.toComponent("ICE", subject,
				"A form letter waits for approval.", null, null)));
		String id = idOf(subject, DemoUsers.ICE_LIAISON.token());
		assertThat(listed(subject, DemoUsers.PSO_ANALYST.token())).as("another component's member").isEmpty();
		mvc.perform(post("/api/notifications/{id}/read", id).with(DemoUsers.PSO_ANALYST.token()))
			.andExpect(status().isNotFound());

		mvc.perform(post("/api/notifications/{id}/read", id).with(DemoUsers.ICE_PRIVACY.token()))
			.andExpect(status().isNoContent());
		// Marking it read again is no error.
		mvc.perform(post("/api/notifications/{id}/read", id).with(DemoUsers.ICE_PRIVACY.token()))
			.andExpect(status().isNoContent());

		mvc.perform(get("/api/notifications").with(DemoUsers.ICE_PRIVACY.token()))
			.andExpect(jsonPath("$[?(@.id == '" + id + "')].read").value(true))
			.andExpect(jsonPath("$[?(@.id == '" + id + "')].readAt").isNotEmpty());
		mvc.perform(get("/api/notifications").with(DemoUsers.ICE_LIAISON.token()))
			.andExpect(jsonPath("$[?(@.id == '" + id + "')].read").value(false));
		Actors.runAs(DemoUsers.ICE_LIAISON.actor(), () -> assertThat(notifier.mine(100))
			.filteredOn(n -> n.subject().equals(subject)).singleElement()
			.satisfies(n -> assertThat(n.readAt()).as("another member's read leaves theirs alone").isNull()));
	}

	@Test
	void aComponentNoticeAboutATaskerReachesOnlyTheMembersWhoMayOpenTheTasker() throws Exception {
		// A tasker ESEC assigned to ICE's action officer by name: ICE's leadership and that expert open it, another
		// action officer of ICE and ICE's privacy officer do not (FEMA ACT, ESTT: visible to the assignees only).
		RecordAudience byName = new RecordAudience(TaskerViewers.RECORD_TYPE,
				TaskerViewers.ofTasker("ESEC", List.of(new Assignee("ICE", "ice-action"))));
		String subject = "Reminder: tasker on CORR-2027-" + System.nanoTime() + " is due";
		transactions.executeWithoutResult(status -> notifier.notify(Notice.toComponent("ICE", subject,
				"A tasker assigned to ICE is due.", "/correspondence/taskers/2", null).withAudience(byName)));

		String id = idOf(subject, DemoUsers.ICE_ACTION.token());
		assertThat(listed(subject, DemoUsers.token("ice-esec", "ICE", "exec_sec"))).as("ICE's leadership").hasSize(1);
		RequestPostProcessor otherOfficer = DemoUsers.token("ice-action-2", "ICE", "action_officer");
		assertThat(listed(subject, otherOfficer)).as("an action officer of ICE not named").isEmpty();
		assertThat(listed(subject, DemoUsers.ICE_PRIVACY.token())).as("a member of ICE outside the office").isEmpty();
		mvc.perform(post("/api/notifications/{id}/read", id).with(otherOfficer)).andExpect(status().isNotFound());
		mvc.perform(post("/api/notifications/{id}/read", id).with(DemoUsers.ICE_PRIVACY.token()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/notifications").with(DemoUsers.ICE_ACTION.token()))
			.andExpect(jsonPath("$[?(@.id == '" + id + "')].read").value(false));
		mvc.perform(post("/api/notifications/{id}/read", id).with(DemoUsers.ICE_ACTION.token()))
			.andExpect(status().isNoContent());
	}

	@Test
	void theExecutiveSecretariatOfEsecSeesItsComponentsNoticesAboutAnyTasker() throws Exception {
		// ESEC's Executive Secretariat sees every component's taskers, so it sees a notice about one it holds no key of.
		RecordAudience cbpOnly = new RecordAudience(TaskerViewers.RECORD_TYPE,
				TaskerViewers.ofTasker("CBP", List.of(new Assignee("CBP", null))));
		String subject = "Escalation: tasker on CORR-2027-" + System.nanoTime() + " is overdue";
		transactions.executeWithoutResult(status -> notifier.notify(Notice.toComponent("ESEC", subject,
				"A tasker is overdue.", "/correspondence/taskers/3", null).withAudience(cbpOnly)));

		assertThat(listed(subject, DemoUsers.ESEC_LEAD.token())).hasSize(1);
		assertThat(listed(subject, DemoUsers.token("esec-liaison", "ESEC", "crm_user"))).as("ESEC without the office")
			.isEmpty();
	}

	@Test
	void aNoticeAboutARecordTypeNoModuleVouchesForIsShownToNobody() throws Exception {
		String subject = "Unvouched " + System.nanoTime();
		transactions.executeWithoutResult(status -> notifier.notify(Notice.toComponent("ICE", subject,
				"About a record no module answers for.", null, null)
			.withAudience(new RecordAudience("test.unknown", Set.of("officer:ICE", "user:ice-action")))));
		assertThat(listed(subject, DemoUsers.ICE_ACTION.token())).isEmpty();
		assertThat(listed(subject, DemoUsers.ICE_PRIVACY.token())).isEmpty();
		try (Connection db = Database.superuser(); ResultSet rs = db.createStatement().executeQuery(
				"select count(*) from kernel.notification where subject = '" + subject + "'")) {
			rs.next();
			assertThat(rs.getInt(1)).as("stored, only shown to nobody").isOne();
		}
	}

	/** The ids of the notifications with this subject in the user's list. */
	private List<String> listed(String subject, RequestPostProcessor user) throws Exception {
		String json = mvc.perform(get("/api/notifications").with(user))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(json, "$[?(@.subject == '" + subject + "')].id");
	}

	private String idOf(String subject, RequestPostProcessor user) throws Exception {
		List<String> ids = listed(subject, user);
		assertThat(ids).hasSize(1);
		return ids.get(0);
	}
}
