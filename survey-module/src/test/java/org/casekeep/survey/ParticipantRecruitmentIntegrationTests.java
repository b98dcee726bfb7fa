package org.casekeep.survey;

import java.util.List;
import java.util.UUID;

import org.casekeep.kernel.recruitment.RecruitmentCandidatesOffered;
import org.casekeep.kernel.recruitment.RecruitmentCandidatesOffered.Candidate;
import org.casekeep.kernel.recruitment.RecruitmentListRequested;
import org.casekeep.kernel.values.PostalAddress;
import org.casekeep.survey.studies.Gate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Participants and their contact details apart (Customer Research PIA overview "Recruiting Participants", 1.2, 2.2,
 * 3.1, 3.4) against the embedded PostgreSQL: stored sealed under the study's key, seen by the study's recruiters only
 * and audited when they are, imported with their source and Privacy Act Statement, and asked of the CRM only once every
 * gate is closed, its answer taken once.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
@Import(SettableClock.Config.class)
class ParticipantRecruitmentIntegrationTests extends ResearchIntegrationTest {

	@Test
	void contactDetailsAreStoredOnlyEncryptedUnderTheStudysKey() throws Exception {
		String study = api.publicStudy(false);
		String id = add(study, "Ana Lopez", "ana.lopez@example.org", "202-555-0143").andExpect(status().isCreated())
			.andExpect(jsonPath("$.email").value("ana.lopez@example.org"))
			.andReturn().getResponse().getContentAsString();
		String participant = JsonPath.read(id, "$.id");

		byte[] email = jdbc.sql("select email from survey.participant where id = ?::uuid").param(participant)
			.query(byte[].class).single();
		String everything = jdbc.sql("select concat_ws('|', encode(name, 'escape'), encode(email, 'escape'), "
				+ "encode(phone, 'escape'), encode(pseudonym, 'escape')) from survey.participant where id = ?::uuid")
			.param(participant).query(String.class).single();
		assertThat(new String(email, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("ana.lopez")
			.doesNotContain("example.org");
		assertThat(everything).doesNotContain("ana.lopez").doesNotContain("Lopez").doesNotContain("5550143");
		byte[] wrapped = jdbc.sql("select wrapped from survey.study_key where study_id = ?::uuid").param(study)
			.query(byte[].class).single();
		assertThat(wrapped).hasSizeGreaterThan(32 + 12);
	}

	@Test
	void onlyTheStudysRecruitersSeeContactDetailsAndEveryReadIsAudited() throws Exception {
		String study = api.publicStudy(false);
		add(study, "Ana Lopez", "ana.lopez@example.org", null).andExpect(status().isCreated());

		api.perform(get(ResearchApi.STUDIES + "/{id}/participants", study), ResearchUsers.RESEARCHER)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name").value("Ana Lopez"))
			.andExpect(jsonPath("$[0].email").value("ana.lopez@example.org"));
		assertThat(jdbc.sql("select fields from kernel.audit_entry where record_type = 'survey.participant' "
				+ "and action = 'READ' and actor = 'researcher' order by id desc limit 1").query(String.class).single())
			.contains("name").contains("email");

		// The Privacy Office approves the study but is no recruiter: refused, and the refusal audited.
		for (ResearchUsers other : List.of(ResearchUsers.APPROVER, ResearchUsers.USCIS_PRIVACY,
				ResearchUsers.ICE_RESEARCHER, ResearchUsers.CRM_USER)) {
			api.perform(get(ResearchApi.STUDIES + "/{id}/participants", study), other)
				.andExpect(status().isForbidden());
			add(study, "Ben Ortiz", "ben@example.org", null, other).andExpect(status().isForbidden());
		}
		assertThat(jdbc.sql("select count(*) from kernel.audit_entry where record_type = 'survey.participant' "
				+ "and action = 'ACCESS_DENIED' and actor = 'research-approver'").query(Long.class).single()).isPositive();
		assertThat(jdbc.sql("select count(*) from survey.participant where study_id = ?::uuid").param(study)
			.query(Long.class).single()).isOne();
	}

	@Test
	void anImportRecordsItsSourceSystemAndPrivacyActStatementAndRefusesABadRowWithoutStoringAny() throws Exception {
		String study = api.publicStudy(false);
		api.json(post(ResearchApi.STUDIES + "/{id}/imports", study), ResearchUsers.RESEARCHER, """
				{"sourceSystem":"USCIS ELIS","privacyActStatement":"Form I-485 PAS: contact for customer research",
				 "rows":[{"name":"Ana Lopez","email":"ana@example.org"},{"name":"Bo","email":"not-an-email"}]}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("rows[1].email"));
		assertThat(jdbc.sql("select count(*) from survey.participant where study_id = ?::uuid").param(study)
			.query(Long.class).single()).isZero();

		api.json(post(ResearchApi.STUDIES + "/{id}/imports", study), ResearchUsers.RESEARCHER, """
				{"sourceSystem":"USCIS ELIS","privacyActStatement":"Form I-485 PAS: contact for customer research",
				 "rows":[{"name":"Ana Lopez","email":"ana@example.org"},{"name":"Bo Chen","phone":"202-555-0100"}]}""")
			.andExpect(status().isCreated()).andExpect(jsonPath("$.added").value(2));
		assertThat(jdbc.sql("select source_system || ' / ' || privacy_act_statement from survey.participant_import "
				+ "where study_id = ?::uuid").param(study).query(String.class).single())
			.isEqualTo("USCIS ELIS / Form I-485 PAS: contact for customer research");
		assertThat(jdbc.sql("select count(*) from survey.participant where import_id is not null and source = 'IMPORT' "
				+ "and study_id = ?::uuid").param(study).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void theCrmIsNotAskedWhileAGateIsOpen(AssertablePublishedEvents events) throws Exception {
		String study = api.publicStudy(false);
		api.closeGatesExcept(study, Gate.INSTRUMENT_APPROVAL);

		api.json(post(ResearchApi.STUDIES + "/{id}/recruitment-requests", study), ResearchUsers.RESEARCHER, "{}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("INSTRUMENT_APPROVAL")));
		assertThat(events.ofType(RecruitmentListRequested.class)).isEmpty();
		assertThat(jdbc.sql("select count(*) from survey.recruitment_request where study_id = ?::uuid").param(study)
			.query(Long.class).single()).isZero();
	}

	@Test
	void theCrmsOfferIsStoredOnceHoweverOftenItIsDelivered(Scenario scenario, AssertablePublishedEvents events)
			throws Exception {
		String study = api.publicStudy(false);
		api.closeGatesExcept(study, null);
		String body = api.json(post(ResearchApi.STUDIES + "/{id}/recruitment-requests", study),
				ResearchUsers.RESEARCHER, "{\"state\":\"TX\"}").andExpect(status().isAccepted())
			.andReturn().getResponse().getContentAsString();
		UUID request = UUID.fromString(JsonPath.read(body, "$.id"));
		assertThat(events.ofType(RecruitmentListRequested.class)
			.matching(e -> e.requestId().equals(request) && "TX".equals(e.state())
					&& "USCIS".equals(e.requesterComponent()) && "researcher".equals(e.requestedBy())))
			.hasSize(1);

		RecruitmentCandidatesOffered offer = new RecruitmentCandidatesOffered(request, UUID.fromString(study),
				List.of(new Candidate("Ana", "Lopez", "+12025550143", "ana@example.org",
						new PostalAddress("1 Main St", null, "Austin", org.casekeep.kernel.values.UsState.of("TX"),
								"78701")),
						new Candidate("Bo", "Chen", null, "bo@example.org", null)), false, null);
		scenario.publish(offer).andWaitForStateChange(() -> answered(request));
		// Delivered again (at least once): the request is already answered, nobody is added twice.
		scenario.publish(offer).andWaitForStateChange(() -> jdbc.sql("select count(*) from public.event_publication "
				+ "where event_type like '%RecruitmentCandidatesOffered'").query(Long.class).single() == 0);

		assertThat(jdbc.sql("select count(*) from survey.participant where request_id = ?::uuid and source = 'CRM'")
			.param(request).query(Long.class).single()).isEqualTo(2);
		api.perform(get(ResearchApi.STUDIES + "/{id}/participants", study), ResearchUsers.RESEARCHER)
			.andExpect(jsonPath("$[?(@.name == 'Ana Lopez')].address").value("1 Main St, Austin, TX 78701"));
	}

	private Integer answered(UUID request) {
		return jdbc.sql("select added from survey.recruitment_request where id = ? and answered_at is not null")
			.param(request).query(Integer.class).optional().orElse(null);
	}

	private org.springframework.test.web.servlet.ResultActions add(String study, String name, String email,
			String phone) throws Exception {
		return add(study, name, email, phone, ResearchUsers.RESEARCHER);
	}

	static String contact(String name, String email, String phone) {
		return "{\"name\":\"%s\",\"email\":%s,\"phone\":%s}".formatted(name,
				email == null ? "null" : "\"" + email + "\"", phone == null ? "null" : "\"" + phone + "\"");
	}

	private org.springframework.test.web.servlet.ResultActions add(String study, String name, String email,
			String phone, ResearchUsers by) throws Exception {
		return api.json(post(ResearchApi.STUDIES + "/{id}/participants", study), by, contact(name, email, phone));
	}
}
