package org.casekeep.crm;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.casekeep.kernel.retention.RetentionSweeper;
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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The issues as reference data (CRM PIA 1.1, item 4) against the embedded PostgreSQL: CRM administrators add, rename
 * and retire them for the whole Department, every CRM user reads them, nothing new is filed under a retired one, and
 * a retirement deletes the stakeholders whose issues are all retired through the retention sweep with its
 * certificate (PIA 3.2). Each test adds its own issue, so the seeded five stay active for every other test.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class IssuesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RetentionSweeper sweeper;

	@Autowired
	JdbcClient jdbc;

	/** This test's own issue: its label and the code the CRM made of it. */
	String label;

	String code;

	@BeforeEach
	void aCrmAdministratorAddsAnIssue() throws Exception {
		String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		label = "Cyber resilience " + suffix;
		String body = mvc.perform(post("/api/crm/issues").with(CrmUsers.PSO_ADMIN.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"label\":\"%s\"}".formatted(label)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.active").value(true))
			.andReturn().getResponse().getContentAsString();
		code = JsonPath.read(body, "$.code");
		assertThat(code).isEqualTo("CYBER_RESILIENCE_" + suffix.toUpperCase());
	}

	@Test
	void everyCrmUserReadsTheIssuesButOnlyAdministratorsChangeThem() throws Exception {
		mvc.perform(get("/api/crm/issues").with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code").value(hasItem("IMMIGRATION")))
			.andExpect(jsonPath("$[*].label").value(hasItem(label)));
		mvc.perform(post("/api/crm/issues").with(CrmUsers.PSO_ANALYST.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"label\":\"Weather\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/crm/issues/{code}/retire", code).with(CrmUsers.ICE_LIAISON.token()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/crm/issues").with(CrmUsers.ESEC_CLERK.token()))
			.andExpect(status().isForbidden());
		// The issues are the Department's: another component's form offers the new one at once.
		mvc.perform(get("/crm/individuals/new").with(CrmUsers.ICE_LIAISON.token()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(label)));
	}

	@Test
	void aLabelIsRequiredAndUniqueAndARenameRelabelsOldRecords() throws Exception {
		mvc.perform(post("/api/crm/issues").with(CrmUsers.PSO_ADMIN.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"label\":\"%s\"}".formatted(label.toUpperCase())))
			.andExpect(status().is4xxClientError())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("label")));
		mvc.perform(post("/api/crm/issues").with(CrmUsers.PSO_ADMIN.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"label\":\"  \"}"))
			.andExpect(status().is4xxClientError())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("label")));
		String individual = individual(List.of(code.toLowerCase()));
		mvc.perform(put("/api/crm/issues/{code}", code).with(CrmUsers.PSO_ADMIN.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"label\":\"Renamed %s\"}".formatted(label)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value(code));
		mvc.perform(get("/crm/individuals/{id}", individual).with(CrmUsers.ICE_LIAISON.token()))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Renamed " + label)));
		assertThat(jdbc.sql("""
				select action || ' ' || fields || ' ' || coalesce(details, '-')
				from kernel.audit_entry where record_type = 'crm.issue' and record_id = ? order by id""")
			.param(code).query(String.class).list())
			.containsExactly("CREATE code,label,active -", "UPDATE label -");
	}

	@Test
	void retiringAnIssueDeletesTheStakeholdersWhoseOnlyIssueItWasThroughTheSweep() throws Exception {
		String only = individual(List.of(code));
		String also = individual(List.of(code, "IMMIGRATION"));
		String organization = JsonPath.read(mvc.perform(post("/api/crm/organizations").with(CrmUsers.ICE_LIAISON.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Retired Issue Council\",\"issues\":[\"%s\"]}".formatted(code)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");

		mvc.perform(post("/api/crm/issues/{code}/retire", code).with(CrmUsers.PSO_ADMIN.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.issue.active").value(false))
			.andExpect(jsonPath("$.stakeholdersDue").value(2));

		// Nothing new is filed under it, and the forms no longer offer it …
		mvc.perform(post("/api/crm/individuals").with(CrmUsers.ICE_LIAISON.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"firstName\":\"New\",\"lastName\":\"Filer\",\"issues\":[\"%s\"]}".formatted(code)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("issues")));
		mvc.perform(get("/crm/individuals/new").with(CrmUsers.ICE_LIAISON.token()))
			.andExpect(content().string(not(org.hamcrest.Matchers.containsString(label))));
		// … but a record that has it keeps it when corrected.
		mvc.perform(put("/api/crm/individuals/{id}", also).with(CrmUsers.ICE_LIAISON.token())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"firstName":"Also","lastName":"Kept","issues":["%s","IMMIGRATION"],"version":0}""".formatted(code)))
			.andExpect(status().isOk());

		sweeper.sweep(Instant.now());
		waitUntil(() -> !exists("crm.individual", only) && !exists("crm.organization", organization));

		assertThat(exists("crm.individual", also)).as("another active issue keeps the stakeholder").isTrue();
		assertThat(jdbc.sql("select record_type from kernel.destruction_log where record_id in (?, ?) order by record_type")
			.params(only, organization).query(String.class).list())
			.containsExactly("crm.individual", "crm.organization");
		assertThat(jdbc.sql("""
				select count(*) from kernel.audit_entry
				where record_type = 'crm.issue' and record_id = ? and action = 'UPDATE' and fields = 'active'""")
			.param(code).query(Long.class).single()).isOne();
	}

	private String individual(List<String> issues) throws Exception {
		String typed = String.join("\",\"", issues);
		return JsonPath.read(mvc.perform(post("/api/crm/individuals").with(CrmUsers.ICE_LIAISON.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"firstName\":\"Issue\",\"lastName\":\"Holder\",\"issues\":[\"%s\"]}".formatted(typed)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
	}

	private boolean exists(String table, String id) {
		return jdbc.sql("select count(*) from " + table + " where id = ?::uuid").param(id).query(Long.class).single() > 0;
	}

	private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(20));
		while (!condition.getAsBoolean()) {
			assertThat(Instant.now()).as("waited for the sweep's destroyers").isBefore(until);
			Thread.sleep(100);
		}
	}
}
