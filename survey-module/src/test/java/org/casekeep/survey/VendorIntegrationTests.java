package org.casekeep.survey;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.casekeep.kernel.testing.Documents;
import org.casekeep.survey.studies.Gate;
import org.casekeep.survey.vendors.VendorReturnReminders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.test.ApplicationModuleTest;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A study's vendor (Customer Research PIA 5.2, 6.2-6.5) against the embedded PostgreSQL: its contract recorded with
 * the date the vendor must return or destroy the data, closed by the vendor's certificate, shown as overdue once the
 * date passed, reminded of once before and once after; and contact data shared with the vendor accounted for
 * participant by participant under Routine Use F of DHS/ALL-002, only by the study's recruiters, only with every gate
 * closed and a contract recorded, handed over as a CSV in which no cell is a formula.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
@Import(SettableClock.Config.class)
class VendorIntegrationTests extends ResearchIntegrationTest {

	static final String CONTRACT = ResearchApi.STUDIES + "/{id}/vendor/contract";
	static final String DISCLOSURES = ResearchApi.STUDIES + "/{id}/vendor/disclosures";

	@Autowired
	VendorReturnReminders reminders;

	@Test
	void aContractIsRecordedWithWhatTheVendorReceivesAndTheCertificateClosesIt() throws Exception {
		String study = api.publicStudy(true);
		api.json(post(CONTRACT, study), ResearchUsers.RESEARCHER, "{\"vendorName\":\" \",\"data\":[\"GOSSIP\"]}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("vendorName",
					"contractNumber", "data", "returnBy")));
		assertThat(count("select count(*) from survey.vendor_contract where study_id = ?::uuid", study)).isZero();

		String recorded = contract(study, "[\"CONTACT_DATA\",\"ANSWERS\"]", TODAY.plusMonths(3).toString())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("AWAITING_RETURN"))
			.andExpect(jsonPath("$.data[*]").value(org.hamcrest.Matchers.contains("CONTACT_DATA", "ANSWERS")))
			.andExpect(jsonPath("$.returnBy").value(TODAY.plusMonths(3).toString()))
			.andReturn().getResponse().getContentAsString();
		int version = JsonPath.read(recorded, "$.version");
		contract(study, "[\"ANSWERS\"]", TODAY.toString()).andExpect(status().isConflict());

		// Optimistic locking: a revision on a version read before another one is refused.
		revise(study, version).andExpect(status().isOk());
		revise(study, version).andExpect(status().isConflict());
		int current = version + 1;

		// A certificate names its date, who certified, and its reference or its document.
		certificate(study, "{\"outcome\":\"DESTROYED\",\"certifiedOn\":\"%s\",\"certifiedBy\":\"Dana Reyes\",\"version\":%d}"
			.formatted(TODAY, current)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reference"));
		certificate(study, "{\"outcome\":\"DESTROYED\",\"certifiedOn\":\"%s\",\"certifiedBy\":\"Dana Reyes\",\"version\":%d}"
			.formatted(TODAY.plusDays(1), current)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("certifiedOn"));
		byte[] pdf = Documents.pdf("Certificate of destruction: all data of the study was destroyed.");
		mvc.perform(multipart(CONTRACT + "/certificate", study).with(ResearchUsers.RESEARCHER.token())
			.file(new MockMultipartFile("file", "certificate.pdf", "application/pdf", pdf))
			.param("outcome", "DESTROYED").param("certifiedOn", TODAY.toString()).param("certifiedBy", "Dana Reyes")
			.param("version", String.valueOf(current)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("DESTROYED"))
			.andExpect(jsonPath("$.certifiedBy").value("Dana Reyes"))
			.andExpect(jsonPath("$.certificateDocument").value(true))
			.andExpect(jsonPath("$.certificateRecordedBy").value("researcher"))
			.andExpect(jsonPath("$.overdue").value(false));
		assertThat(api.perform(get(CONTRACT + "/certificate", study), ResearchUsers.USCIS_PRIVACY)
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()).isEqualTo(pdf);

		// Closed: neither revised nor certified again.
		revise(study, current + 1).andExpect(status().isConflict());
		certificate(study, "{\"outcome\":\"RETURNED\",\"certifiedOn\":\"%s\",\"certifiedBy\":\"Dana Reyes\",\"reference\":\"C-1\",\"version\":%d}"
			.formatted(TODAY, current + 1)).andExpect(status().isConflict());
		// Another unit's researcher sees nothing of it.
		api.perform(get(CONTRACT, study), ResearchUsers.ICE_RESEARCHER).andExpect(status().isForbidden());
	}

	@Test
	void anOverdueContractIsShownOnTheStudyPageAndToTheComponentPrivacyOffice() throws Exception {
		String study = api.publicStudy(true);
		contract(study, "[\"ANSWERS\"]", TODAY.plusDays(3).toString()).andExpect(status().isCreated());
		api.perform(get("/research/studies/{id}", study), ResearchUsers.RESEARCHER)
			.andExpect(content().string(not(containsString("id=\"study-notices\""))));

		clock.setToday(TODAY.plusDays(4));
		api.perform(get(CONTRACT, study), ResearchUsers.RESEARCHER).andExpect(jsonPath("$.overdue").value(true));
		api.perform(get("/research/studies/{id}", study), ResearchUsers.RESEARCHER)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"study-notices\"")))
			.andExpect(content().string(containsString("data by " + TODAY.plusDays(3))));
		api.perform(get("/api/research/vendor-contracts/overdue"), ResearchUsers.USCIS_PRIVACY)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.studyId == '" + study + "')].daysOverdue").value(1));
		api.perform(get("/research/vendor-contracts"), ResearchUsers.USCIS_PRIVACY)
			.andExpect(status().isOk()).andExpect(content().string(containsString("SurveyCo Inc.")));
		api.perform(get("/api/research/vendor-contracts/overdue"), ResearchUsers.ICE_PRIVACY)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.studyId == '" + study + "')]").isEmpty());
		api.perform(get("/research/studies/{id}/vendor", study), ResearchUsers.USCIS_PRIVACY)
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"overdue\"")));

		// The certificate closes it: no longer overdue anywhere.
		certificate(study, "{\"outcome\":\"RETURNED\",\"certifiedOn\":\"%s\",\"certifiedBy\":\"Dana Reyes\",\"reference\":\"RET-77\",\"version\":0}"
			.formatted(TODAY.plusDays(4))).andExpect(status().isOk());
		api.perform(get("/api/research/vendor-contracts/overdue"), ResearchUsers.USCIS_PRIVACY)
			.andExpect(jsonPath("$[?(@.studyId == '" + study + "')]").isEmpty());
	}

	@Test
	void theStudyTeamIsRemindedOnceFourteenDaysBeforeAndOnceWhenTheDatePasses() throws Exception {
		String study = api.publicStudy(true);
		String id = JsonPath.read(contract(study, "[\"ANSWERS\"]", TODAY.plusDays(20).toString())
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		reminders.sendDue();
		assertThat(reminded(id)).isZero();

		clock.setToday(TODAY.plusDays(6));
		reminders.sendDue();
		reminders.sendDue();
		assertThat(reminded(id)).isOne();
		clock.setToday(TODAY.plusDays(10));
		reminders.sendDue();
		assertThat(reminded(id)).isOne();

		clock.setToday(TODAY.plusDays(21));
		reminders.sendDue();
		reminders.sendDue();
		assertThat(reminded(id)).isEqualTo(2);
		assertThat(jdbc.sql("select string_agg(recipient || ': ' || subject, ' | ' order by created_at) from "
				+ "kernel.notification where dedup_key like ?").param("survey-vendor-return:" + id + "%")
			.query(String.class).single())
			.isEqualTo("researcher: A vendor's data is due for return or destruction | researcher: A vendor's data "
					+ "is overdue for return or destruction");
	}

	@Test
	void sharingContactDataIsAccountedForEachParticipantUnderRoutineUseFAndHandedOverOnceApproved()
			throws Exception {
		String study = api.publicStudy(true);
		api.closeGatesExcept(study, null);
		String ana = participant(study, "Ana Lopez", "ana.vendor@example.org");
		String bo = participant(study, "=HYPERLINK(\\\"http://evil.example\\\",\\\"x\\\")", "bo.vendor@example.org");
		contract(study, "[\"CONTACT_DATA\"]", TODAY.plusMonths(6).toString()).andExpect(status().isCreated());

		api.json(post(DISCLOSURES, study), ResearchUsers.RESEARCHER, "{\"fields\":[\"EMAIL\",\"SHOE_SIZE\"]}")
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("fields"));
		String body = api.json(post(DISCLOSURES, study), ResearchUsers.RESEARCHER, "{\"fields\":[\"NAME\",\"EMAIL\"]}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("AWAITING_APPROVAL"))
			.andExpect(jsonPath("$.authority").value(containsString("Routine Use F")))
			.andExpect(jsonPath("$.participants").value(2))
			.andReturn().getResponse().getContentAsString();
		String disclosure = JsonPath.read(body, "$.disclosureId");

		assertThat(jdbc.sql("select authority from kernel.disclosure where id = ?::uuid").param(disclosure)
			.query(String.class).single()).isEqualTo("DHS/ALL-002 Mailing and Other Lists System, Routine Use F");
		assertThat(jdbc.sql("select record_type || ' ' || record_id || ' ' || subject_id || ' ' || owning_component "
				+ "from kernel.disclosure_item where disclosure_id = ?::uuid order by record_id").param(disclosure)
			.query(String.class).list())
			.containsExactlyInAnyOrder("survey.participant " + ana + " " + ana + " USCIS",
					"survey.participant " + bo + " " + bo + " USCIS");

		// Nothing goes before the component privacy office approves; the recruiter may not approve it.
		api.perform(post(DISCLOSURES + "/{d}/file", study, disclosure), ResearchUsers.RESEARCHER)
			.andExpect(status().isConflict());
		api.perform(post(DISCLOSURES + "/{d}/approval", study, disclosure), ResearchUsers.RESEARCHER)
			.andExpect(status().isForbidden());
		api.perform(post(DISCLOSURES + "/{d}/approval", study, disclosure), ResearchUsers.USCIS_PRIVACY)
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));

		String csv = new String(api.perform(post(DISCLOSURES + "/{d}/file", study, disclosure), ResearchUsers.RESEARCHER)
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv).contains("Ana Lopez,ana.vendor@example.org").contains("Routine Use F")
			.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"")
			.contains("bo.vendor@example.org").doesNotContain(",=HYPERLINK").doesNotContain("\n=");
		// Every contact detail in the file was an audited read, with its purpose, and the hand-over an export.
		assertThat(jdbc.sql("select record_id || ' ' || fields from kernel.audit_entry where action = 'READ' "
				+ "and record_type = 'survey.participant' and purpose like '%routine use F%' and record_id in (?, ?)")
			.params(ana, bo).query(String.class).list()).containsExactlyInAnyOrder(ana + " name,email", bo + " name,email");
		assertThat(count("select count(*) from kernel.audit_entry where action = 'EXPORT' and record_type = "
				+ "'survey.vendor-contract' and details like ?", "%" + disclosure)).isOne();
		// Once: another file is another sharing.
		api.perform(post(DISCLOSURES + "/{d}/file", study, disclosure), ResearchUsers.RESEARCHER)
			.andExpect(status().isConflict());
		api.perform(get(DISCLOSURES, study), ResearchUsers.USCIS_PRIVACY).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].exportedBy").value("researcher"));
	}

	@Test
	void sharingIsRefusedWithoutAContractWithAGateOpenAndForAnyoneButTheStudysRecruiters() throws Exception {
		String open = api.publicStudy(true);
		api.closeGatesExcept(open, Gate.INSTRUMENT_APPROVAL);
		participant(open, "Cy Park", "cy.vendor@example.org");
		contract(open, "[\"CONTACT_DATA\"]", TODAY.plusMonths(6).toString()).andExpect(status().isCreated());
		api.json(post(DISCLOSURES, open), ResearchUsers.RESEARCHER, "{}")
			.andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("INSTRUMENT_APPROVAL")));

		String study = api.publicStudy(true);
		api.closeGatesExcept(study, null);
		participant(study, "Di Wu", "di.vendor@example.org");
		api.json(post(DISCLOSURES, study), ResearchUsers.RESEARCHER, "{}")
			.andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("vendor contract")));

		contract(study, "[\"ANSWERS\"]", TODAY.plusMonths(6).toString()).andExpect(status().isCreated());
		api.json(post(DISCLOSURES, study), ResearchUsers.RESEARCHER, "{}")
			.andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("contact data")));
		api.json(put(CONTRACT, study), ResearchUsers.RESEARCHER, """
				{"vendorName":"SurveyCo Inc.","contractNumber":"70RSAT27C0001","data":["CONTACT_DATA"],
				 "returnBy":"%s","version":0}""".formatted(TODAY.plusMonths(6))).andExpect(status().isOk());
		for (ResearchUsers other : List.of(ResearchUsers.USCIS_PRIVACY, ResearchUsers.APPROVER,
				ResearchUsers.ICE_RESEARCHER, ResearchUsers.CRM_USER)) {
			api.json(post(DISCLOSURES, study), other, "{}").andExpect(status().isForbidden());
		}
		assertThat(count("select count(*) from survey.vendor_disclosure where study_id in (?::uuid, ?::uuid)", open,
				study)).isZero();
		assertThat(count("select count(*) from kernel.audit_entry where action = 'ACCESS_DENIED' and actor = "
				+ "'uscis-privacy' and record_type like 'survey.%'")).isPositive();

		api.json(post(DISCLOSURES, study), ResearchUsers.RESEARCHER, "{\"participantIds\":[\"not-a-participant\"]}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("participantIds"));
		api.json(post(DISCLOSURES, study), ResearchUsers.RESEARCHER, "{}").andExpect(status().isCreated());
	}

	private org.springframework.test.web.servlet.ResultActions contract(String study, String data, String returnBy)
			throws Exception {
		return api.json(post(CONTRACT, study), ResearchUsers.RESEARCHER, """
				{"vendorName":"SurveyCo Inc.","contractNumber":"70RSAT27C0001","data":%s,"returnBy":"%s"}"""
			.formatted(data, returnBy));
	}

	private org.springframework.test.web.servlet.ResultActions revise(String study, int version) throws Exception {
		return api.json(put(CONTRACT, study), ResearchUsers.RESEARCHER, """
				{"vendorName":"SurveyCo Inc.","contractNumber":"70RSAT27C0002","data":["CONTACT_DATA","ANSWERS"],
				 "returnBy":"%s","version":%d}""".formatted(TODAY.plusMonths(4), version));
	}

	private org.springframework.test.web.servlet.ResultActions certificate(String study, String body) throws Exception {
		return api.json(post(CONTRACT + "/certificate", study), ResearchUsers.RESEARCHER, body);
	}

	private String participant(String study, String name, String email) throws Exception {
		return JsonPath.read(api.json(post(ResearchApi.STUDIES + "/{id}/participants", study), ResearchUsers.RESEARCHER,
				"{\"name\":\"%s\",\"email\":\"%s\"}".formatted(name, email)).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
	}

	private long reminded(String contract) {
		return count("select count(*) from kernel.notification where dedup_key like ?",
				"survey-vendor-return:" + contract + "%");
	}

	private long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}
}
