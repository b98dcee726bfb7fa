package org.casekeep.survey;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casekeep.survey.optout.OptOutList;
import org.casekeep.survey.studies.Gate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Volunteer sign-up, indirect recruitment (Customer Research PIA overview "Recruiting Participants", 1.2, 2.2, 4.1)
 * against the embedded PostgreSQL, through the public page as a volunteer uses it and the staff page as a recruiter
 * does: the volunteer becomes a participant with source VOLUNTEER whose contact only the study's recruiters read; an
 * opted-out or already-signed-up person is not added yet sees the same thank-you; nothing opens or is taken while a
 * gate is open; a closed sign-up or study shows "not open"; the bot trap refuses a filled honeypot.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
@Import(SettableClock.Config.class)
@TestPropertySource(properties = { "casekeep.public.form-min-seconds=1", "casekeep.public.submissions-per-hour=1000",
		"casekeep.public.pages-per-minute=1000" })
class VolunteerSignUpIntegrationTests extends ResearchIntegrationTest {

	static final Pattern LINK = Pattern.compile("id=\"public-link\">([^<]+)<");
	static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d*)\"");
	static final String THANKS = "Thank you for volunteering";

	@Autowired
	OptOutList optOuts;

	@Test
	void aVolunteerBecomesAParticipantWithSourceVolunteerWhoseContactOnlyARecruiterReads() throws Exception {
		String study = approvedStudy();
		String link = open(study);
		assertThat(link).matches("/public/research/volunteer/[A-Za-z0-9_-]{22}");

		String page = mvc.perform(get(link)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		int firstField = page.indexOf("name=\"name\"");
		for (String element : List.of("Privacy Act Statement", "44 U.S.C. 3501; E.O. 12862",
				"To improve the visitor centre", "DHS/ALL-002 routine uses", "Answering is voluntary.",
				"Not answering has no effect on any DHS service.")) {
			assertThat(page.indexOf(element)).as(element).isPositive().isLessThan(firstField);
		}
		assertThat(page).contains("Visitor satisfaction").contains("(optional)").contains("name=\"website\"");

		signUp(link, "Lena Ortiz", "lena.ortiz@example.org", "").andExpect(status().isOk())
			.andExpect(content().string(containsString(THANKS)));

		assertThat(jdbc.sql("select source from survey.participant where study_id = ?::uuid").param(study)
			.query(String.class).list()).containsExactly("VOLUNTEER");
		String stored = jdbc.sql("select encode(name, 'escape') || encode(email, 'escape') from survey.participant "
				+ "where study_id = ?::uuid").param(study).query(String.class).single();
		assertThat(stored).doesNotContain("Lena").doesNotContain("lena.ortiz");
		api.perform(get(ResearchApi.STUDIES + "/{id}/participants", study), ResearchUsers.RESEARCHER)
			.andExpect(status().isOk()).andExpect(jsonPath("$[0].name").value("Lena Ortiz"))
			.andExpect(jsonPath("$[0].email").value("lena.ortiz@example.org"))
			.andExpect(jsonPath("$[0].source").value("VOLUNTEER"));
		for (ResearchUsers other : List.of(ResearchUsers.ICE_RESEARCHER, ResearchUsers.USCIS_PRIVACY,
				ResearchUsers.APPROVER)) {
			api.perform(get(ResearchApi.STUDIES + "/{id}/participants", study), other)
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void signingUpTwiceAddsThePersonOnceWithTheSameThankYou() throws Exception {
		String study = approvedStudy();
		String link = open(study);
		signUp(link, "Omar Haddad", "omar.haddad@example.org", "+1 202 555 0142").andExpect(status().isOk());
		signUp(link, "Omar H.", "Omar.Haddad@Example.org", "").andExpect(status().isOk())
			.andExpect(content().string(containsString(THANKS)));
		signUp(link, "O. Haddad", "", "(202) 555-0142").andExpect(status().isOk())
			.andExpect(content().string(containsString(THANKS)));
		assertThat(participants(study)).isOne();
	}

	@Test
	void anOptedOutPersonIsSilentlyNotAddedAndSeesTheSameThankYou() throws Exception {
		String study = approvedStudy();
		String link = open(study);
		optOuts.optOut("gone@example.org", null);

		String optedOut = signUp(link, "Gail Gone", "Gone@Example.org", "").andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String other = signUp(link, "Hal New", "hal.new@example.org", "").andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(optedOut).isEqualTo(other).contains(THANKS);
		assertThat(participants(study)).as("only the person who did not opt out").isOne();
	}

	@Test
	void signUpIsRefusedWhileAGateIsOpen() throws Exception {
		String gated = api.publicStudy(false);
		api.closeGatesExcept(gated, Gate.INSTRUMENT_APPROVAL);
		mvc.perform(post("/research/studies/{id}/volunteers/opening", gated).with(ResearchUsers.RESEARCHER.token())
			.with(csrf())).andExpect(status().isSeeOther())
			.andExpect(flash().attribute("refusal", containsString("No collection while a gate is open")));
		assertThat(jdbc.sql("select count(*) from survey.volunteer_signup where study_id = ?::uuid").param(gated)
			.query(Long.class).single()).isZero();

		// Opened once every gate was closed; then an instrument changes and its gate is open again.
		String study = approvedStudy();
		String link = open(study);
		String instrument = jdbc.sql("select id::text from survey.instrument where study_id = ?::uuid").param(study)
			.query(String.class).single();
		api.question(study, instrument, "{\"kind\":\"YES_NO\",\"text\":\"Was it clean?\"}")
			.andExpect(status().isCreated());
		mvc.perform(get(link)).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("This sign-up is not open")));
		signUp(link, "Ike Early", "ike@example.org", "").andExpect(status().isNotFound());
		assertThat(participants(study)).isZero();
	}

	@Test
	void aClosedSignUpOrStudyShowsANeutralNotOpenPage() throws Exception {
		String study = approvedStudy();
		String link = open(study);
		String staff = staffPage(study);
		mvc.perform(post("/research/studies/{id}/volunteers/closing", study).with(ResearchUsers.RESEARCHER.token())
			.with(csrf()).param("version", version(staff))).andExpect(status().isSeeOther())
			.andExpect(flash().attribute("notice", containsString("closed")));
		mvc.perform(get(link)).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("This sign-up is not open")));
		signUp(link, "Jo Late", "jo.late@example.org", "").andExpect(status().isNotFound());
		mvc.perform(get("/public/research/volunteer/AAAAAAAAAAAAAAAAAAAAAA").param("lang", "es"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Esta inscripción no está abierta")));

		// Opened again: a new link; the old one stays closed. Then the study closes.
		String reopened = open(study);
		assertThat(reopened).isNotEqualTo(link);
		mvc.perform(get(link)).andExpect(status().isNotFound());
		mvc.perform(post("/research/studies/{id}/closure", study).with(ResearchUsers.RESEARCHER.token())
			.with(csrf())).andExpect(status().isSeeOther());
		mvc.perform(get(reopened)).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("This sign-up is not open")));
		assertThat(participants(study)).isZero();
	}

	@Test
	void aFilledHoneypotIsRefusedWithoutAddingAnyone() throws Exception {
		String study = approvedStudy();
		String link = open(study);
		send(link, "http://spam.example", "name", "Bot Person", "email", "bot@example.org")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("could not accept the form")));
		assertThat(participants(study)).isZero();
	}

	@Test
	void thePageReadsInSpanishAndNamesTheFieldsItCannotAccept() throws Exception {
		String study = approvedStudy();
		String link = open(study);
		String page = mvc.perform(get(link).param("lang", "es")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("lang=\"es\"").contains("Declaración de la Ley de Privacidad")
			.contains("Inscribirme").contains("(opcional)");

		send(link, "", "lang", "es", "name", "Pia Sin Contacto", "email", "", "phone", "")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Dé un correo electrónico válido")))
			.andExpect(content().string(containsString("Pia Sin Contacto")));
		assertThat(participants(study)).isZero();
	}

	/** A study whose every gate is closed, its instrument approved with the privacy notice's five elements. */
	private String approvedStudy() throws Exception {
		String study = api.publicStudy(false);
		api.closeGatesExcept(study, null);
		assertThat(api.openGates(study)).isEmpty();
		return study;
	}

	/** Opens sign-up from the study's staff page, as a recruiter does, and reads the public link it shows. */
	private String open(String study) throws Exception {
		String version = version(staffPage(study));
		mvc.perform(post("/research/studies/{id}/volunteers/opening", study).with(ResearchUsers.RESEARCHER.token())
			.with(csrf()).param("version", version)).andExpect(status().isSeeOther())
			.andExpect(flash().attribute("notice", containsString("opened")));
		Matcher link = LINK.matcher(staffPage(study));
		assertThat(link.find()).isTrue();
		return link.group(1);
	}

	private String staffPage(String study) throws Exception {
		return mvc.perform(get("/research/studies/{id}/volunteers", study).with(ResearchUsers.RESEARCHER.token()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static String version(String staffPage) {
		Matcher version = VERSION.matcher(staffPage);
		return version.find() ? version.group(1) : "";
	}

	/** Signs up as a person does: the page first, a moment to read it, then the form with its stamp. */
	private ResultActions signUp(String link, String name, String email, String phone) throws Exception {
		return send(link, "", "name", name, "email", email, "phone", phone);
	}

	/** The form sent with its stamp, a moment after the page was read; {@code honeypot} what a bot puts there. */
	private ResultActions send(String link, String honeypot, String... namesAndValues) throws Exception {
		String stamp = stamp(link);
		Thread.sleep(1100);
		org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request = post(link).with(csrf())
			.param("stamp", stamp).param("website", honeypot);
		for (int i = 0; i < namesAndValues.length; i += 2) {
			request.param(namesAndValues[i], namesAndValues[i + 1]);
		}
		return mvc.perform(request);
	}

	private String stamp(String link) throws Exception {
		Matcher found = AnswerIntegrationTests.STAMP.matcher(mvc.perform(get(link)).andReturn().getResponse()
			.getContentAsString());
		return found.find() ? found.group(1) : "";
	}

	private long participants(String study) {
		return jdbc.sql("select count(*) from survey.participant where study_id = ?::uuid").param(study)
			.query(Long.class).single();
	}
}
