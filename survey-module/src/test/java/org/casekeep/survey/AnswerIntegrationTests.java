package org.casekeep.survey;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casekeep.survey.studies.Gate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Invitations and answers kept apart (Customer Research PIA overview "Wave Surveys", 2.5, 3.4, 4.1) against the
 * embedded PostgreSQL, through the public answer page as a respondent uses it and the API as staff do: the answer
 * stored holds no token, contact, invitation or IP and only the day; SPII in an open answer is redacted before it is
 * stored; nothing is accepted while a gate is open; the page reads in Spanish with its privacy notice before the
 * first question; the bot trap refuses a form sent faster than a person reads it.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
@Import(SettableClock.Config.class)
@TestPropertySource(properties = { "casekeep.public.form-min-seconds=1", "casekeep.public.submissions-per-hour=1000",
		"casekeep.public.pages-per-minute=1000" })
class AnswerIntegrationTests extends ResearchIntegrationTest {

	static final Pattern STAMP = Pattern.compile("name=\"stamp\" value=\"([^\"]+)\"");
	@org.springframework.beans.factory.annotation.Autowired
	org.casekeep.survey.answers.drafts.DraftKeeper draftKeeper;

	static final String OPEN_QUESTION = "What could the visitor centre do better?";

	/** A study collecting: gates closed, wave 1 open, one participant invited. */
	record Collecting(String study, String instrument, String yesNo, String open, String link, String participant) {
	}

