package org.casekeep.crm;

import java.util.List;
import java.util.UUID;

import org.casekeep.crm.administration.AccessApprovals;
import org.casekeep.crm.stakeholder.CrmRoles;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.notify.Notifier;
import org.casekeep.kernel.testing.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * When a user leaves, their office's CRM administrator moves the records they own to another user of the component
 * (CRM PIA 8.1: office administrators manage their office's users): every record or the ones named, to a user of the
 * same component who has signed in, each move audited with the field and no value.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class OwnershipTransferIntegrationTests {

	static final Actor ICE_ADMIN = new Actor("ice-admin", "ICE", java.util.Set.of(CrmRoles.USER, CrmRoles.ADMIN));

	@Autowired
	MockMvc mvc;

	@Autowired
	Notifier notifier;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccessApprovals approvals;

	/** A PSO user who is leaving, with a name no other test uses. */
	Actor leaver;

	String person;
	String otherPerson;
	String organization;

	@BeforeEach
	void aPsoUserWhoLeavesOwnsRecords() throws Exception {
		leaver = new Actor("pso-leaver-" + UUID.randomUUID().toString().substring(0, 8), "PSO",
				java.util.Set.of(CrmRoles.USER));
		approvals.preApprove(List.of(leaver, ICE_ADMIN));
		person = create("/api/crm/individuals", """
				{"firstName":"Lee","lastName":"Moving","issues":["ONE_DHS"]}""");
		otherPerson = create("/api/crm/individuals", """
				{"firstName":"Kim","lastName":"Moving","issues":["ONE_DHS"]}""");
		organization = create("/api/crm/organizations", """
				{"name":"Moving Council","issues":["ONE_DHS"]}""");
		// Both have signed in to Casekeep once (the platform remembers every sign-in).
		notifier.remember(CrmUsers.PSO_ANALYST.actor(), null);
		notifier.remember(CrmUsers.ICE_LIAISON.actor(), null);
	}

	@Test
	void anAdministratorMovesEveryRecordTheLeaverOwnsAndEachMoveIsAuditedWithoutValues() throws Exception {
		mvc.perform(transfer(CrmUsers.PSO_ADMIN, leaver.username(), "pso-analyst", ""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.transferred").value(3))
			.andExpect(jsonPath("$.to").value("pso-analyst"));

		for (String id : List.of(person, otherPerson)) {
			mvc.perform(get("/api/crm/individuals/{id}", id).with(CrmUsers.PSO_ANALYST.token()))
				.andExpect(jsonPath("$.ownerUsername").value("pso-analyst"));
		}
		mvc.perform(get("/api/crm/organizations/{id}", organization).with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(jsonPath("$.ownerUsername").value("pso-analyst"));
		assertThat(jdbc.sql("""
				select record_id || ' ' || fields || ' ' || coalesce(details, '-') || ' ' || actor from kernel.audit_entry
				where action = 'UPDATE' and record_id in (?, ?, ?) order by record_id""")
			.params(person, otherPerson, organization).query(String.class).list())
			.containsExactlyInAnyOrder(person + " ownerUsername - pso-admin", otherPerson + " ownerUsername - pso-admin",
					organization + " ownerUsername - pso-admin");
	}

	@Test
	void onlyTheRecordsNamedMove() throws Exception {
		mvc.perform(transfer(CrmUsers.PSO_ADMIN, leaver.username(), "pso-analyst",
				"\"records\":[{\"recordType\":\"crm.individual\",\"recordId\":\"" + person + "\"}]"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.transferred").value(1))
			.andExpect(jsonPath("$.records[0].recordId").value(person));

		mvc.perform(get("/api/crm/individuals/{id}", otherPerson).with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(jsonPath("$.ownerUsername").value(leaver.username()));
	}

	@Test
	void recordsGoOnlyToAUserOfTheSameComponentWhoHasSignedIn() throws Exception {
		mvc.perform(transfer(CrmUsers.PSO_ADMIN, leaver.username(), "pso-nobody", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("to"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("user of PSO")));
		mvc.perform(transfer(CrmUsers.PSO_ADMIN, leaver.username(), "ice-liaison", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		mvc.perform(transfer(CrmUsers.PSO_ADMIN, leaver.username(), "pso-analyst",
				"\"records\":[{\"recordType\":\"crm.individual\",\"recordId\":\"" + UUID.randomUUID() + "\"}]"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("records"));

		mvc.perform(get("/api/crm/individuals/{id}", person).with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(jsonPath("$.ownerUsername").value(leaver.username()));
	}

	@Test
	void onlyAnAdministratorOfTheComponentMovesRecords() throws Exception {
		mvc.perform(transfer(CrmUsers.PSO_OWNER, leaver.username(), "pso-analyst", ""))
			.andExpect(status().isForbidden());
		// An administrator of ICE finds none of PSO's records to move.
		mvc.perform(post("/api/crm/ownership-transfers").with(SignedIn.as(ICE_ADMIN)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"from\":\"" + leaver.username() + "\",\"to\":\"ice-liaison\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.transferred").value(0));

		mvc.perform(get("/api/crm/individuals/{id}", person).with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(jsonPath("$.ownerUsername").value(leaver.username()));
	}

	@Test
	void theAdministrationPageMovesTheRecordsAndSaysHowMany() throws Exception {
		mvc.perform(get("/crm/admin/ownership").with(CrmUsers.PSO_ADMIN.token()))
			.andExpect(status().isOk());
		mvc.perform(post("/crm/admin/ownership").with(CrmUsers.PSO_ADMIN.token()).with(csrf())
				.param("from", leaver.username()).param("to", "pso-analyst"))
			.andExpect(status().isSeeOther())
			.andExpect(flash().attribute("notice", "3 records moved from " + leaver.username() + " to pso-analyst."));
		mvc.perform(post("/crm/admin/ownership").with(CrmUsers.PSO_ADMIN.token()).with(csrf())
				.param("from", leaver.username()).param("to", ""))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(get("/crm/admin/ownership").with(CrmUsers.PSO_OWNER.token()))
			.andExpect(status().isForbidden());
	}

	private String create(String path, String json) throws Exception {
		String body = mvc.perform(post(path).with(SignedIn.as(leaver)).contentType(MediaType.APPLICATION_JSON)
				.content(json))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder transfer(CrmUsers admin,
			String from, String to, String records) {
		String extra = records.isEmpty() ? "" : "," + records;
		return post("/api/crm/ownership-transfers").with(admin.token()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"from\":\"" + from + "\",\"to\":\"" + to + "\"" + extra + "}");
	}
}
