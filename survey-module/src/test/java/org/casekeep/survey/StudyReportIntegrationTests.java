package org.casekeep.survey;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A study's report (PIA overview "Analysis and Outputs", 3.2) against the embedded PostgreSQL: the counts of its
 * answers, a count below the minimum cell suppressed with complements so it cannot be worked out from the totals,
 * every table of the study protected together, the minimum cell the privacy office's to set, small samples marked,
 * CSV and PDF with nothing but protected counts, and nobody outside the study's readers sees any of it.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
@Import(SettableClock.Config.class)
class StudyReportIntegrationTests extends ResearchIntegrationTest {

	static final String REPORT = ResearchApi.STUDIES + "/{id}/report";

	/** A study with a yes/no question, an office question, a multiple-choice and an open one, and its answers. */
	record Surveyed(String study, String yesNo, String office, String multiple, String open, String age) {
	}

	@Test
	void aSmallCountIsSuppressedWithComplementsAndTheAuditPasses() throws Exception {
		Surveyed s = surveyed();
		addTable(s, List.of(s.yesNo(), s.office()), false).andExpect(status().isCreated());

		String json = api.perform(get(REPORT, s.study()), ResearchUsers.RESEARCHER).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<Integer>read(json, "$.minimumCell")).isEqualTo(11);
		assertThat(JsonPath.<Boolean>read(json, "$.auditPassed")).isTrue();
		List<String> heading = JsonPath.read(json, "$.tables[0].grids[0].heading");
		assertThat(heading).containsSequence("Austin", "Boston", "Chicago", "No answer", "Total");
		List<String> yes = JsonPath.read(json, "$.tables[0].grids[0].rows[0]");
		List<String> no = JsonPath.read(json, "$.tables[0].grids[0].rows[1]");
		List<String> total = JsonPath.read(json, "$.tables[0].grids[0].rows[3]");
		assertThat(yes.getFirst()).isEqualTo("Yes");
		int chicago = heading.indexOf("Chicago");
		assertThat(yes.get(chicago)).as("4 answers: below the minimum cell").isEqualTo("suppressed");
		assertThat(yes.stream().filter("suppressed"::equals).count()).as("a complement in its row").isGreaterThan(1);
		assertThat(List.of(yes.get(chicago), no.get(chicago), total.get(chicago)).stream().filter("suppressed"::equals)
			.count()).as("and in its column").isGreaterThan(1);
		assertThat(total.getLast()).as("the grand total is published").isEqualTo("154");
		assertThat(no.get(chicago)).isIn("20*", "suppressed");
		assertThat(JsonPath.<String>read(json, "$.audit")).contains("passed").contains("linear programming");
		assertThat(jdbc.sql("select details from kernel.audit_entry where action = 'EXPORT' and record_id = ?")
			.param(s.study()).query(String.class).list()).anySatisfy(d -> assertThat(d).contains("aggregate report"));

