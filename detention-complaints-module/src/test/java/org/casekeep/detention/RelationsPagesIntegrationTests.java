package org.casekeep.detention;

import java.util.Set;
import java.util.UUID;

import org.casekeep.detention.complaint.OidoRoles;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.testing.PageTesting;
import org.casekeep.kernel.testing.SignedIn;
import org.casekeep.kernel.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The external relations and sharing pages as OIDO staff use them (PIA 2.1-2.3, 6.4, 8.1): a stakeholder without its
 * source is shown again with 422 and the message, one added is listed with labels; an engagement's page; intake staff
 * get the 403 page; the complaint's sharing page shows the accounting and the approval buttons only to another
 * supervisor than the requester.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class RelationsPagesIntegrationTests {

	static final Actor OTHER_MANAGER = new Actor("oido-manager-3", OidoRoles.COMPONENT, Set.of(OidoRoles.MANAGER));

	@Autowired
	MockMvc mvc;

	@Test
	void anAnalystAddsAStakeholderOnThePageAndRecordsAnEngagementWithIt() throws Exception {
		String name = "Page Coalition " + UUID.randomUUID().toString().substring(0, 8);
		String refused = PageTesting.html(mvc, post("/detention/relations/stakeholders").with(OidoUsers.ANALYST.token())
				.with(csrf()).param("kind", "ORGANIZATION").param("name", name).param("sourceKind", "PUBLIC_WEBSITE"), 422);
		assertThat(refused).contains("Source detail is required").contains("href=\"#sourceDetail\"");
		assertThat(TestDatabase.count("select count(*) from detention.stakeholder where name = '" + name + "'")).isZero();

		MvcResult added = mvc.perform(post("/detention/relations/stakeholders").with(OidoUsers.ANALYST.token()).with(csrf())
				.param("kind", "ORGANIZATION").param("name", name).param("sourceKind", "PUBLIC_WEBSITE")
				.param("sourceDetail", "https://example.org").param("areasOfInterest", "LANGUAGE_ACCESS"))
			.andExpect(status().isSeeOther()).andReturn();
		String location = added.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/detention/relations/stakeholders/").doesNotContain("Coalition");
		String page = PageTesting.html(mvc, get(location).with(OidoUsers.ANALYST.token()), 200);
		assertThat(page).contains(name).contains("Organization&#39;s public website").contains("Language access");
		assertThat(PageTesting.html(mvc, get("/detention/relations").with(OidoUsers.MANAGER.token()), 200))
			.contains(name).contains("Add a stakeholder");

		String stakeholderId = location.substring(location.lastIndexOf('/') + 1);
		MvcResult recorded = mvc.perform(post("/detention/relations/engagements").with(OidoUsers.ANALYST.token())
				.with(csrf()).param("name", "Page briefing").param("type", "BRIEFING").param("startsOn", "2026-11-02")
				.param("participants", stakeholderId).param("areas", "LANGUAGE_ACCESS").param("staff", "oido-analyst"))
			.andExpect(status().isSeeOther()).andReturn();
		String engagement = PageTesting.html(mvc, get(recorded.getResponse().getRedirectedUrl())
			.with(OidoUsers.ANALYST.token()), 200);
		assertThat(engagement).contains("Page briefing").contains("Briefing").contains(name).contains("Mark held")
			.contains("Language access");
	}

	@Test
	void intakeStaffGetTheForbiddenPage() throws Exception {
		mvc.perform(get("/detention/relations").with(OidoUsers.INTAKE.token())).andExpect(status().isForbidden());
		mvc.perform(get("/detention/relations/engagements").with(OidoUsers.ICE_WITH_OIDO_ROLE.token()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theSharingPageShowsTheAccountingAndOffersApprovalOnlyToAnotherSupervisor() throws Exception {
		String complaint = ComplaintRequests.file(mvc, ComplaintRequests.full("Page Share", "A916000001", "1984-09-09", "x"));
		String refused = PageTesting.html(mvc, post("/detention/complaints/{id}/disclosures", complaint)
				.with(OidoUsers.MANAGER.token()).with(csrf()).param("recipientKind", "JUSTICE"), 422);
		assertThat(refused).contains("Choose the records to share");
		mvc.perform(post("/detention/complaints/{id}/disclosures", complaint).with(OidoUsers.MANAGER.token()).with(csrf())
				.param("recipientKind", "JUSTICE").param("recipient", "EOIR").param("purpose", "Immigration relief")
				.param("routineUse", "DHS/ALL-020 routine use G").param("includeComplaint", "true"))
			.andExpect(status().isSeeOther());
		String mine = PageTesting.html(mvc, get("/detention/complaints/{id}/disclosures", complaint)
			.with(OidoUsers.MANAGER.token()), 200);
		assertThat(mine).contains("Department of Justice: EOIR").contains("Awaiting approval")
			.contains("Another supervisor approves it").doesNotContain(">Approve<");
		String theirs = PageTesting.html(mvc, get("/detention/complaints/{id}/disclosures", complaint)
			.with(OidoUsers.trained(OTHER_MANAGER)), 200);
		assertThat(theirs).contains(">Approve<").contains(">Refuse<");
		String analyst = PageTesting.html(mvc, get("/detention/complaints/{id}/disclosures", complaint)
			.with(OidoUsers.ANALYST.token()), 200);
		assertThat(analyst).as("an analyst prepares a sharing for a supervisor to approve (PIA 6.3), and reads only "
				+ "their own requests' text").contains("name=\"recipientKind\"").doesNotContain("EOIR")
			.contains("Department of Justice")
			.contains("Not released");
	}
}
