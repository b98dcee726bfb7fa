package org.casekeep.survey;

import java.util.UUID;

import org.casekeep.kernel.retention.RetentionSweeper;
import org.casekeep.survey.keys.ContactVault;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Crypto-shredding when the final wave closes (Customer Research PIA overview "Wave Surveys", 1.4, 5.1) against the
 * embedded PostgreSQL: the study's key and contact data are destroyed in the closing transaction, what was sealed
 * under the key can never be opened again, answers stay with their pseudonymous ids and nothing leads from them to a
 * person, and the kernel's retention certifies the destruction.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
@Import(SettableClock.Config.class)
class ParticipantContactDestructionIntegrationTests extends ResearchIntegrationTest {

	@Autowired
	ContactVault vault;

	@Autowired
	RetentionSweeper sweeper;

	@Test
	void closingTheFinalWaveDestroysTheKeySoTheContactDataCanNeverBeReadAgainAndIsCertified(Scenario scenario)
			throws Exception {
		String study = api.publicStudy(false);
		api.closeGatesExcept(study, null);
		api.openWave(study, ResearchUsers.RESEARCHER).andExpect(status().isCreated());
		String participant = JsonPath.read(api.json(post(ResearchApi.STUDIES + "/{id}/participants", study),
				ResearchUsers.RESEARCHER, ParticipantRecruitmentIntegrationTests.contact("Eva Marsh",
						"eva.marsh@example.org", "202-555-0111"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		api.json(post(ResearchApi.STUDIES + "/{id}/invitations", study), ResearchUsers.RESEARCHER, "{\"linked\":true}")
			.andExpect(status().isCreated());
		byte[] sealedEmail = jdbc.sql("select email from survey.participant where id = ?::uuid").param(participant)
			.query(byte[].class).single();
		assertThat(vault.existing(UUID.fromString(study)).open(UUID.fromString(participant), "email", sealedEmail))
			.isEqualTo("eva.marsh@example.org");

		api.json(post(ResearchApi.STUDIES + "/{id}/waves/1/closure", study), ResearchUsers.RESEARCHER,
				"{\"finalWave\":true}").andExpect(status().isOk()).andExpect(jsonPath("$.finalWave").value(true));

		// The key is gone: even a copy of the sealed value taken before (a backup) cannot be opened.
		assertThat(jdbc.sql("select count(*) from survey.study_key where study_id = ?::uuid").param(study)
			.query(Long.class).single()).isZero();
		assertThatThrownBy(() -> vault.existing(UUID.fromString(study)))
			.isInstanceOf(ContactVault.KeyDestroyedException.class);
		// Nor is a new key made for anything sealed later (a consent, a recording): the study forgot its people.
		assertThatThrownBy(() -> vault.forStudy(UUID.fromString(study)))
			.isInstanceOf(ContactVault.KeyDestroyedException.class);
		assertThat(jdbc.sql("select num_nulls(name, email, phone, address, pseudonym) = 5 and shredded "
				+ "from survey.participant where id = ?::uuid").param(participant).query(Boolean.class).single())
			.isTrue();
		api.perform(get(ResearchApi.STUDIES + "/{id}/participants", study), ResearchUsers.RESEARCHER)
			.andExpect(jsonPath("$[0].contactDestroyed").value(true))
			.andExpect(jsonPath("$[0].email").doesNotExist());

		// Nothing more is collected, and no wave follows the final one.
		api.openWave(study, ResearchUsers.RESEARCHER).andExpect(status().isConflict());
		api.json(post(ResearchApi.STUDIES + "/{id}/invitations", study), ResearchUsers.RESEARCHER, "{\"linked\":true}")
			.andExpect(status().isConflict());

		// The kernel's sweeper hands the due contact data to the destroyer and certifies it.
		scenario.stimulate(() -> sweeper.sweep(clock.instant().plusSeconds(1)))
			.andWaitForStateChange(() -> jdbc.sql("select count(*) from kernel.destruction_log where record_type = "
					+ "'survey.study_contacts' and record_id = ?").param(study).query(Long.class).single() > 0);
		assertThat(jdbc.sql("select schedule_code from kernel.destruction_log where record_type = 'survey.study_contacts' "
				+ "and record_id = ?").param(study).query(String.class).single()).isEqualTo("SURVEY_CONTACTS");
	}

	@Test
	void closingAWaveThatIsNotTheFinalOneKeepsTheContactDataForTheNextWave() throws Exception {
		String study = api.publicStudy(false);
		api.closeGatesExcept(study, null);
		api.openWave(study, ResearchUsers.RESEARCHER).andExpect(status().isCreated());
		api.json(post(ResearchApi.STUDIES + "/{id}/participants", study), ResearchUsers.RESEARCHER,
				ParticipantRecruitmentIntegrationTests.contact("Noa Kent", "noa.kent@example.org", null))
			.andExpect(status().isCreated());
		api.json(post(ResearchApi.STUDIES + "/{id}/waves/1/closure", study), ResearchUsers.RESEARCHER, "{}")
			.andExpect(status().isOk());
		api.json(post(ResearchApi.STUDIES + "/{id}/waves/1/closure", study), ResearchUsers.RESEARCHER, "{}")
			.andExpect(status().isConflict());

		api.perform(get(ResearchApi.STUDIES + "/{id}/participants", study), ResearchUsers.RESEARCHER)
			.andExpect(jsonPath("$[0].email").value("noa.kent@example.org"));
		api.openWave(study, ResearchUsers.RESEARCHER).andExpect(status().isCreated());
	}
}
