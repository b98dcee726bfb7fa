package org.casekeep.survey;

import java.util.List;

import org.casekeep.kernel.testing.Recordings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Subject matter experts who agree to be quoted, and those who decline (Customer Research PIA "Focus Groups"),
 * against the embedded PostgreSQL: the quote export names a speaker only with their agreement, a refusal is
 * honoured by attributing the quote to nobody, and an agreement withdrawn takes the name off at once.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
@Import(SettableClock.Config.class)
class QuoteIntegrationTests extends ResearchIntegrationTest {

	SessionSteps steps;

	@BeforeEach
	void steps() {
		steps = new SessionSteps(mvc, api, clock);
	}

	@Test
	void anExpertWhoDeclinedIsNeverNamedInTheQuoteExportAndOneWhoAgreedIsUntilTheyWithdraw() throws Exception {
		String study = steps.focusGroup(null);
		String eva = steps.participant(study, "Eva Marsh");
		String noa = steps.participant(study, "Noa Kent");
		String session = steps.session(study, List.of(eva, noa), List.of());
		String text = steps.consentText(study, "May we record? Say yes.");
		steps.consent(session, eva, text, true).andExpect(status().isCreated());
		steps.consent(session, noa, text, true).andExpect(status().isCreated());
		steps.recording(session, Recordings.mp3());
		String transcript = JsonPath.read(steps.enter(session, "Eva Marsh: Inspection lanes should open by demand. "
				+ "Noa Kent: Signs in more languages would cut the wait. Moderator: Thank you both.")
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");

		String early = """
				{"transcriptId":"%s","speakerId":"%s","text":"Inspection lanes should open by demand."}"""
			.formatted(transcript, eva);
		api.json(post(SessionSteps.SESSIONS + "/{id}/quotes", session), ResearchUsers.RESEARCHER, early)
			.andExpect(status().isConflict());
		steps.verify(session, transcript, steps.redactAll(session, transcript)).andExpect(status().isOk());

		String agreed = api.json(put(ResearchApi.STUDIES + "/{id}/quote-permissions/{p}", study, eva),
				ResearchUsers.RESEARCHER, """
						{"decision":"AGREED","decidedOn":"%s","scope":"Comments on lane staffing, to industry"}"""
					.formatted(TODAY)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		api.json(put(ResearchApi.STUDIES + "/{id}/quote-permissions/{p}", study, noa), ResearchUsers.RESEARCHER,
				"{\"decision\":\"REFUSED\",\"decidedOn\":\"%s\",\"scope\":null}".formatted(TODAY))
			.andExpect(status().isOk());
		api.json(put(ResearchApi.STUDIES + "/{id}/quote-permissions/{p}", study, eva), ResearchUsers.RESEARCHER,
				"{\"decision\":\"AGREED\",\"decidedOn\":\"%s\",\"scope\":null}".formatted(TODAY.plusDays(1)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("decidedOn", "scope")));

		quote(session, transcript, eva, "Inspection lanes should open by demand.");
		quote(session, transcript, noa, "Signs in more languages would cut the wait.");
		quote(session, transcript, null, "Thank you both.");
		api.json(post(SessionSteps.SESSIONS + "/{id}/quotes", session), ResearchUsers.RESEARCHER, """
				{"transcriptId":"%s","speakerId":"%s","text":"Noa Kent: Signs"}""".formatted(transcript, noa))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("text"));

		String export = api.perform(get(ResearchApi.STUDIES + "/{id}/quotes/export", study), ResearchUsers.RESEARCHER)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].speakerName").value("Eva Marsh"))
			.andExpect(jsonPath("$[0].attribution").value("NAMED"))
			.andExpect(jsonPath("$[0].agreedScope").value("Comments on lane staffing, to industry"))
			.andExpect(jsonPath("$[1].text").value("Signs in more languages would cut the wait."))
			.andExpect(jsonPath("$[1].speakerName").doesNotExist())
			.andExpect(jsonPath("$[1].attribution").value("REFUSED"))
			.andExpect(jsonPath("$[2].attribution").value("UNKNOWN_SPEAKER"))
			.andReturn().getResponse().getContentAsString();
		assertThat(export).doesNotContain("Noa").doesNotContain("Kent");
		assertThat(jdbc.sql("select count(*) from kernel.audit_entry where action = 'EXPORT' and record_type = "
				+ "'survey.participant' and record_id = ? and fields = 'name'").param(eva).query(Long.class).single())
			.isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from kernel.audit_entry where record_type = 'survey.participant' and "
				+ "record_id = ? and action in ('EXPORT')").param(noa).query(Long.class).single()).isZero();

		// Withdrawing the agreement takes the name off; an answer read before a change is refused.
		long version = ((Number) JsonPath.read(agreed, "$.version")).longValue();
		String withdraw = "{\"decision\":\"REFUSED\",\"decidedOn\":\"%s\",\"scope\":null,\"version\":%d}";
		api.json(put(ResearchApi.STUDIES + "/{id}/quote-permissions/{p}", study, eva), ResearchUsers.RESEARCHER,
				withdraw.formatted(TODAY, version + 1)).andExpect(status().isConflict());
		api.json(put(ResearchApi.STUDIES + "/{id}/quote-permissions/{p}", study, eva), ResearchUsers.RESEARCHER,
				withdraw.formatted(TODAY, version)).andExpect(status().isOk());
		String after = api.perform(get(ResearchApi.STUDIES + "/{id}/quotes/export", study), ResearchUsers.RESEARCHER)
			.andExpect(jsonPath("$[0].attribution").value("REFUSED"))
			.andExpect(jsonPath("$[0].speakerName").doesNotExist())
			.andReturn().getResponse().getContentAsString();
		assertThat(after).doesNotContain("Eva").doesNotContain("Marsh");

		// Nobody outside the study's research unit exports its quotes.
		api.perform(get(ResearchApi.STUDIES + "/{id}/quotes/export", study), ResearchUsers.ICE_RESEARCHER)
			.andExpect(status().isForbidden());
	}

	private void quote(String session, String transcript, String speaker, String text) throws Exception {
		api.json(post(SessionSteps.SESSIONS + "/{id}/quotes", session), ResearchUsers.RESEARCHER, """
				{"transcriptId":"%s","speakerId":%s,"text":"%s"}""".formatted(transcript,
				speaker == null ? "null" : "\"" + speaker + "\"", text)).andExpect(status().isCreated());
	}
}
