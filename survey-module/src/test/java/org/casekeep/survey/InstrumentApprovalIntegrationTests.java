package org.casekeep.survey;


import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Instruments against the embedded PostgreSQL (Customer Research PIA 2.5, 4.1, footnote 4): approval is of one exact
 * version and any change afterwards needs approval again before collection; over-collection must go first; a
 * public-facing instrument needs the five elements of the privacy notice; open-ended questions carry the admonition.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
@Import(SettableClock.Config.class)
class InstrumentApprovalIntegrationTests extends ResearchIntegrationTest {

	static final String INSTRUMENTS = ResearchApi.STUDIES + "/{id}/instruments";

	@Test
	void changingAnApprovedInstrumentMakesANewVersionThatMustBeApprovedBeforeCollection() throws Exception {
		String study = api.publicStudy(false);
		String instrument = api.closeGatesExcept(study, null);
		assertThat(api.openGates(study)).isEmpty();

		api.question(study, instrument, "{\"kind\":\"RATING_SCALE\",\"text\":\"How was the wait?\",\"scalePoints\":\"5\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.currentVersion").value(2))
			.andExpect(jsonPath("$.approvedVersion").value(1))
			.andExpect(jsonPath("$.currentVersionApproved").value(false));
		assertThat(api.openGates(study)).containsExactly("INSTRUMENT_APPROVAL");
		api.openWave(study, ResearchUsers.RESEARCHER).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("INSTRUMENT_APPROVAL")));

		// Further edits stay in version 2 until it is approved.
		api.question(study, instrument, "{\"kind\":\"YES_NO\",\"text\":\"Would you come again?\"}")
			.andExpect(jsonPath("$.currentVersion").value(2));
		api.perform(post(INSTRUMENTS + "/{i}/approval", study, instrument), ResearchUsers.APPROVER)
			.andExpect(status().isOk()).andExpect(jsonPath("$.approvedVersion").value(2));

		String versions = api.perform(get(INSTRUMENTS + "/{i}/versions", study, instrument), ResearchUsers.RESEARCHER)
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<java.util.List<Integer>>read(versions, "$[*].number")).containsExactly(1, 2);
		assertThat(JsonPath.<String>read(versions, "$[0].content")).doesNotContain("How was the wait?");
		assertThat(JsonPath.<String>read(versions, "$[1].content")).contains("How was the wait?", "Would you come again?");
		api.openWave(study, ResearchUsers.RESEARCHER).andExpect(status().isCreated())
			.andExpect(jsonPath("$.instrumentVersions[0]").value(instrument + ":2"));

		// A notice change after approval is a change too.
		api.json(put(INSTRUMENTS + "/{i}/notice", study, instrument), ResearchUsers.RESEARCHER, """
				{"authority":"44 U.S.C. 3501","purpose":"Changed purpose","routineUses":"DHS/ALL-002",
				 "voluntary":"Voluntary.","effects":"None."}""")
			.andExpect(jsonPath("$.currentVersion").value(3));
		assertThat(api.openGates(study)).containsExactly("INSTRUMENT_APPROVAL");
	}

	@Test
	void aQuestionMarkedAsOverCollectionBlocksApprovalUntilItIsRemoved() throws Exception {
		String study = api.publicStudy(false);
		String instrument = api.instrumentWithNotice(study);
		String flagged = JsonPath.read(api.question(study, instrument,
				"{\"kind\":\"DEMOGRAPHIC\",\"demographic\":\"COUNTY\"}").andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.questions[1].id");

		// The researcher does not review their own questions; the component's privacy office does.
		api.json(post(INSTRUMENTS + "/{i}/questions/{q}/over-collection", study, instrument, flagged),
				ResearchUsers.RESEARCHER, "{\"reason\":\"x\"}").andExpect(status().isForbidden());
		api.json(post(INSTRUMENTS + "/{i}/questions/{q}/over-collection", study, instrument, flagged),
				ResearchUsers.USCIS_PRIVACY, "{\"reason\":\" \"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("reason")));
		api.json(post(INSTRUMENTS + "/{i}/questions/{q}/over-collection", study, instrument, flagged),
				ResearchUsers.USCIS_PRIVACY, "{\"reason\":\"County with state identifies people in small counties\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.questions[1].overCollection").value(true))
			.andExpect(jsonPath("$.approvalBlockers[0]").value(containsString("Over-collection")));

		api.perform(post(INSTRUMENTS + "/{i}/approval", study, instrument), ResearchUsers.APPROVER)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("question 2")));
		api.perform(get(INSTRUMENTS + "/{i}", study, instrument), ResearchUsers.RESEARCHER)
			.andExpect(jsonPath("$.approvedVersion").doesNotExist());

		api.perform(delete(INSTRUMENTS + "/{i}/questions/{q}", study, instrument, flagged), ResearchUsers.RESEARCHER)
			.andExpect(status().isOk());
		api.perform(post(INSTRUMENTS + "/{i}/approval", study, instrument), ResearchUsers.APPROVER)
			.andExpect(status().isOk()).andExpect(jsonPath("$.approvedVersion").value(1));
	}

	@Test
	void aPublicInstrumentWithoutAllFiveNoticeElementsCannotBeApprovedAnEmployeeOneCan() throws Exception {
		String study = api.publicStudy(false);
		String instrument = JsonPath.read(api.json(post(INSTRUMENTS, study), ResearchUsers.RESEARCHER,
				"{\"title\":\"Lobby intercept\"}").andReturn().getResponse().getContentAsString(), "$.id");
		api.question(study, instrument, "{\"kind\":\"YES_NO\",\"text\":\"Was the lobby clean?\"}");
		api.json(put(INSTRUMENTS + "/{i}/notice", study, instrument), ResearchUsers.RESEARCHER, """
				{"authority":"44 U.S.C. 3501","purpose":"Improve lobbies","routineUses":"DHS/ALL-002",
				 "voluntary":"Answering is voluntary."}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.missingNotice[0]").value("effects"));

		api.perform(post(INSTRUMENTS + "/{i}/approval", study, instrument), ResearchUsers.APPROVER)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("effects")));
		assertThat(jdbc.sql("select count(*) from survey.instrument_version where instrument_id = ?::uuid")
			.param(instrument).query(Long.class).single()).isZero();

		String employees = api.study(ResearchUsers.RESEARCHER, "EMPLOYEES_AND_CONTRACTORS", true, 40, null);
		String internal = JsonPath.read(api.json(post(INSTRUMENTS, employees), ResearchUsers.RESEARCHER,
				"{\"title\":\"Workplace pulse\"}").andReturn().getResponse().getContentAsString(), "$.id");
		api.question(employees, internal, "{\"kind\":\"YES_NO\",\"text\":\"Do you have the tools you need?\"}");
		api.perform(post(INSTRUMENTS + "/{i}/approval", employees, internal), ResearchUsers.APPROVER)
			.andExpect(status().isOk());
	}

	@Test
	void openEndedQuestionsCarryTheAdmonitionAndDemographicsAreOptional() throws Exception {
		String study = api.publicStudy(false);
		String instrument = api.instrumentWithNotice(study);
		api.question(study, instrument, "{\"kind\":\"OPEN_ENDED\",\"text\":\"What could we do better?\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.questions[1].admonition").value(containsString("do not include personal information")))
			.andExpect(jsonPath("$.questions[0].admonition").doesNotExist());
		api.question(study, instrument, "{\"kind\":\"DEMOGRAPHIC\",\"demographic\":\"AGE_BAND\"}")
			.andExpect(jsonPath("$.questions[2].text").value("What is your age range?"))
			.andExpect(jsonPath("$.questions[2].optional").value(true));
		api.question(study, instrument,
				"{\"kind\":\"MULTIPLE_CHOICE\",\"text\":\"Which services?\",\"choices\":[\"Forms\",\"Interviews\"]}")
			.andExpect(jsonPath("$.questions[3].choices[1]").value("Interviews"));
	}

	@Test
	void badQuestionsAreRefusedWith422NamingTheFieldAndOnlyThePrivacyOfficeApproves() throws Exception {
		String study = api.publicStudy(false);
		String instrument = api.instrumentWithNotice(study);
		api.question(study, instrument, "{\"kind\":\"SINGLE_CHOICE\",\"text\":\"Pick one\",\"choices\":[\"Only\"]}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("choices")));
		api.question(study, instrument, "{\"kind\":\"ESSAY\",\"text\":\"Tell us\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("kind")));
		api.question(study, instrument, "{\"kind\":\"RATING_SCALE\",\"text\":\"Rate\",\"scalePoints\":\"40\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("scalePoints")));
		api.question(study, instrument, "{\"kind\":\"DEMOGRAPHIC\",\"demographic\":\"RELIGION\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("demographic")));
		api.json(post(INSTRUMENTS, study), ResearchUsers.RESEARCHER, "{\"title\":\"\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("title")));
		api.perform(get(INSTRUMENTS + "/{i}", study, instrument), ResearchUsers.RESEARCHER)
			.andExpect(jsonPath("$.questions.length()").value(1));

		api.perform(post(INSTRUMENTS + "/{i}/approval", study, instrument), ResearchUsers.RESEARCHER)
			.andExpect(status().isForbidden());
		api.perform(post(INSTRUMENTS + "/{i}/approval", study, instrument), ResearchUsers.USCIS_PRIVACY)
			.andExpect(status().isForbidden());
		api.perform(post(INSTRUMENTS + "/{i}/approval", study, instrument), ResearchUsers.APPROVER)
			.andExpect(status().isOk());
		api.perform(post(INSTRUMENTS + "/{i}/approval", study, instrument), ResearchUsers.APPROVER)
			.andExpect(status().isConflict());
	}
}
