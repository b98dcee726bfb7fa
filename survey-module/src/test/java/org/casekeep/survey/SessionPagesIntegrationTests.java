package org.casekeep.survey;

import java.util.List;

import org.casekeep.kernel.testing.Recordings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.test.ApplicationModuleTest;

import com.jayway.jsonpath.JsonPath;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sessions pages (Customer Research PIA "Audio and Video Recordings", "Focus Groups"): a researcher schedules a
 * session from the study's sessions page, is refused a recording before consent with the participant named, records
 * the consent and uploads the recording, enters a transcript and sees its findings; a researcher not on the team is
 * told the session does not exist.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
@Import(SettableClock.Config.class)
class SessionPagesIntegrationTests extends ResearchIntegrationTest {

	@Test
	void aResearcherRunsASessionFromThePagesAndAnOutsiderIsToldItDoesNotExist() throws Exception {
		SessionSteps steps = new SessionSteps(mvc, api, clock);
		String study = steps.focusGroup(null);
		String eva = steps.participant(study, "Eva Marsh");
		mvc.perform(get("/research/studies/{id}", study).with(ResearchUsers.RESEARCHER.token()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("/research/studies/" + study
					+ "/sessions")));
		mvc.perform(post("/research/studies/{id}/consent-texts", study).with(ResearchUsers.RESEARCHER.token())
			.with(csrf()).param("text", "May we record this discussion? Say yes if you agree."))
			.andExpect(status().isSeeOther());
		mvc.perform(get("/research/studies/{id}/sessions", study).with(ResearchUsers.RESEARCHER.token()))
			.andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Eva Marsh"),
					containsString("May we record this discussion?"), containsString("version 1"))));

		String location = mvc.perform(post("/research/studies/{id}/sessions", study)
			.with(ResearchUsers.RESEARCHER.token()).with(csrf()).param("title", "Focus group 1")
			.param("scheduledOn", TODAY.plusDays(3).toString()).param("participantIds", eva))
			.andExpect(status().isSeeOther()).andReturn().getResponse().getHeader("Location");
		String session = location.substring(location.lastIndexOf('/') + 1);

		mvc.perform(multipart("/research/sessions/{id}/recordings", session)
			.file(new MockMultipartFile("file", "fg1.mp3", "audio/mpeg", Recordings.mp3()))
			.with(ResearchUsers.RESEARCHER.token()).with(csrf()))
			.andExpect(status().isSeeOther())
			.andExpect(flash().attribute("refusal", containsString("Participant " + eva + " has not consented")));
		String sha256 = JsonPath.<List<String>>read(api.perform(get(ResearchApi.STUDIES + "/{id}/consent-texts", study),
				ResearchUsers.RESEARCHER).andReturn().getResponse().getContentAsString(), "$[*].sha256").getFirst();
		mvc.perform(post("/research/sessions/{id}/consents", session).with(ResearchUsers.RESEARCHER.token())
			.with(csrf()).param("participantId", eva).param("consentTextSha256", sha256).param("affirmative", "true")
			.param("signedName", "E. Marsh")).andExpect(status().isSeeOther())
			.andExpect(flash().attribute("notice", "Consent recorded."));
		mvc.perform(multipart("/research/sessions/{id}/recordings", session)
			.file(new MockMultipartFile("file", "fg1.mp3", "audio/mpeg", Recordings.mp3()))
			.with(ResearchUsers.RESEARCHER.token()).with(csrf()))
			.andExpect(status().isSeeOther()).andExpect(flash().attribute("notice", containsString("sealed")));
		mvc.perform(post("/research/sessions/{id}/transcripts", session).with(ResearchUsers.RESEARCHER.token())
			.with(csrf()).param("kind", "NOTES").param("text", "Eva waited an hour at the second booth."))
			.andExpect(status().isSeeOther());

		mvc.perform(get("/research/sessions/{id}", session).with(ResearchUsers.RESEARCHER.token()))
			.andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Consented"),
					containsString("MP3 audio"), containsString("Play (audited)"), containsString("participant&#39;s name"),
					containsString("1 still to decide"), not(containsString("E. Marsh")))));
		mvc.perform(get("/research/sessions/{id}", session).with(SessionSteps.as(SessionSteps.OUTSIDER)))
			.andExpect(status().isNotFound()).andExpect(content().string(not(containsString("Eva Marsh"))));
	}
}
