package org.casekeep.survey;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.BooleanSupplier;

import org.casekeep.kernel.retention.RetentionSweeper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Customer research records under GRS 6.5 item 010 (Customer Research PIA 1.4, 5.1), against the embedded PostgreSQL:
 * a closed study collects nothing more, and one year after its close the kernel's sweep destroys it with its
 * instruments and waves, leaving a certificate.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
@Import(SettableClock.Config.class)
class StudyRetentionIntegrationTests extends ResearchIntegrationTest {

	@Autowired
	RetentionSweeper sweeper;

	@Test
	void aClosedStudyCollectsNothingAndIsDestroyedOneYearAfterItsCloseWithACertificate() throws Exception {
		String study = api.publicStudy(false);
		String instrument = api.closeGatesExcept(study, null);
		api.openWave(study, ResearchUsers.RESEARCHER).andExpect(status().isCreated());
		assertThat(schedule(study)).isEqualTo("GRS_6_5_010");
		assertThat(destroyAfter(study)).as("not counting while the study is open").isNull();

		api.perform(post(ResearchApi.STUDIES + "/{id}/closure", study), ResearchUsers.ICE_RESEARCHER)
			.andExpect(status().isForbidden());
		api.perform(post(ResearchApi.STUDIES + "/{id}/closure", study), ResearchUsers.RESEARCHER)
			.andExpect(status().isOk()).andExpect(jsonPath("$.closedAt").exists());
		api.openWave(study, ResearchUsers.RESEARCHER).andExpect(status().isConflict());
		Instant closed = TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC);
		assertThat(destroyAfter(study)).isEqualTo(closed.atOffset(ZoneOffset.UTC).plusYears(1).toInstant());

		sweeper.sweep(closed.plus(Duration.ofDays(364)));
		Thread.sleep(300);
		assertThat(count("survey.study", "id", study)).as("kept for its year").isOne();

		sweeper.sweep(closed.plus(Duration.ofDays(367)));
		waitUntil(() -> count("survey.study", "id", study) == 0);
		assertThat(count("survey.instrument", "id", instrument)).isZero();
		assertThat(count("survey.wave", "study_id", study)).isZero();
		assertThat(jdbc.sql("select count(*) from kernel.destruction_log where record_type = 'survey.study' and record_id = ?")
			.param(study).query(Long.class).single()).isOne();
	}

	private String schedule(String study) {
		return jdbc.sql("select schedule_code from kernel.retention_record where record_type = 'survey.study' and record_id = ?")
			.param(study).query(String.class).single();
	}

	private Instant destroyAfter(String study) {
		return jdbc.sql("select destroy_after from kernel.retention_record where record_type = 'survey.study' and record_id = ?")
			.param(study).query((rs, row) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant())
			.list().get(0);
	}

	private long count(String table, String column, String id) {
		return jdbc.sql("select count(*) from " + table + " where " + column + " = ?::uuid").param(id)
			.query(Long.class).single();
	}

	private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(20));
		while (!condition.getAsBoolean()) {
			assertThat(Instant.now()).as("waited for the sweep's destroyer").isBefore(until);
			Thread.sleep(100);
		}
	}
}
