package org.casekeep.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.testing.SignedIn;
import org.casekeep.survey.studies.Gate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The steps of an interview or focus group study through the API, for the sessions' tests: a study whose gates are
 * closed (or all but one), its participants, a session with its team, the consent text, consents and recordings.
 */
final class SessionSteps {

	static final String SESSIONS = "/api/research/sessions";

	/** A second researcher of USCIS, on the sessions' team when a test puts them there. */
	static final Actor COLLEAGUE = new Actor("colleague", "USCIS", Set.of("researcher"));
	/** A researcher of USCIS who is on no session's team. */
	static final Actor OUTSIDER = new Actor("outsider", "USCIS", Set.of("researcher"));

	private final MockMvc mvc;
	private final ResearchApi api;
	private final SettableClock clock;

	SessionSteps(MockMvc mvc, ResearchApi api, SettableClock clock) {
		this.mvc = mvc;
		this.api = api;
		this.clock = clock;
	}

	/** A focus group of eight members of the public (below the PRA's threshold), every gate but {@code open} closed. */
	String focusGroup(Gate open) throws Exception {
		return study("FOCUS_GROUP", open);
	}

	String study(String method, Gate open) throws Exception {
		LocalDate today = clock.today();
		String body = """
				{"title":"Port of entry experience","method":"%s","purpose":"Improve the wait at ports of entry",
				 "population":"GENERAL_PUBLIC","federalEmployeesOnly":false,"plannedParticipants":"8",
				 "startsOn":"%s","endsOn":"%s","vendorTool":null}""".formatted(method, today, today.plusMonths(6));
		String study = JsonPath.read(api.json(post(ResearchApi.STUDIES), ResearchUsers.RESEARCHER, body)
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		api.closeGatesExcept(study, open);
		return study;
	}

	String participant(String study, String name) throws Exception {
		return JsonPath.read(api.json(post(ResearchApi.STUDIES + "/{id}/participants", study), ResearchUsers.RESEARCHER,
				ParticipantRecruitmentIntegrationTests.contact(name,
				name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.org", null)).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
	}

	ResultActions schedule(String study, List<String> participants, List<String> team) throws Exception {
		String body = """
				{"title":"Focus group 1","scheduledOn":"%s","participantIds":%s,"team":%s}"""
			.formatted(clock.today().plusDays(7), json(participants), json(team));
		return api.json(post(ResearchApi.STUDIES + "/{id}/sessions", study), ResearchUsers.RESEARCHER, body);
	}

	String session(String study, List<String> participants, List<String> team) throws Exception {
		return JsonPath.read(schedule(study, participants, team).andExpect(status().isCreated()).andReturn()
			.getResponse().getContentAsString(), "$.id");
	}

	/** A new version of the study's consent text; its SHA-256. */
	String consentText(String study, String text) throws Exception {
		return JsonPath.read(api.json(post(ResearchApi.STUDIES + "/{id}/consent-texts", study),
				ResearchUsers.RESEARCHER, "{\"text\":\"" + text + "\"}").andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.sha256");
	}

	ResultActions consent(String session, String participant, String sha256, boolean affirmative) throws Exception {
		return api.json(post(SESSIONS + "/{id}/consents", session), ResearchUsers.RESEARCHER, """
				{"participantId":"%s","consentTextSha256":"%s","affirmative":%s,"signedName":"Signed by hand",
				 "signature":"verbal consent, on tape"}""".formatted(participant, sha256, affirmative));
	}

	ResultActions upload(String session, byte[] content) throws Exception {
		return mvc.perform(multipart(SESSIONS + "/{id}/recordings", session)
			.file(new MockMultipartFile("file", "session.mp3", "audio/mpeg", content))
			.with(ResearchUsers.RESEARCHER.token()));
	}

	String recording(String session, byte[] content) throws Exception {
		return JsonPath.read(upload(session, content).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString(), "$.id");
	}

	ResultActions play(String session, String recording, RequestPostProcessor by) throws Exception {
		return mvc.perform(get(SESSIONS + "/{id}/recordings/{r}/content", session, recording).with(by));
	}

	ResultActions enter(String session, String text) throws Exception {
		return api.json(post(SESSIONS + "/{id}/transcripts", session), ResearchUsers.RESEARCHER,
				"{\"kind\":\"TRANSCRIPT\",\"text\":\"" + text + "\"}");
	}

	ResultActions decide(String session, String transcript, int finding, String resolution, String reason,
			long version) throws Exception {
		return api.json(post(SESSIONS + "/{id}/transcripts/{t}/findings/{n}", session, transcript, finding),
				ResearchUsers.RESEARCHER, """
						{"resolution":"%s","reason":%s,"version":%d}""".formatted(resolution,
						reason == null ? "null" : "\"" + reason + "\"", version));
	}

	ResultActions verify(String session, String transcript, long version) throws Exception {
		return api.json(post(SESSIONS + "/{id}/transcripts/{t}/verification", session, transcript),
				ResearchUsers.RESEARCHER, "{\"version\":" + version + "}");
	}

	/** Redacts every finding of the transcript, one by one; its version after the last. */
	long redactAll(String session, String transcript) throws Exception {
		String view = api.perform(get(SESSIONS + "/{id}/transcripts/{t}", session, transcript), ResearchUsers.RESEARCHER)
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		int findings = JsonPath.<List<Object>>read(view, "$.findings").size();
		long version = ((Number) JsonPath.read(view, "$.version")).longValue();
		for (int i = 0; i < findings; i++) {
			view = decide(session, transcript, i, "REDACTED", null, version).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
			version = ((Number) JsonPath.read(view, "$.version")).longValue();
		}
		return version;
	}

	static RequestPostProcessor as(Actor actor) {
		return SignedIn.as(actor);
	}

	private static String json(List<String> values) {
		return values.stream().map(v -> "\"" + v + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
	}
}
