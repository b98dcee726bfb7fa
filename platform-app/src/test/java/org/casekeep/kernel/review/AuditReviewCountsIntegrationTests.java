package org.casekeep.kernel.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.notify.Notifier;
import org.casekeep.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the ISSO's weekly sign-off reports (CRM PIA 2.4, 8.5): the whole week before the week it is due in, with the
 * entries and refusals the trail holds for it. Seen a week from now, so that the period reviewed is the week the test
 * writes its entries in.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditReviewCountsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	@Autowired
	Notifier notifier;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theSignOffCountsTheEntriesAndRefusalsOfTheWeekBeforeAndAuditsTheCountsButNeverTheNote() throws Exception {
		// A refusal this week: a CRM user asks for the audit trail.
		mvc.perform(get("/api/privacy/audit").with(DemoUsers.PSO_ANALYST.token())).andExpect(status().isForbidden());
		AuditReviews nextWeek = new AuditReviews(jdbc, audit, notifier, "OCIO",
				Clock.offset(Clock.systemUTC(), Duration.ofDays(7)));
		LocalDate thisWeek = AuditReviews.weekOf(Instant.now());
		String note = "Looked at refusals of pso-analyst " + thisWeek;

		AuditReview review = transactions.execute(status -> Actors.callAs(DemoUsers.ISSO.actor(),
				() -> nextWeek.signOff(thisWeek.plusWeeks(1).plusDays(3), note)));

		assertThat(review.week()).isEqualTo(thisWeek.plusWeeks(1));
		assertThat(review.periodFrom()).isEqualTo(thisWeek.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
		assertThat(review.periodTo()).isEqualTo(thisWeek.plusWeeks(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
		long deniedSoFar = jdbc.sql("select count(*) from kernel.audit_entry where action = 'ACCESS_DENIED' "
				+ "and occurred_at >= ?").param(java.sql.Timestamp.from(review.periodFrom())).query(Long.class).single();
		assertThat(review.denials()).isPositive().isLessThanOrEqualTo(deniedSoFar);
		assertThat(review.entries()).isGreaterThan(review.denials());
		assertThat(jdbc.sql("select note from kernel.audit_review where week_start = ?").param(review.week())
			.query(String.class).single()).isEqualTo(note);
		assertThat(jdbc.sql("""
				select fields || ' | ' || details from kernel.audit_entry
				where action = 'CREATE' and record_type = 'kernel.audit-review' and record_id = ?""")
			.param(review.week().toString()).query(String.class).single())
			.isEqualTo("period,entries,denials,note | period " + review.periodFrom() + " to " + review.periodTo() + ": "
					+ review.entries() + " entries, " + review.denials() + " denied");
		assertThat(jdbc.sql("select count(*) from kernel.audit_entry where details like ?").param("%Looked at%")
			.query(Long.class).single()).isZero();
	}
}
