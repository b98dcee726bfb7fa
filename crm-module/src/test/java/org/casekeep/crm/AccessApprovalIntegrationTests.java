package org.casekeep.crm;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casekeep.crm.administration.AccessApprovals;
import org.casekeep.crm.stakeholder.CrmAccessRules;
import org.casekeep.crm.stakeholder.CrmRoles;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.testing.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * CRM PIA 8.1: users "must be approved by their office administrator, who are in turn approved by the system owners
 * and/or administrators". A user with the CRM role sees no record until a CRM administrator of their component
 * approved them, and is told so; the approval and its revocation are audited.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class AccessApprovalIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccessApprovals approvals;

	@Autowired
	JdbcClient jdbc;

	/** A new CRM user of ICE, whom nobody approved yet. */
	Actor newcomer;

	/** ICE's office administrator, approved by the system owners. */
	Actor iceAdmin;

	/** An organization someone approved recorded, which the newcomer must not see. */
	String organization;

	@BeforeEach
	void aNewUserOfIceSignsInWithTheCrmRole() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		newcomer = new Actor("ice-newcomer-" + suffix, "ICE", Set.of(CrmRoles.USER, CrmRoles.CONTACT_VIEWER));
		iceAdmin = new Actor("ice-office-admin-" + suffix, "ICE", Set.of(CrmRoles.USER, CrmRoles.ADMIN));
		approvals.preApprove(List.of(iceAdmin));
		String body = mvc.perform(post("/api/crm/organizations").with(CrmUsers.ICE_LIAISON.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Gate Council\",\"issues\":[\"ONE_DHS\"]}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		organization = com.jayway.jsonpath.JsonPath.read(body, "$.id");
	}

	@Test
	void anUnapprovedUserIsRefusedEveryRecordAndToldWhy() throws Exception {
		mvc.perform(get("/api/crm/individuals").with(SignedIn.as(newcomer)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(CrmAccessRules.AWAITING_APPROVAL));
		mvc.perform(get("/api/crm/organizations/{id}", organization).with(SignedIn.as(newcomer)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(CrmAccessRules.AWAITING_APPROVAL));
		mvc.perform(post("/api/crm/organizations").with(SignedIn.as(newcomer)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Not Yet Council\",\"issues\":[\"ONE_DHS\"]}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/crm/organizations").with(SignedIn.as(newcomer)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("awaits approval by your office")));
		// Refusals are audited like any other.
		assertThat(jdbc.sql("select count(*) from kernel.audit_entry where actor = ? and action = 'ACCESS_DENIED'")
			.param(newcomer.username()).query(Long.class).single()).isGreaterThanOrEqualTo(4);
	}

	@Test
	void theUserAwaitsTheApprovalOfTheirOwnOfficeAndSeesRecordsOnceApproved() throws Exception {
		mvc.perform(get("/api/crm/individuals").with(SignedIn.as(newcomer))).andExpect(status().isForbidden());

		mvc.perform(get("/api/crm/access-approvals").with(SignedIn.as(iceAdmin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.username == '" + newcomer.username() + "')].status").value(hasItem("PENDING")));
		mvc.perform(get("/api/crm/access-approvals").with(CrmUsers.PSO_ADMIN.token()))
			.andExpect(jsonPath("$[*].username").value(not(hasItem(newcomer.username()))));
		mvc.perform(post("/api/crm/access-approvals/{u}/approve", newcomer.username()).with(CrmUsers.PSO_ADMIN.token()))
			.andExpect(status().isForbidden());

		mvc.perform(post("/api/crm/access-approvals/{u}/approve", newcomer.username()).with(SignedIn.as(iceAdmin)))
			.andExpect(status().isNoContent());

		mvc.perform(get("/api/crm/organizations/{id}", organization).with(SignedIn.as(newcomer)))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("""
				select actor || ' ' || fields || ' ' || details from kernel.audit_entry
				where action = 'UPDATE' and record_type = 'crm.access-approval' and record_id = ?""")
			.param(newcomer.username()).query(String.class).list())
			.containsExactly(iceAdmin.username() + " status approved");
	}

	@Test
	void aRevokedUserIsRefusedAgainFromTheNextRequest() throws Exception {
		mvc.perform(get("/api/crm/individuals").with(SignedIn.as(newcomer))).andExpect(status().isForbidden());
		mvc.perform(post("/crm/admin/access").with(SignedIn.as(iceAdmin)).with(csrf())
				.param("username", newcomer.username()).param("decision", "approve"))
			.andExpect(status().isSeeOther())
			.andExpect(flash().attribute("notice", "Access approved for " + newcomer.username() + "."));
		mvc.perform(get("/api/crm/individuals").with(SignedIn.as(newcomer))).andExpect(status().isOk());

		mvc.perform(post("/crm/admin/access").with(SignedIn.as(iceAdmin)).with(csrf())
				.param("username", newcomer.username()).param("decision", "revoke"))
			.andExpect(status().isSeeOther());

		mvc.perform(get("/api/crm/individuals").with(SignedIn.as(newcomer)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(CrmAccessRules.AWAITING_APPROVAL));
		assertThat(jdbc.sql("""
				select details from kernel.audit_entry
				where action = 'UPDATE' and record_type = 'crm.access-approval' and record_id = ? order by id""")
			.param(newcomer.username()).query(String.class).list()).containsExactly("approved", "revoked");
	}

	@Test
	void officeAdministratorsAreApprovedByAPlatformAdministratorNotByEachOther() throws Exception {
		Actor newAdmin = new Actor(newcomer.username(), "ICE", Set.of(CrmRoles.USER, CrmRoles.ADMIN));
		mvc.perform(get("/api/crm/individuals").with(SignedIn.as(newAdmin))).andExpect(status().isForbidden());
		// An unapproved administrator administers nothing either.
		mvc.perform(get("/api/crm/access-approvals").with(SignedIn.as(newAdmin)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(CrmAccessRules.AWAITING_APPROVAL));

		mvc.perform(post("/api/crm/access-approvals/{u}/approve", newAdmin.username()).with(SignedIn.as(iceAdmin)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/crm/access-approvals/{u}/approve", newAdmin.username())
				.with(SignedIn.as("platform-admin", "OCIO", "platform_admin")))
			.andExpect(status().isNoContent());

		mvc.perform(get("/api/crm/individuals").with(SignedIn.as(newAdmin))).andExpect(status().isOk());
	}

	@Test
	void anApprovedUserWhoGainsTheAdministratorRoleAwaitsApprovalAsAnAdministrator() throws Exception {
		mvc.perform(get("/api/crm/individuals").with(SignedIn.as(newcomer))).andExpect(status().isForbidden());
		approvals.preApprove(List.of(newcomer));
		mvc.perform(get("/api/crm/individuals").with(SignedIn.as(newcomer))).andExpect(status().isOk());

		Actor promoted = new Actor(newcomer.username(), "ICE", Set.of(CrmRoles.USER, CrmRoles.ADMIN));
		mvc.perform(get("/api/crm/individuals").with(SignedIn.as(promoted))).andExpect(status().isForbidden());
		// Moved to another component, approval for ICE does not open PSO's CRM either.
		Actor moved = new Actor(newcomer.username(), "PSO", Set.of(CrmRoles.USER));
		mvc.perform(get("/api/crm/individuals").with(SignedIn.as(moved))).andExpect(status().isForbidden());
	}

	@Test
	void theApprovalsPageListsTheOfficesUsersWithTheirStatus() throws Exception {
		mvc.perform(get("/api/crm/individuals").with(SignedIn.as(newcomer))).andExpect(status().isForbidden());
		mvc.perform(get("/crm/admin/access").with(SignedIn.as(iceAdmin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(newcomer.username())))
			.andExpect(content().string(containsString("Awaiting approval")));
		mvc.perform(get("/crm/admin/access").with(CrmUsers.ICE_LIAISON.token()))
			.andExpect(status().isForbidden());
	}
}
