package org.casekeep.survey;


import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The recruiters' page (Customer Research PIA overview "Recruiting Participants", 3.4): a recruiter adds a participant
 * and sees their contact details; the Privacy Office, which approves the study, is refused the page; asking the CRM
 * while a gate is open is refused with the gate named.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
@Import(SettableClock.Config.class)
class ParticipantPagesIntegrationTests extends ResearchIntegrationTest {

	@Test
	void aRecruiterAddsAParticipantAndSeesTheirContactDetailsAndNobodyElseSeesThePage() throws Exception {
		String study = api.publicStudy(false);
		mvc.perform(post("/research/studies/{id}/participants", study).with(ResearchUsers.RESEARCHER.token())
			.with(csrf()).param("name", "June Park").param("email", "june.park@example.org"))
			.andExpect(status().isSeeOther()).andExpect(flash().attribute("notice", "Participant added."));

		mvc.perform(get("/research/studies/{id}/participants", study).with(ResearchUsers.RESEARCHER.token()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("June Park")))
			.andExpect(content().string(containsString("june.park@example.org")));
		mvc.perform(get("/research/studies/{id}/participants", study).with(ResearchUsers.APPROVER.token()))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("june.park"))));
	}

	@Test
	void askingTheCrmWhileAGateIsOpenIsRefusedNamingIt() throws Exception {
		String study = api.publicStudy(false);
		mvc.perform(post("/research/studies/{id}/recruitment-requests", study).with(ResearchUsers.RESEARCHER.token())
			.with(csrf()))
			.andExpect(status().isSeeOther())
			.andExpect(flash().attribute("refusal", containsString("PTA_SUBMISSION")));
	}
}