	@Test
	void theAnswerStoredHoldsNoTokenContactInvitationOrIpAndOnlyTheDay() throws Exception {
		Collecting c = collecting(false, "rosa.diaz@example.org");
		answer(c, Map.of("q-" + c.yesNo(), "YES", "q-" + c.open(), "Longer opening hours")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Your answers were received")));

		assertThat(jdbc.sql("select column_name from information_schema.columns where table_schema = 'survey' "
				+ "and table_name = 'answer'").query(String.class).list())
			.containsExactlyInAnyOrder("id", "study_id", "wave_number", "pseudonym", "received_on", "language",
					"keyed_in");
		assertThat(jdbc.sql("select data_type from information_schema.columns where table_schema = 'survey' "
				+ "and table_name = 'answer' and column_name = 'received_on'").query(String.class).single())
			.isEqualTo("date");
		String token = c.link().substring(c.link().lastIndexOf('/') + 1);
		String invitation = jdbc.sql("select id::text || token_digest from survey.invitation where study_id = ?::uuid")
			.param(c.study()).query(String.class).single();
		String stored = jdbc.sql("select a::text || string_agg(v::text, '|') from survey.answer a "
				+ "join survey.answer_value v on v.answer_id = a.id where a.study_id = ?::uuid group by a.*")
			.param(c.study()).query(String.class).single();
		assertThat(stored).doesNotContain(token).doesNotContain(invitation.substring(0, 36))
			.doesNotContain(invitation.substring(36)).doesNotContain(c.participant()).doesNotContain("rosa")
			.doesNotContain("127.0.0.1").contains("2027-03-01").contains("Longer opening hours");
		assertThat(jdbc.sql("select pseudonym is null from survey.answer where study_id = ?::uuid").param(c.study())
			.query(Boolean.class).single()).as("a single-wave anonymous study links nothing").isTrue();
		assertThat(jdbc.sql("select used from survey.invitation where study_id = ?::uuid").param(c.study())
			.query(Boolean.class).single()).isTrue();

		// One invitation, one answer: the link is spent.
		answer(c, Map.of("q-" + c.yesNo(), "NO")).andExpect(status().isNotFound());
		assertThat(answers(c)).isOne();
	}

	@Test
	void aWaveStudysAnswerCarriesAPseudonymousIdThatIsNeitherTheParticipantNorTheInvitation() throws Exception {
		Collecting c = collecting(true, "li.wei@example.org");
		answer(c, Map.of("q-" + c.yesNo(), "NO")).andExpect(status().isOk());

		String pseudonym = jdbc.sql("select pseudonym::text from survey.answer where study_id = ?::uuid")
			.param(c.study()).query(String.class).single();
		assertThat(pseudonym).isNotNull().isNotEqualTo(c.participant());
		assertThat(jdbc.sql("select count(*) from survey.invitation where id::text = ? or participant_id::text = ?")
			.params(pseudonym, pseudonym).query(Long.class).single()).isZero();
	}

	@Test
	void spiiInAnOpenAnswerIsRedactedBeforeItIsStored() throws Exception {
		Collecting c = collecting(false, "sam.ng@example.org");
		answer(c, Map.of("q-" + c.open(), "My SSN is 212-48-7731 and my A-Number is A123456789, please call"))
			.andExpect(status().isOk());

		String value = jdbc.sql("select v.value || '|' || v.redacted from survey.answer_value v join survey.answer a "
				+ "on a.id = v.answer_id where a.study_id = ?::uuid").param(c.study()).query(String.class).single();
		assertThat(value).doesNotContain("212-48-7731").doesNotContain("123456789").contains("[REDACTED")
			.endsWith("|true");
	}

	@Test
	void anAnswerIsRefusedWhileAGateIsOpenThroughThePageAndTheApi() throws Exception {
		Collecting c = collecting(false, "kai.ho@example.org");
		// The instrument changes after approval: its new version is not approved, the gate is open again.
		api.question(c.study(), c.instrument(), "{\"kind\":\"YES_NO\",\"text\":\"Was it clean?\"}")
			.andExpect(status().isCreated());
		assertThat(api.openGates(c.study())).containsExactly(Gate.INSTRUMENT_APPROVAL.name());

		mvc.perform(get(c.link())).andExpect(status().isConflict())
			.andExpect(content().string(containsString("not accepting answers")));
		answer(c, Map.of("q-" + c.yesNo(), "YES")).andExpect(status().isConflict());
		api.json(post(ResearchApi.STUDIES + "/{id}/answers", c.study()), ResearchUsers.RESEARCHER,
				"{\"q-" + c.yesNo() + "\":[\"YES\"]}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("INSTRUMENT_APPROVAL")));
		api.json(post(ResearchApi.STUDIES + "/{id}/invitations", c.study()), ResearchUsers.RESEARCHER, "{}")
			.andExpect(status().isConflict());
		assertThat(answers(c)).isZero();
		assertThat(jdbc.sql("select used from survey.invitation where study_id = ?::uuid").param(c.study())
			.query(Boolean.class).single()).isFalse();
	}

	@Test
	void thePageReadsInSpanishWithThePrivacyNoticeBeforeTheFirstQuestion() throws Exception {
		Collecting c = collecting(false, "ines.ruiz@example.org");
		String page = mvc.perform(get(c.link()).param("lang", "es")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("lang=\"es\"").contains("Declaración de la Ley de Privacidad")
			.contains("Enviar mis respuestas").contains("No participar en futuras investigaciones")
			.contains("Did you find what you came for?");
		int notice = page.indexOf("Declaración de la Ley de Privacidad");
		for (String element : List.of("44 U.S.C. 3501; E.O. 12862", "To improve the visitor centre",
				"DHS/ALL-002 routine uses", "Answering is voluntary.", "Not answering has no effect on any DHS service.")) {
			assertThat(page.indexOf(element)).as(element).isGreaterThan(notice)
				.isLessThan(page.indexOf("Did you find what you came for?"));
		}
		assertThat(page).doesNotContain("ines.ruiz").doesNotContain("Privacy Act Statement");
	}

	@Test
	void theBotTrapRefusesAFormSentFasterThanAPersonReadsIt() throws Exception {
		Collecting c = collecting(false, "ola.berg@example.org");
		String stamp = stamp(c.link());
		mvc.perform(post(c.link()).with(csrf()).param("stamp", stamp).param("website", "")
			.param("q-" + c.yesNo(), "YES"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("wait a few seconds")));
		Thread.sleep(1100);
		mvc.perform(post(c.link()).with(csrf()).param("stamp", stamp).param("website", "http://spam.example")
			.param("q-" + c.yesNo(), "YES"))
			.andExpect(status().isUnprocessableContent());
		assertThat(answers(c)).isZero();
		assertThat(jdbc.sql("select used from survey.invitation where study_id = ?::uuid").param(c.study())
			.query(Boolean.class).single()).isFalse();
	}

	@Test
	void anOptOutFromTheInvitationRemovesThePersonFromLaterWavesAndEveryStudy() throws Exception {
		Collecting c = collecting(true, "tom.fry@example.org");
		saveDraft(c, Map.of("q-" + c.yesNo(), "NO"), "").andExpect(status().isOk());
		String stamp = stamp(c.link());
		Thread.sleep(1100);
		mvc.perform(post(c.link() + "/opt-out").with(csrf()).param("stamp", stamp).param("website", ""))
			.andExpect(status().isOk()).andExpect(content().string(containsString("will not be contacted")));
		assertThat(drafts(c)).as("the draft goes with the opt-out").isZero();

		api.openWave(c.study(), ResearchUsers.RESEARCHER).andExpect(status().isCreated());
		api.json(post(ResearchApi.STUDIES + "/{id}/invitations", c.study()), ResearchUsers.RESEARCHER,
				"{\"linked\":true}").andExpect(status().isCreated()).andExpect(jsonPath("$.length()").value(0));
		String other = api.publicStudy(false);
		api.json(post(ResearchApi.STUDIES + "/{id}/participants", other), ResearchUsers.RESEARCHER,
				ParticipantRecruitmentIntegrationTests.contact("Tom Fry", "Tom.Fry@example.org", null))
			.andExpect(status().isConflict());
	}

	@Test
	void staffKeyInAPaperAnswerAnonymouslyUnderTheSameChecks() throws Exception {
		Collecting c = collecting(false, "paper.person@example.org");
		api.json(post(ResearchApi.STUDIES + "/{id}/answers", c.study()), ResearchUsers.RESEARCHER,
				"{\"q-" + c.yesNo() + "\":[\"MAYBE\"]}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("q-" + c.yesNo()));
		api.json(post(ResearchApi.STUDIES + "/{id}/answers", c.study()), ResearchUsers.APPROVER,
				"{\"q-" + c.yesNo() + "\":[\"YES\"]}").andExpect(status().isForbidden());
		api.json(post(ResearchApi.STUDIES + "/{id}/answers", c.study()), ResearchUsers.RESEARCHER,
				"{\"q-" + c.yesNo() + "\":[\"YES\"]}").andExpect(status().isCreated());
		assertThat(jdbc.sql("select keyed_in and pseudonym is null from survey.answer where study_id = ?::uuid")
			.param(c.study()).query(Boolean.class).single()).isTrue();
	}

	@Test
	void savedAnswersComeBackByTheSameLinkWithTheProgressShown() throws Exception {
		Collecting c = collecting(false, "ana.lima@example.org");
		String first = mvc.perform(get(c.link())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(first).contains("0 of 2 questions answered").contains("Save and finish later");

		saveDraft(c, Map.of("q-" + c.yesNo(), "YES", "q-" + c.open(), "Longer hours; my SSN is 212-48-7731"), "")
			.andExpect(status().isOk()).andExpect(content().string(containsString("Your answers were saved")));

		String resumed = mvc.perform(get(c.link())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(resumed).contains("2 of 2 questions answered").contains("Longer hours; my SSN is [REDACTED")
			.doesNotContain("212-48-7731").contains("name=\"draftVersion\" value=\"0\"");
		assertThat(resumed).containsPattern("value=\"YES\"\\s+checked=\"checked\"");
		assertThat(answers(c)).as("a draft is no answer").isZero();
		assertThat(jdbc.sql("select used from survey.invitation where study_id = ?::uuid").param(c.study())
			.query(Boolean.class).single()).isFalse();
		assertThat(mvc.perform(get(c.link()).param("lang", "es")).andReturn().getResponse().getContentAsString())
			.contains("2 de 2 preguntas respondidas").contains("Guardar y terminar más tarde");
	}

	@Test
	void theDraftRowHoldsNoPlainTextOfAnAnswerNoTokenAndOnlyTheDay() throws Exception {
		Collecting c = collecting(false, "noor.khan@example.org");
		saveDraft(c, Map.of("q-" + c.open(), "The parking signs were confusing"), "").andExpect(status().isOk());

		assertThat(jdbc.sql("select column_name from information_schema.columns where table_schema = 'survey' "
				+ "and table_name = 'answer_draft'").query(String.class).list())
			.containsExactlyInAnyOrder("invitation_id", "study_id", "sealed", "saved_on", "version");
		assertThat(jdbc.sql("select data_type from information_schema.columns where table_schema = 'survey' "
				+ "and table_name = 'answer_draft' and column_name = 'saved_on'").query(String.class).single())
			.isEqualTo("date");
		String token = c.link().substring(c.link().lastIndexOf('/') + 1);
		byte[] sealed = jdbc.sql("select sealed from survey.answer_draft where study_id = ?::uuid").param(c.study())
			.query(byte[].class).single();
		String asText = new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1);
		assertThat(asText).doesNotContain("parking").doesNotContain("confusing").doesNotContain(c.open())
			.doesNotContain(token);
		assertThat(sealed.length % 1024).as("padded, so its size says little").isEqualTo(12 + 16);
		assertThat(jdbc.sql("select count(*) from survey.answer_draft d join survey.invitation i "
				+ "on i.id = d.invitation_id where i.study_id = ?::uuid").param(c.study()).query(Long.class).single())
			.as("kept by the invitation, on the contact side").isOne();
	}

	@Test
	void sendingTheAnswerDeletesTheDraftInTheSameStep() throws Exception {
		Collecting c = collecting(false, "eva.park@example.org");
		saveDraft(c, Map.of("q-" + c.yesNo(), "NO"), "").andExpect(status().isOk());
		assertThat(drafts(c)).isOne();

		answer(c, Map.of("q-" + c.yesNo(), "YES", "q-" + c.open(), "All good")).andExpect(status().isOk());
		assertThat(drafts(c)).isZero();
		assertThat(answers(c)).isOne();
		saveDraft(c, Map.of("q-" + c.yesNo(), "NO"), "").andExpect(status().isNotFound())
			.andExpect(content().string(containsString("not valid or was already used")));
		assertThat(drafts(c)).isZero();
	}

	@Test
	void aWrongTokenGivesNothingAndSavesNothing() throws Exception {
		Collecting c = collecting(false, "ivo.novak@example.org");
		saveDraft(c, Map.of("q-" + c.open(), "Friendlier staff at the desk"), "").andExpect(status().isOk());
		String wrong = c.link().substring(0, c.link().lastIndexOf('/') + 1) + "AAAAAAAAAAAAAAAAAAAAAA";

		mvc.perform(get(wrong)).andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Friendlier"))));
		mvc.perform(post(wrong + "/draft").with(csrf()).param("stamp", stamp(c.link())).param("website", "")
			.param("q-" + c.open(), "Overwritten?")).andExpect(status().isNotFound());
		assertThat(drafts(c)).isOne();
		assertThat(mvc.perform(get(c.link())).andReturn().getResponse().getContentAsString())
			.contains("Friendlier staff at the desk").doesNotContain("Overwritten?");
	}

	@Test
	void aSaveFromASecondWindowThatDidNotSeeTheFirstIsRefusedNotLost() throws Exception {
		Collecting c = collecting(false, "ren.sato@example.org");
		saveDraft(c, Map.of("q-" + c.open(), "From the first window"), "").andExpect(status().isOk());
		saveDraft(c, Map.of("q-" + c.open(), "From the second window"), "").andExpect(status().isConflict())
			.andExpect(content().string(containsString("saved from another window")))
			.andExpect(content().string(containsString("From the first window")));
		saveDraft(c, Map.of("q-" + c.open(), "Checked and saved again"), "0").andExpect(status().isOk());
		assertThat(mvc.perform(get(c.link())).andReturn().getResponse().getContentAsString())
			.contains("Checked and saved again").contains("name=\"draftVersion\" value=\"1\"");
	}

	@Test
	void aSaveIsCheckedLikeAnAnswerAndRefusedWhileAGateIsOpenOrOnceTheWaveClosed() throws Exception {
		Collecting c = collecting(false, "mia.lund@example.org");
		saveDraft(c, Map.of("q-" + c.yesNo(), "MAYBE", "q-" + c.open(), "Kept on the page"), "")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Kept on the page")));
		assertThat(drafts(c)).isZero();
		saveDraft(c, Map.of("q-" + c.open(), "Before the wave closed"), "").andExpect(status().isOk());

		api.json(post(ResearchApi.STUDIES + "/{id}/waves/1/closure", c.study()), ResearchUsers.RESEARCHER, "{}")
			.andExpect(status().isOk());
		assertThat(drafts(c)).as("the wave closed: its drafts went with it").isZero();
		mvc.perform(post(c.link() + "/draft").with(csrf()).param("stamp", "x").param("website", "")
			.param("q-" + c.open(), "After")).andExpect(status().isConflict())
			.andExpect(content().string(containsString("not accepting answers")));
		assertThat(drafts(c)).isZero();

		Collecting gated = collecting(false, "leo.marsh@example.org");
		api.question(gated.study(), gated.instrument(), "{\"kind\":\"YES_NO\",\"text\":\"Was it clean?\"}")
			.andExpect(status().isCreated());
		mvc.perform(post(gated.link() + "/draft").with(csrf()).param("stamp", "x").param("website", "")
			.param("q-" + gated.open(), "Gate open")).andExpect(status().isConflict());
		assertThat(drafts(gated)).isZero();
	}

	@Test
	void theDailySweepRemovesDraftsNobodyCanFinishAndKeepsTheRest() throws Exception {
		Collecting closing = collecting(false, "uma.bell@example.org");
		Collecting open = collecting(false, "vic.hale@example.org");
		saveDraft(closing, Map.of("q-" + closing.yesNo(), "YES"), "").andExpect(status().isOk());
		saveDraft(open, Map.of("q-" + open.yesNo(), "NO"), "").andExpect(status().isOk());
		mvc.perform(post("/research/studies/{id}/closure", closing.study()).with(ResearchUsers.RESEARCHER.token())
			.with(csrf())).andExpect(status().isSeeOther());
		assertThat(drafts(closing)).as("closing a study publishes no event: its draft is left over").isOne();

		draftKeeper.sweep();
		assertThat(drafts(closing)).isZero();
		assertThat(drafts(open)).as("still collecting").isOne();

		clock.setToday(TODAY.plusYears(1).plusDays(1));
		draftKeeper.sweep();
		assertThat(drafts(open)).as("not saved for a year (GRS 6.5 item 010)").isZero();
	}

	private Collecting collecting(boolean linked, String email) throws Exception {
		String study = api.publicStudy(false);
		String instrument = api.closeGatesExcept(study, Gate.INSTRUMENT_APPROVAL);
		api.question(study, instrument, "{\"kind\":\"OPEN_ENDED\",\"text\":\"" + OPEN_QUESTION + "\"}")
			.andExpect(status().isCreated());
		api.perform(post(ResearchApi.STUDIES + "/{id}/instruments/{i}/approval", study, instrument),
				ResearchUsers.APPROVER).andExpect(status().isOk());
		api.openWave(study, ResearchUsers.RESEARCHER).andExpect(status().isCreated());
		String participant = JsonPath.read(api.json(post(ResearchApi.STUDIES + "/{id}/participants", study),
				ResearchUsers.RESEARCHER, ParticipantRecruitmentIntegrationTests.contact("Pat Doe", email, null))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		String link = JsonPath.read(api.json(post(ResearchApi.STUDIES + "/{id}/invitations", study),
				ResearchUsers.RESEARCHER, "{\"linked\":" + linked + "}").andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$[0].link");
		String questions = api.perform(get(ResearchApi.STUDIES + "/{id}/instruments/{i}", study, instrument),
				ResearchUsers.RESEARCHER).andReturn().getResponse().getContentAsString();
		String yesNo = JsonPath.<List<String>>read(questions, "$.questions[?(@.kind == 'YES_NO')].id").getFirst();
		String open = JsonPath.<List<String>>read(questions, "$.questions[?(@.kind == 'OPEN_ENDED')].id").getFirst();
		return new Collecting(study, instrument, yesNo, open, link, participant);
	}

	/** Answers as a person does: the page first, a moment to read it, then the form sent with its stamp. */
	private org.springframework.test.web.servlet.ResultActions answer(Collecting c, Map<String, String> values)
			throws Exception {
		String stamp = stampOrEmpty(c.link());
		Thread.sleep(1100);
		MockHttpServletRequestBuilder request = post(c.link()).with(csrf()).param("stamp", stamp).param("website", "");
		values.forEach(request::param);
		return mvc.perform(request);
	}

	/** Saves as a person does: the page first, a moment, then "Save and finish later" with the page's version. */
	private org.springframework.test.web.servlet.ResultActions saveDraft(Collecting c, Map<String, String> values,
			String draftVersion) throws Exception {
		String stamp = stampOrEmpty(c.link());
		Thread.sleep(1100);
		MockHttpServletRequestBuilder request = post(c.link() + "/draft").with(csrf()).param("stamp", stamp)
			.param("website", "").param("draftVersion", draftVersion);
		values.forEach(request::param);
		return mvc.perform(request);
	}

	private long drafts(Collecting c) {
		return jdbc.sql("select count(*) from survey.answer_draft where study_id = ?::uuid").param(c.study())
			.query(Long.class).single();
	}

	private String stamp(String link) throws Exception {
		String stamp = stampOrEmpty(link);
		assertThat(stamp).isNotEmpty();
		return stamp;
	}

	private String stampOrEmpty(String link) throws Exception {
		Matcher found = STAMP.matcher(mvc.perform(get(link)).andReturn().getResponse().getContentAsString());
		return found.find() ? found.group(1) : "";
	}

	private long answers(Collecting c) {
		return jdbc.sql("select count(*) from survey.answer where study_id = ?::uuid").param(c.study())
			.query(Long.class).single();
	}
}
