package org.casekeep.survey;

import java.util.Arrays;
import java.util.List;

import org.casekeep.kernel.retention.RetentionSweeper;
import org.casekeep.kernel.testing.Recordings;
import org.casekeep.survey.studies.Gate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sessions, consent and recordings against the embedded PostgreSQL (Customer Research PIA "Audio and Video
 * Recordings", "Interviews", "Focus Groups", 4.3, 5.1): no recording without every participant's affirmative consent
 * to the current consent text; recordings sealed and played back to the session's team alone, audited; purged with
 * the consent's name and signature the moment a transcript is verified, and the destruction certified; nothing held
 * or recorded while a gate of the study is open.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
@Import(SettableClock.Config.class)
class SessionRecordingIntegrationTests extends ResearchIntegrationTest {

	@Autowired
	RetentionSweeper sweeper;

	SessionSteps steps;

	@BeforeEach
	void steps() {
		steps = new SessionSteps(mvc, api, clock);
	}

	@Test
	void aRecordingIsRefusedWithoutEveryonesConsentAndWithConsentToAnOlderText() throws Exception {
		String study = steps.focusGroup(null);
		String eva = steps.participant(study, "Eva Marsh");
		String noa = steps.participant(study, "Noa Kent");
		String session = steps.session(study, List.of(eva, noa), List.of());

		steps.upload(session, Recordings.mp3()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("no consent text")));
		String first = steps.consentText(study, "We would like to record this discussion. Say yes if you agree.");
		steps.consent(session, eva, first, false).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("affirmative"));
		steps.consent(session, eva, "0".repeat(64), true).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("consentTextSha256"));
		steps.consent(session, eva, first, true).andExpect(status().isCreated())
			.andExpect(jsonPath("$.textNumber").value(1)).andExpect(jsonPath("$.currentText").value(true))
			.andExpect(jsonPath("$.signedName").doesNotExist());

		steps.upload(session, Recordings.mp3()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("consents[" + noa + "]"))
			.andExpect(jsonPath("$.errors[0].message", containsString("has not consented")))
			.andExpect(jsonPath("$.errors.length()").value(1));

		steps.consent(session, noa, first, true).andExpect(status().isCreated());
		String second = steps.consentText(study, "We would like to record this discussion and keep it until the "
				+ "notes are checked. Say yes if you agree.");
		steps.upload(session, Recordings.mp3()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("consents[" + eva + "]")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("consents[" + noa + "]")))
			.andExpect(jsonPath("$.errors[0].message", containsString("only to version 1")));
		assertThat(jdbc.sql("select count(*) from survey.recording where session_id = ?::uuid").param(session)
			.query(Long.class).single()).as("nothing half written").isZero();

		steps.consent(session, eva, second, true).andExpect(status().isCreated());
		steps.consent(session, noa, second, true).andExpect(status().isCreated());
		steps.upload(session, Recordings.mp3()).andExpect(status().isCreated())
			.andExpect(jsonPath("$.mediaType").value("audio/mpeg"));
		steps.upload(session, Documents.notARecording()).andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.errors[0].field").value("file"));

		// The consent is bound to the exact text: its hash is stored with it, and the text under the hash is as shown.
		assertThat(jdbc.sql("select t.text from survey.recording_consent c join survey.consent_text t on "
				+ "t.id = c.consent_text_id and t.sha256 = c.text_sha256 where c.session_id = ?::uuid and "
				+ "c.participant_id = ?::uuid and t.number = 2").params(session, eva).query(String.class).single())
			.isEqualTo("We would like to record this discussion and keep it until the notes are checked. Say yes if "
					+ "you agree.");
		assertThat(second).isNotEqualTo(first).hasSize(64);
	}

	@Test
	void aRecordingIsSealedAndPlayedBackToTheSessionsTeamAloneEveryPlaybackAudited() throws Exception {
		String study = steps.focusGroup(null);
		String eva = steps.participant(study, "Eva Marsh");
		String session = steps.session(study, List.of(eva), List.of(SessionSteps.COLLEAGUE.username()));
		steps.consent(session, eva, steps.consentText(study, "May we record? Say yes."), true)
			.andExpect(status().isCreated());
		byte[] audio = Recordings.wav();
		String recording = steps.recording(session, audio);

		byte[] stored = jdbc.sql("select sealed from survey.recording_content where recording_id = ?::uuid")
			.param(recording).query(byte[].class).single();
		assertThat(indexOf(stored, Arrays.copyOfRange(audio, 0, 16))).as("sealed, not stored in the clear")
			.isEqualTo(-1);

		steps.play(session, recording, ResearchUsers.RESEARCHER.token()).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "audio/wav"))
			.andExpect(header().string("Cache-Control", "no-store")).andExpect(content().bytes(audio));
		steps.play(session, recording, SessionSteps.as(SessionSteps.COLLEAGUE)).andExpect(status().isOk());
		for (var outsider : List.of(SessionSteps.as(SessionSteps.OUTSIDER), ResearchUsers.ICE_RESEARCHER.token(),
				ResearchUsers.APPROVER.token(), ResearchUsers.USCIS_PRIVACY.token())) {
			steps.play(session, recording, outsider).andExpect(status().isNotFound());
			mvc.perform(get(SessionSteps.SESSIONS + "/{id}", session).with(outsider)).andExpect(status().isNotFound());
		}
		mvc.perform(get(ResearchApi.STUDIES + "/{id}/sessions", study).with(SessionSteps.as(SessionSteps.OUTSIDER)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));

		assertThat(jdbc.sql("select actor from kernel.audit_entry where action = 'READ' and record_type = "
				+ "'survey.recording' and record_id = ? and fields = 'content' and purpose = "
				+ "'accuracy of the responses' order by id").param(recording).query(String.class).list())
			.containsExactly("researcher", "colleague");
		assertThat(jdbc.sql("select count(*) from kernel.audit_entry where action = 'ACCESS_DENIED' and "
				+ "record_type = 'survey.session' and record_id = ? and actor = 'outsider'").param(session)
			.query(Long.class).single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void verifyingTheTranscriptPurgesTheRecordingAndTheConsentsNameAndSignatureAndTheDestructionIsCertified(
			Scenario scenario) throws Exception {
		String study = steps.focusGroup(null);
		String eva = steps.participant(study, "Eva Marsh");
		String session = steps.session(study, List.of(eva), List.of());
		steps.consent(session, eva, steps.consentText(study, "May we record? Say yes."), true)
			.andExpect(status().isCreated());
		String recording = steps.recording(session, Recordings.mp4());
		assertThat(jdbc.sql("select num_nulls(signed_name, signature) from survey.recording_consent where "
				+ "session_id = ?::uuid").param(session).query(Integer.class).single()).isZero();

		String transcript = JsonPath.read(steps.enter(session, "Moderator: Eva, how long did you wait? "
				+ "Marsh: About an hour; my SSN 123-45-6789 was asked twice.").andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
		long version = steps.redactAll(session, transcript);
		steps.verify(session, transcript, version).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("VERIFIED")).andExpect(jsonPath("$.text").doesNotExist())
			.andExpect(jsonPath("$.recordingsPurged[0]").value(recording))
			.andExpect(jsonPath("$.redactedText").value("Moderator: [REDACTED NAME], how long did you wait? "
					+ "[REDACTED NAME]: About an hour; my SSN [REDACTED SSN] was asked twice."));

		// In the verifying transaction: the bytes and the data key gone, the consent's PII destroyed, the raw text too.
		assertThat(jdbc.sql("select count(*) from survey.recording_content where recording_id = ?::uuid")
			.param(recording).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select data_key is null and purged_at is not null and purge_reason = 'transcript verified' "
				+ "from survey.recording where id = ?::uuid").param(recording).query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("select num_nulls(signed_name, signature) = 2 and pii_destroyed from "
				+ "survey.recording_consent where session_id = ?::uuid").param(session).query(Boolean.class).single())
			.isTrue();
		assertThat(jdbc.sql("select text is null from survey.transcript where id = ?::uuid").param(transcript)
			.query(Boolean.class).single()).isTrue();
		steps.play(session, recording, ResearchUsers.RESEARCHER.token()).andExpect(status().isConflict());
		mvc.perform(get(SessionSteps.SESSIONS + "/{id}/consents", session).with(ResearchUsers.RESEARCHER.token()))
			.andExpect(jsonPath("$[0].nameAndSignatureDestroyed").value(true));
		steps.upload(session, Recordings.mp3()).andExpect(status().isConflict());
		assertThat(jdbc.sql("select count(*) from kernel.audit_entry where action = 'DELETE' and record_type = "
				+ "'survey.recording' and record_id = ?").param(recording).query(Long.class).single()).isEqualTo(1);

		// The kernel's sweeper certifies the destruction, as it does for the study's contact data.
		scenario.stimulate(() -> sweeper.sweep(clock.instant().plusSeconds(1)))
			.andWaitForStateChange(() -> jdbc.sql("select count(*) from kernel.destruction_log where record_type = "
					+ "'survey.recording' and record_id = ?").param(recording).query(Long.class).single() > 0);
		assertThat(jdbc.sql("select schedule_code from kernel.destruction_log where record_type = 'survey.recording' "
				+ "and record_id = ?").param(recording).query(String.class).single()).isEqualTo("SURVEY_RECORDINGS");
	}

	@Test
	void verificationIsRefusedWhileAnyFindingIsUndecidedAndTheRecordingIsKept() throws Exception {
		String study = steps.focusGroup(null);
		String eva = steps.participant(study, "Eva Marsh");
		String session = steps.session(study, List.of(eva), List.of(SessionSteps.COLLEAGUE.username()));
		steps.consent(session, eva, steps.consentText(study, "May we record? Say yes."), true)
			.andExpect(status().isCreated());
		String recording = steps.recording(session, Recordings.m4a());
		String entered = steps.enter(session, "Eva Marsh said colleague helped her; DOB 01/02/1980.")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.findings[*].kind").value(org.hamcrest.Matchers.contains("PARTICIPANT_NAME",
					"TEAM_NAME", "DATE_OF_BIRTH")))
			.andExpect(jsonPath("$.unresolved").value(3)).andReturn().getResponse().getContentAsString();
		String transcript = JsonPath.read(entered, "$.id");
		long version = ((Number) JsonPath.read(entered, "$.version")).longValue();

		steps.verify(session, transcript, version).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("findings[0]", "findings[1]",
					"findings[2]")));
		steps.decide(session, transcript, 1, "KEPT", null, version).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		String decided = steps.decide(session, transcript, 1, "KEPT", "The moderator's role, not a participant",
				version).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		steps.decide(session, transcript, 0, "REDACTED", null, version).andExpect(status().isConflict());
		long next = ((Number) JsonPath.read(decided, "$.version")).longValue();
		next = ((Number) JsonPath.read(steps.decide(session, transcript, 0, "REDACTED", null, next)
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.version")).longValue();
		steps.verify(session, transcript, next).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("findings[2]")));

		steps.play(session, recording, ResearchUsers.RESEARCHER.token()).andExpect(status().isOk());
		assertThat(jdbc.sql("select status from survey.transcript where id = ?::uuid").param(transcript)
			.query(String.class).single()).isEqualTo("IN_REVIEW");

		next = ((Number) JsonPath.read(steps.decide(session, transcript, 2, "REDACTED", null, next)
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.version")).longValue();
		steps.verify(session, transcript, next).andExpect(status().isOk())
			.andExpect(jsonPath("$.redactedText").value("[REDACTED NAME] said colleague helped her; DOB "
					+ "[REDACTED DATE_OF_BIRTH]."));
		api.json(post(SessionSteps.SESSIONS + "/{id}/transcripts/{t}/findings/0", session, transcript),
				ResearchUsers.RESEARCHER, "{\"resolution\":\"KEPT\",\"reason\":\"x\",\"version\":" + (next + 1) + "}")
			.andExpect(status().isConflict()).andExpect(jsonPath("$.detail", not(containsString("Eva"))));
	}

	@Test
	void aSessionIsNeitherHeldNorRecordedWhileAGateOfTheStudyIsOpen() throws Exception {
		String study = steps.focusGroup(Gate.PRIVACY_OFFICE_APPROVAL);
		String eva = steps.participant(study, "Eva Marsh");
		String scheduled = steps.schedule(study, List.of(eva), List.of()).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String session = JsonPath.read(scheduled, "$.id");
		String text = steps.consentText(study, "May we record? Say yes.");

		api.json(post(SessionSteps.SESSIONS + "/{id}/held", session), ResearchUsers.RESEARCHER, "{\"version\":0}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("PRIVACY_OFFICE_APPROVAL")));
		steps.consent(session, eva, text, true).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("PRIVACY_OFFICE_APPROVAL")));
		steps.upload(session, Recordings.mp3()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("PRIVACY_OFFICE_APPROVAL")));
		assertThat(jdbc.sql("select count(*) from survey.recording_consent where session_id = ?::uuid").param(session)
			.query(Long.class).single()).isZero();

		api.perform(post(ResearchApi.STUDIES + "/{id}/pta/approval", study), ResearchUsers.APPROVER)
			.andExpect(status().isOk());
		api.json(post(SessionSteps.SESSIONS + "/{id}/held", session), ResearchUsers.RESEARCHER, "{\"version\":0}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("HELD"));
		api.json(post(SessionSteps.SESSIONS + "/{id}/held", session), ResearchUsers.RESEARCHER, "{\"version\":0}")
			.andExpect(status().isConflict()).andExpect(jsonPath("$.title").value("Edited by someone else"));
	}

	@Test
	void onlyStudiesThatMeetPeopleHaveSessionsAndAOneOnOneInterviewHasOneParticipant() throws Exception {
		String survey = api.publicStudy(false);
		String someone = steps.participant(survey, "Eva Marsh");
		steps.schedule(survey, List.of(someone), List.of()).andExpect(status().isConflict());

		String interview = steps.study("ONE_ON_ONE_INTERVIEW", null);
		String eva = steps.participant(interview, "Eva Marsh");
		String noa = steps.participant(interview, "Noa Kent");
		steps.schedule(interview, List.of(eva, noa), List.of()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("participantIds"));
		steps.schedule(interview, List.of(someone), List.of()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("participantIds[0]"));
		steps.schedule(interview, List.of(eva), List.of()).andExpect(status().isCreated())
			.andExpect(jsonPath("$.team[0]").value("researcher"));
	}

	@Test
	void aRecordingNobodyVerifiedIsDestroyedAYearAfterItWasMadeWithTheConsentsNameAndSignature(Scenario scenario)
			throws Exception {
		String study = steps.focusGroup(null);
		String eva = steps.participant(study, "Eva Marsh");
		String session = steps.session(study, List.of(eva), List.of());
		steps.consent(session, eva, steps.consentText(study, "May we record? Say yes."), true)
			.andExpect(status().isCreated());
		String recording = steps.recording(session, Recordings.webm());

		sweeper.sweep(clock.instant().plus(java.time.Duration.ofDays(364)));
		steps.play(session, recording, ResearchUsers.RESEARCHER.token()).andExpect(status().isOk());

		scenario.stimulate(() -> sweeper.sweep(clock.instant().plus(java.time.Duration.ofDays(367))))
			.andWaitForStateChange(() -> jdbc.sql("select count(*) from kernel.destruction_log where record_type = "
					+ "'survey.recording' and record_id = ?").param(recording).query(Long.class).single() > 0);
		assertThat(jdbc.sql("select count(*) from survey.recording_content where recording_id = ?::uuid")
			.param(recording).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select purge_reason from survey.recording where id = ?::uuid").param(recording)
			.query(String.class).single()).contains("retention period ended");
		assertThat(jdbc.sql("select num_nulls(signed_name, signature) = 2 and pii_destroyed from "
				+ "survey.recording_consent where session_id = ?::uuid").param(session).query(Boolean.class).single())
			.isTrue();
	}

	@Test
	void aTranscriptUploadedAsAWordDocumentIsScannedLikeATypedOneAndTheFileIsNotKept() throws Exception {
		String study = steps.focusGroup(null);
		String eva = steps.participant(study, "Eva Marsh");
		String session = steps.session(study, List.of(eva), List.of());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart(SessionSteps.SESSIONS + "/{id}/transcripts", session)
			.file(new org.springframework.mock.web.MockMultipartFile("file", "notes.docx", "application/octet-stream",
					org.casekeep.kernel.testing.Documents.docx("Eva Marsh was asked for her SSN 123-45-6789.")))
			.param("kind", "NOTES").with(ResearchUsers.RESEARCHER.token()))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("NOTES"))
			.andExpect(jsonPath("$.findings[*].kind").value(org.hamcrest.Matchers.contains("PARTICIPANT_NAME", "SSN")));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart(SessionSteps.SESSIONS + "/{id}/transcripts", session)
			.file(new org.springframework.mock.web.MockMultipartFile("file", "notes.docx", "audio/mpeg",
					Recordings.mp3()))
			.param("kind", "NOTES").with(ResearchUsers.RESEARCHER.token()))
			.andExpect(status().isUnsupportedMediaType());
		assertThat(jdbc.sql("select count(*) from survey.transcript where session_id = ?::uuid").param(session)
			.query(Long.class).single()).isEqualTo(1);
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer:
		for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	/** Files that are not recordings. */
	static final class Documents {

		static byte[] notARecording() {
			return org.casekeep.kernel.testing.Documents.pdf("Interview notes");
		}
	}
}
