package org.casekeep.survey;

import java.util.List;
import java.util.UUID;

import org.casekeep.kernel.recruitment.RecruitmentCandidatesOffered;
import org.casekeep.kernel.recruitment.RecruitmentCandidatesOffered.Candidate;
import org.casekeep.survey.optout.OptOutList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The opt-out of future research (Customer Research PIA 2.2) against the embedded PostgreSQL: a person who opted out is
 * refused on a direct add, left out of an import and of the CRM's offer, in every study, matched however their e-mail
 * or phone is written; the list itself holds no contact data.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
@Import(SettableClock.Config.class)
class OptOutIntegrationTests extends ResearchIntegrationTest {

	@Autowired
	OptOutList optOuts;

	@Test
	void theListHoldsNoContactDataOnlyKeyedHashesAndTheDay() {
		optOuts.optOut("Maria.Garcia@Example.org", "(202) 555-0199");

		List<String> rows = jdbc.sql("select digest || '|' || kind || '|' || recorded_on from survey.opt_out")
			.query(String.class).list();
		assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row)
			.doesNotContainIgnoringCase("maria").doesNotContainIgnoringCase("garcia").doesNotContainIgnoringCase("example").doesNotContain("5550199")
			.matches("[0-9a-f]{64}\\|(EMAIL|PHONE)\\|2027-03-01"));
		assertThat(optOuts.isOptedOut(" maria.garcia@example.ORG ", null)).isTrue();
		assertThat(optOuts.isOptedOut(null, "+1 202 555 0199")).isTrue();
		assertThat(optOuts.isOptedOut("someone.else@example.org", "202-555-0100")).isFalse();
	}

	@Test
	void anOptedOutPersonIsRefusedOnADirectAddInEveryStudy() throws Exception {
		optOuts.optOut("luis.perez@example.org", null);
		for (String study : List.of(api.publicStudy(false), api.publicStudy(true))) {
			api.json(post(ResearchApi.STUDIES + "/{id}/participants", study), ResearchUsers.RESEARCHER,
					ParticipantRecruitmentIntegrationTests.contact("Luis Perez", "LUIS.PEREZ@example.org", null))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value("This person opted out of future research and cannot be added "
						+ "to any study"));
			assertThat(participants(study)).isZero();
		}
	}

	@Test
	void anImportLeavesOutTheOptedOutRowsAndSaysWhichByPositionOnly() throws Exception {
		optOuts.optOut(null, "202-555-0177");
		String study = api.publicStudy(false);
		String body = api.json(post(ResearchApi.STUDIES + "/{id}/imports", study), ResearchUsers.RESEARCHER, """
				{"sourceSystem":"FEMA DAC","privacyActStatement":"FEMA Form 009-0-1 PAS: research contact",
				 "rows":[{"name":"Kim Lee","email":"kim@example.org"},{"name":"Al Roe","phone":"+1 (202) 555-0177"}]}""")
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		assertThat((Integer) JsonPath.read(body, "$.added")).isOne();
		assertThat((List<Integer>) JsonPath.read(body, "$.optedOutRows")).containsExactly(1);
		assertThat(participants(study)).isOne();
		assertThat(jdbc.sql("select rows_opted_out from survey.participant_import where study_id = ?::uuid")
			.param(study).query(Integer.class).single()).isOne();
	}

	@Test
	void theCrmsOfferedCandidatesWhoOptedOutAreNotAdded(Scenario scenario) throws Exception {
		optOuts.optOut("opted.out@example.org", null);
		String study = api.publicStudy(false);
		api.closeGatesExcept(study, null);
		UUID request = UUID.fromString(JsonPath.read(api.json(post(ResearchApi.STUDIES + "/{id}/recruitment-requests",
				study), ResearchUsers.RESEARCHER, "{}").andExpect(status().isAccepted())
			.andReturn().getResponse().getContentAsString(), "$.id"));

		scenario.publish(new RecruitmentCandidatesOffered(request, UUID.fromString(study), List.of(
				new Candidate("Op", "Out", null, "Opted.Out@example.org", null),
				new Candidate("Still", "In", null, "still.in@example.org", null)), false, null))
			.andWaitForStateChange(() -> jdbc.sql("select opted_out from survey.recruitment_request where id = ? "
					+ "and answered_at is not null").param(request).query(Integer.class).optional().orElse(null))
			.andVerify(optedOut -> assertThat(optedOut).isOne());
		assertThat(participants(study)).isOne();
	}

	private long participants(String study) {
		return jdbc.sql("select count(*) from survey.participant where study_id = ?::uuid").param(study)
			.query(Long.class).single();
	}
}
