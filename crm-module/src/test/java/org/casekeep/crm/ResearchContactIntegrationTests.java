package org.casekeep.crm;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.casekeep.crm.individuals.ResearchCandidate;
import org.casekeep.crm.individuals.ResearchContacts;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.recruitment.RecruitmentCandidatesOffered;
import org.casekeep.kernel.recruitment.RecruitmentListRequested;
import org.casekeep.kernel.testing.TestDatabase;
import org.casekeep.kernel.validation.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.casekeep.crm.CrmPageTesting.page;
import static org.casekeep.crm.CrmPageTesting.uniqueName;
import static org.casekeep.kernel.testing.PageTesting.html;
import static org.casekeep.kernel.testing.PageTesting.tag;
import static org.casekeep.kernel.testing.TestDatabase.count;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Whether a person may be contacted for customer research is recorded with the notice it rests on, fails closed, and
 * decides who the CRM offers for recruitment (customer research PIA, "Recruiting Participants").
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class ResearchContactIntegrationTests {

	static final String MASK = "••••••";

	@Autowired
	MockMvc mvc;

	@Autowired
	ResearchContacts researchContacts;

	String token;

	@BeforeEach
	void aNameOnlyThisTestUses() {
		token = uniqueName("Recruit");
	}

	@Test
	void aPersonIsNotContactedForResearchUnlessTheirNoticeIsRecordedAsAllowingIt() throws Exception {
		String id = create("""
				{"firstName":"Nora","lastName":"%s"}""".formatted(token));
		mvc.perform(get("/api/crm/individuals/{id}", id).with(CrmUsers.ICE_LIAISON.token()))
			.andExpect(jsonPath("$.researchContactAllowed").value(false))
			.andExpect(jsonPath("$.researchNoticeGivenOn").doesNotExist());
		String detail = html(mvc, page(get("/crm/individuals/{id}", id), CrmUsers.PSO_ANALYST), 200);
		assertThat(detail).contains("Contact for customer research", "Not allowed");
	}

	@Test
	void allowingResearchContactNamesTheDayOfTheNoticeWhichIsNotInTheFuture() throws Exception {
		String id = create("""
				{"firstName":"Omar","lastName":"%s","researchContactAllowed":true,"researchNoticeGivenOn":"2026-10-01"}"""
			.formatted(token));
		mvc.perform(get("/api/crm/individuals/{id}", id).with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(jsonPath("$.researchContactAllowed").value(true))
			.andExpect(jsonPath("$.researchNoticeGivenOn").value("2026-10-01"));

		for (String refused : List.of("""
				{"firstName":"Pia","lastName":"%s","researchContactAllowed":true}""", """
				{"firstName":"Pia","lastName":"%s","researchContactAllowed":true,"researchNoticeGivenOn":"2999-01-01"}""",
				"""
				{"firstName":"Pia","lastName":"%s","researchContactAllowed":true,"researchNoticeGivenOn":"1 Oct"}""")) {
			mvc.perform(post("/api/crm/individuals").with(CrmUsers.ICE_LIAISON.token())
					.contentType(MediaType.APPLICATION_JSON).content(refused.formatted(token)))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("researchNoticeGivenOn"));
		}
		assertThat(count("select count(*) from crm.individual where last_name = '" + token + "'")).isEqualTo(1);
	}

	@Test
	void theDatabaseItselfRefusesAnAllowanceWithoutItsNotice() throws Exception {
		String id = create("""
				{"firstName":"Quin","lastName":"%s"}""".formatted(token));
		try (Connection db = TestDatabase.superuser()) {
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> db.createStatement().executeUpdate(
					"update crm.individual set research_contact_allowed = true where id = '" + id + "'"))
				.withMessageContaining("individual_research_notice_named");
		}
	}

	@Test
	void theFormRecordsTheAllowanceAndItsNoticeAndRefusesOneWithoutTheDay() throws Exception {
		String form = html(mvc, page(get("/crm/individuals/new"), CrmUsers.PSO_OWNER), 200);
		assertThat(tag(form, "id=\"researchContactAllowed\"")).doesNotContain("checked");
		assertThat(form).contains("must match the privacy notice", "Day that notice was given");

		String refused = html(mvc, page(post("/crm/individuals"), CrmUsers.PSO_OWNER).with(csrf())
			.param("firstName", "Rey").param("lastName", token)
			.param("researchContactAllowed", "true").param("_researchContactAllowed", "on"), 422);
		assertThat(refused).containsPattern("id=\"researchNoticeGivenOn-error\"[^>]*>Enter the day the person was "
				+ "given the notice that allows contact for research</span>");
		assertThat(count("select count(*) from crm.individual where last_name = '" + token + "'")).isZero();

		String location = mvc.perform(page(post("/crm/individuals"), CrmUsers.PSO_OWNER).with(csrf())
				.param("firstName", "Rey").param("lastName", token)
				.param("researchContactAllowed", "true").param("_researchContactAllowed", "on")
				.param("researchNoticeGivenOn", "2026-10-01"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		String detail = html(mvc, page(get(location), CrmUsers.PSO_ANALYST), 200);
		assertThat(detail).contains("Allowed by the notice given", "October 1, 2026");

		String edit = html(mvc, page(get(location + "/edit"), CrmUsers.PSO_OWNER), 200);
		assertThat(tag(edit, "id=\"researchContactAllowed\"")).contains("checked");
		assertThat(tag(edit, "id=\"researchNoticeGivenOn\"")).contains("value=\"2026-10-01\"");
	}

	@Test
	void recruitmentIsOfferedOnlyThoseWhoseNoticeAllowsItAndOnlyTheirContactDetails() throws Exception {
		String allowed = create("""
				{"firstName":"Sol","lastName":"%s","workPhone":"(915) 555-0110","cellPhone":"(915) 555-0111",
				 "email":"sol@example.org","notes":"Prefers mornings","interests":["op-eds"],
				 "address":{"street1":"1 Main St","city":"El Paso","state":"TX","zip":"79901"},
				 "issues":["IMMIGRATION"],"researchContactAllowed":true,"researchNoticeGivenOn":"2026-10-01"}"""
			.formatted(token));
		create("""
				{"firstName":"Tam","lastName":"%s","email":"tam@example.org",
				 "address":{"street1":"2 Main St","city":"El Paso","state":"TX","zip":"79901"},
				 "issues":["IMMIGRATION"]}""".formatted(token));

		List<ResearchCandidate> asOwner = mine(Actors.callAs(CrmUsers.ICE_LIAISON.actor(),
				() -> researchContacts.candidates("IMMIGRATION", "tx", "ice")));
		assertThat(asOwner).singleElement().satisfies(candidate -> {
			assertThat(candidate.firstName()).isEqualTo("Sol");
			assertThat(candidate.workPhone()).isEqualTo("+1 915-555-0110");
			assertThat(candidate.email()).isEqualTo("sol@example.org");
			assertThat(candidate.address().city()).isEqualTo("El Paso");
		});
		assertThat(Arrays.stream(ResearchCandidate.class.getRecordComponents()).map(c -> c.getName()))
			.as("name, phone, email and mailing address: nothing else leaves for recruitment")
			.containsExactly("firstName", "lastName", "workPhone", "email", "address");

		List<ResearchCandidate> asOtherComponent = mine(Actors.callAs(CrmUsers.PSO_ANALYST.actor(),
				() -> researchContacts.candidates(null, null, null)));
		assertThat(asOtherComponent).singleElement().satisfies(candidate ->
			assertThat(candidate.email()).as("email stays masked outside ICE's contact viewers (CRM PIA 4.1)")
				.isEqualTo(MASK));

		assertThat(mine(Actors.callAs(CrmUsers.ICE_LIAISON.actor(),
				() -> researchContacts.candidates("DISASTER_RESPONSE", null, null)))).isEmpty();
		assertThat(mine(Actors.callAs(CrmUsers.ICE_LIAISON.actor(),
				() -> researchContacts.candidates(null, null, "PSO")))).isEmpty();
		assertThat(count("select count(*) from kernel.audit_entry where record_id = '" + allowed
				+ "' and action = 'READ' and actor = 'pso-analyst'")).as("each offer is a read, audited").isPositive();
	}

	@Test
	void recruitmentCriteriaThatAreNotAStateOrComponentAreRefusedNamingThem() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> Actors.callAs(CrmUsers.ICE_LIAISON.actor(),
					() -> researchContacts.candidates(null, "Texas!", "I")))
			.satisfies(ex -> assertThat(ex.problems()).extracting(p -> p.field())
				.containsExactly("state", "component"));
	}

	@Test
	void aStudysRequestIsAnsweredWithOnlyTheContactDetailsOfThoseWhoseNoticeAllowsItEachOfferAudited(
			Scenario scenario) throws Exception {
		String allowed = create("""
				{"firstName":"Uma","lastName":"%s","workPhone":"(915) 555-0120","cellPhone":"(915) 555-0121",
				 "email":"uma@example.org","notes":"Prefers mornings",
				 "address":{"street1":"3 Main St","city":"El Paso","state":"TX","zip":"79901"},
				 "issues":["IMMIGRATION"],"researchContactAllowed":true,"researchNoticeGivenOn":"2026-10-01"}"""
			.formatted(token));
		create("""
				{"firstName":"Vic","lastName":"%s","email":"vic@example.org",
				 "address":{"street1":"4 Main St","city":"El Paso","state":"TX","zip":"79901"},
				 "issues":["IMMIGRATION"]}""".formatted(token));
		RecruitmentListRequested request = new RecruitmentListRequested(UUID.randomUUID(), UUID.randomUUID(),
				"researcher", "USCIS", "IMMIGRATION", "tx", "ice");

		scenario.publish(request).andWaitForEventOfType(RecruitmentCandidatesOffered.class)
			.matching(offered -> offered.requestId().equals(request.requestId()))
			.toArriveAndVerify(offered -> {
				assertThat(offered.refusal()).isNull();
				assertThat(offered.studyId()).isEqualTo(request.studyId());
				assertThat(offered.candidates().stream().filter(c -> c.lastName().equals(token)))
					.singleElement().satisfies(candidate -> {
						assertThat(candidate.firstName()).isEqualTo("Uma");
						assertThat(candidate.workPhone()).isEqualTo("+1 915-555-0120");
						assertThat(candidate.email()).as("released to the study, which keeps it apart")
							.isEqualTo("uma@example.org");
						assertThat(candidate.address().city()).isEqualTo("El Paso");
					});
			});
		assertThat(Arrays.stream(RecruitmentCandidatesOffered.Candidate.class.getRecordComponents())
			.map(c -> c.getName())).containsExactly("firstName", "lastName", "workPhone", "email", "address");
		assertThat(count("select count(*) from kernel.audit_entry where record_id = '" + allowed
				+ "' and action = 'EXPORT' and actor = 'system' and purpose = 'customer research recruitment'"
				+ " and fields = 'firstName,lastName,workPhone,email,address' and details like '%study "
				+ request.studyId() + "%requested by researcher (USCIS)'"))
			.as("the offer names the study and who asked").isOne();
	}

	@Test
	void aRequestWithACriterionThatIsNotAStateIsRefusedAndOffersNobody(Scenario scenario) {
		RecruitmentListRequested request = new RecruitmentListRequested(UUID.randomUUID(), UUID.randomUUID(),
				"researcher", "USCIS", null, "Texas!", null);
		scenario.publish(request).andWaitForEventOfType(RecruitmentCandidatesOffered.class)
			.matching(offered -> offered.requestId().equals(request.requestId()))
			.toArriveAndVerify(offered -> {
				assertThat(offered.candidates()).isEmpty();
				assertThat(offered.refusal()).startsWith("state: ");
			});
	}

	private List<ResearchCandidate> mine(List<ResearchCandidate> candidates) {
		return candidates.stream().filter(candidate -> candidate.lastName().equals(token)).toList();
	}

	private String create(String json) throws Exception {
		String body = mvc.perform(post("/api/crm/individuals").with(CrmUsers.ICE_LIAISON.token())
				.contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}
}
