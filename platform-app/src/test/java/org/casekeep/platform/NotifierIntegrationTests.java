package org.casekeep.platform;

import java.sql.Connection;
import java.sql.ResultSet;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.notify.Notice;
import org.casekeep.kernel.notify.Notifier;
import org.casekeep.testing.Database;
import org.casekeep.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Notifications in the application and by email, through a real SMTP server in the test JVM (GreenMail). */
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
	void aComponentNoticeReachesItsMailboxOnceWhateverHowOftenItIsSent() throws Exception {
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
		assertThat(received[0].getSubject()).isEqualTo("[Casekeep] Tasker CORR-2027-000007 is due tomorrow");
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
		assertThat(smtp.getReceivedMessages()[0].getAllRecipients()[0].toString()).isEqualTo("isso@casekeep.example");
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
	void usersSeeTheirOwnAndTheirComponentsNotificationsAndCannotMarkOthersRead() throws Exception {
		String subject = "Form letter waiting " + System.nanoTime();
		transactions.executeWithoutResult(status -> notifier.notify(Notice.toComponent("ICE", subject,
				"A form letter waits for approval.", null, null)));
		String json = mvc.perform(get("/api/notifications").with(DemoUsers.ICE_LIAISON.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].subject").value(subject))
			.andReturn().getResponse().getContentAsString();
		String id = com.jayway.jsonpath.JsonPath.read(json, "$[0].id");
		mvc.perform(get("/api/notifications").with(DemoUsers.PSO_ANALYST.token()))
			.andExpect(jsonPath("$[?(@.subject == '" + subject + "')]").isEmpty());
		mvc.perform(post("/api/notifications/{id}/read", id).with(DemoUsers.PSO_ANALYST.token()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/notifications/{id}/read", id).with(DemoUsers.ICE_PRIVACY.token()))
			.andExpect(status().isNoContent());
		Actors.runAs(DemoUsers.ICE_LIAISON.actor(), () -> assertThat(notifier.mine(10)).first()
			.satisfies(n -> assertThat(n.readAt()).isNotNull()));
	}
}