		String csv = new String(api.perform(get(REPORT + "/report.csv", s.study()), ResearchUsers.RESEARCHER)
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv).contains("Did you find what you came for?").contains("suppressed").contains(",154")
			.doesNotContain(",4,").doesNotContain(",4\r");
		byte[] pdf = api.perform(get(REPORT + "/report.pdf", s.study()), ResearchUsers.RESEARCHER)
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
	}

	@Test
	void tablesOfOneStudyAreProtectedTogether() throws Exception {
		Surveyed s = surveyed();
		addTable(s, List.of(s.yesNo(), s.office()), false).andExpect(status().isCreated());
		addTable(s, List.of(s.office()), false).andExpect(status().isCreated());
		String json = api.perform(get(REPORT, s.study()), ResearchUsers.RESEARCHER).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<String> heading = JsonPath.read(json, "$.tables[0].grids[0].heading");
		List<String> columnTotals = JsonPath.read(json, "$.tables[0].grids[0].rows[3]");
		List<List<String>> offices = JsonPath.read(json, "$.tables[1].grids[0].rows");
		for (List<String> office : offices.subList(0, 3)) {
			assertThat(office.get(1)).as("the office's count is the same cell in both tables: hidden in one, hidden "
					+ "in both").isEqualTo(columnTotals.get(heading.indexOf(office.getFirst())));
		}
	}

	@Test
	void thePrivacyOfficeSetsTheMinimumCellAndNobodyElse() throws Exception {
		Surveyed s = surveyed();
		addTable(s, List.of(s.yesNo(), s.office()), false).andExpect(status().isCreated());
		api.json(put(REPORT + "/minimum-cell", s.study()), ResearchUsers.RESEARCHER, "{\"minimumCell\":3}")
			.andExpect(status().isForbidden());
		api.json(put(REPORT + "/minimum-cell", s.study()), ResearchUsers.USCIS_PRIVACY, "{\"minimumCell\":2}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("minimumCell"));
		api.json(put(REPORT + "/minimum-cell", s.study()), ResearchUsers.USCIS_PRIVACY, "{\"minimumCell\":3}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.minimumCellSetBy").value("uscis-privacy"));
		String json = api.perform(get(REPORT, s.study()), ResearchUsers.APPROVER).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<String> yes = JsonPath.read(json, "$.tables[0].grids[0].rows[0]");
		assertThat(yes).as("4 is published under a minimum cell of 3, marked as a small sample").contains("4*")
			.doesNotContain("suppressed");
		assertThat(JsonPath.<Boolean>read(json, "$.tables[0].smallSample")).isTrue();
	}

	@Test
	void onlyClosedSingleAnswerQuestionsAreCountedAndOutsidersSeeNothing() throws Exception {
		Surveyed s = surveyed();
		addTable(s, List.of(s.multiple()), false).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("questionIds")));
		addTable(s, List.of(s.open()), false).andExpect(status().isUnprocessableContent());
		addTable(s, List.of(), false).andExpect(status().isUnprocessableContent());
		api.perform(get(REPORT, s.study()), ResearchUsers.RESEARCHER).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("tables"));
		assertThat(jdbc.sql("select count(*) from survey.report_table where study_id = ?::uuid").param(s.study())
			.query(Long.class).single()).as("nothing half-written").isZero();

		addTable(s, List.of(s.yesNo()), true).andExpect(status().isCreated());
		// A demographic question that offers its bands is counted; nobody answered it here, so all are "No answer".
		addTable(s, List.of(s.age(), s.yesNo()), false).andExpect(status().isCreated());
		api.json(post(REPORT + "/tables", s.study()), ResearchUsers.ICE_RESEARCHER,
				"{\"questionIds\":[\"" + s.yesNo() + "\"]}").andExpect(status().isForbidden());
		api.perform(get(REPORT, s.study()), ResearchUsers.ICE_RESEARCHER).andExpect(status().isForbidden());
		api.perform(get(REPORT, s.study()), ResearchUsers.CRM_USER).andExpect(status().isForbidden());
		api.perform(get(REPORT + "/report.csv", s.study()), ResearchUsers.ICE_PRIVACY).andExpect(status().isForbidden());

		String page = mvc.perform(get("/research/studies/{id}/report", s.study()).with(ResearchUsers.RESEARCHER.token()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Table 1. Did you find what you came for? by wave").contains("Wave 1")
			.contains("Download CSV").contains("Disclosure control");
	}

	private org.springframework.test.web.servlet.ResultActions addTable(Surveyed s, List<String> questions,
			boolean byWave) throws Exception {
		String ids = String.join(",", questions.stream().map(q -> "\"" + q + "\"").toList());
		return api.json(post(REPORT + "/tables", s.study()), ResearchUsers.RESEARCHER,
				"{\"questionIds\":[" + ids + "],\"byWave\":" + byWave + "}");
	}

	/**
	 * 154 answers, as keyed in from paper: did they find it (yes/no) by office, with 4 who found it in Chicago.
	 */
	private Surveyed surveyed() throws Exception {
		String study = api.publicStudy(false);
		String instrument = api.instrumentWithNotice(study);
		api.question(study, instrument, """
				{"kind":"SINGLE_CHOICE","text":"Which office did you visit?","choices":["Austin","Boston","Chicago"]}""")
			.andExpect(status().isCreated());
		api.question(study, instrument, """
				{"kind":"MULTIPLE_CHOICE","text":"What did you come for?","choices":["Forms","Interview"]}""")
			.andExpect(status().isCreated());
		api.question(study, instrument, "{\"kind\":\"OPEN_ENDED\",\"text\":\"Anything else?\"}")
			.andExpect(status().isCreated());
		api.question(study, instrument, """
				{"kind":"DEMOGRAPHIC","demographic":"AGE_BAND","choices":["Under 35","35 or over"]}""")
			.andExpect(status().isCreated());
		String body = api.perform(get(ResearchApi.STUDIES + "/{id}/instruments/{i}", study, instrument),
				ResearchUsers.RESEARCHER).andReturn().getResponse().getContentAsString();
		List<String> ids = JsonPath.read(body, "$.questions[*].id");
		Surveyed s = new Surveyed(study, ids.get(0), ids.get(1), ids.get(2), ids.get(3), ids.get(4));
		answers(s, instrument, "YES", "Austin", 40);
		answers(s, instrument, "YES", "Boston", 35);
		answers(s, instrument, "YES", "Chicago", 4);
		answers(s, instrument, "NO", "Austin", 30);
		answers(s, instrument, "NO", "Boston", 25);
		answers(s, instrument, "NO", "Chicago", 20);
		return s;
	}

	private void answers(Surveyed s, String instrument, String yesNo, String office, int count) {
		for (int i = 0; i < count; i++) {
			UUID answer = UUID.randomUUID();
			jdbc.sql("insert into survey.answer (id, study_id, wave_number, received_on, language, keyed_in) "
					+ "values (?, ?::uuid, 1, ?, 'en', true)").params(answer, s.study(), TODAY).update();
			for (String[] value : List.of(new String[] { s.yesNo(), yesNo }, new String[] { s.office(), office })) {
				jdbc.sql("insert into survey.answer_value (id, answer_id, instrument_id, instrument_version, question_id, "
						+ "value) values (?, ?, ?::uuid, 1, ?::uuid, ?)")
					.params(UUID.randomUUID(), answer, instrument, value[0], value[1]).update();
			}
		}
	}
}
