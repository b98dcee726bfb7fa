package org.casekeep.crm;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.casekeep.kernel.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The CRM individuals API against the embedded PostgreSQL, as the demo users: PIA 4.1 masking, PIA 6.3 deletion,
 * audit of every access, bad input and concurrent edits.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class IndividualsApiIntegrationTests {

	static final String MASK = "••••••";

	@Autowired
	MockMvc mvc;

	String id;

	@BeforeEach
	void iceLiaisonRecordsAStakeholder() throws Exception {
		MvcResult created = mvc.perform(post("/api/crm/individuals").with(CrmUsers.ICE_LIAISON.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"salutation":"Ms.","firstName":"Dana","lastName":"Whitfield","title":"Director",
						 "organizationName":"Rio Grande Chamber","workPhone":"(915) 555-0110","cellPhone":"915-555-0111",
						 "email":"Dana.Whitfield@Example.org",
						 "address":{"street1":"1 Main St","city":"El Paso","state":"tx","zip":"79901"},
						 "issues":["IMMIGRATION","SECURE_BORDERS"],"interests":["op-eds"],
						 "notes":"Met at the border conference"}"""))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andReturn();
		id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
	}

	@Test
	void ownerComponentContactViewerSeesCellPhoneAndEmailNormalised() throws Exception {
		mvc.perform(get("/api/crm/individuals/{id}", id).with(CrmUsers.ICE_LIAISON.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cellPhone").value("+1 915-555-0111"))
			.andExpect(jsonPath("$.email").value("Dana.Whitfield@example.org"))
			.andExpect(jsonPath("$.address.state").value("TX"))
			.andExpect(jsonPath("$.maskedFields").isEmpty());
	}

	@Test
	void phonesAreStoredAsTheirE164NumberWithTheExtensionApartAndShownAsTyped() throws Exception {
		String body = mvc.perform(post("/api/crm/individuals").with(CrmUsers.ICE_LIAISON.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"firstName":"Eli","lastName":"Extension","workPhone":"(202) 555-0143 x12"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.workPhone").value("+1 202-555-0143 ext. 12"))
			.andExpect(jsonPath("$.cellPhone").doesNotExist())
			.andExpect(jsonPath("$.address").doesNotExist())
			.andReturn().getResponse().getContentAsString();
		String created = JsonPath.read(body, "$.id");
		try (Connection db = TestDatabase.superuser(); ResultSet rs = db.createStatement().executeQuery("""
				select work_phone_e164, work_phone_extension, cell_phone_e164, street1 from crm.individual
				where id = '%s'""".formatted(created))) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString("work_phone_e164")).isEqualTo("+12025550143");
			assertThat(rs.getString("work_phone_extension")).isEqualTo("12");
			assertThat(rs.getString("cell_phone_e164")).isNull();
			assertThat(rs.getString("street1")).isNull();
		}
		try (Connection db = TestDatabase.superuser(); ResultSet rs = db.createStatement().executeQuery("""
				select cell_phone_e164, cell_phone_extension, street1, city, state, zip from crm.individual
				where id = '%s'""".formatted(id))) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString("cell_phone_e164")).isEqualTo("+19155550111");
			assertThat(rs.getString("cell_phone_extension")).isNull();
			assertThat(rs.getString("state")).as("the USPS code, as before").isEqualTo("TX");
			assertThat(rs.getString("zip")).isEqualTo("79901");
		}
	}

	@Test
	void userOfAnotherComponentSeesTheRecordWithCellPhoneAndEmailMasked() throws Exception {
		mvc.perform(get("/api/crm/individuals/{id}", id).with(CrmUsers.PSO_OWNER.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lastName").value("Whitfield"))
			.andExpect(jsonPath("$.workPhone").value("+1 915-555-0110"))
			.andExpect(jsonPath("$.cellPhone").value(MASK))
			.andExpect(jsonPath("$.email").value(MASK))
			.andExpect(jsonPath("$.maskedFields.length()").value(2))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("555-0111"))));
	}

	@Test
	void readIsAuditedWithTheFieldsRevealedAndThoseMasked() throws Exception {
		mvc.perform(get("/api/crm/individuals/{id}", id).with(CrmUsers.PSO_ANALYST.token())).andExpect(status().isOk());
		try (Connection db = TestDatabase.superuser();
				ResultSet rs = db.createStatement().executeQuery("""
						select actor, actor_component, fields, purpose, details from kernel.audit_entry
						where record_type = 'crm.individual' and record_id = '%s' and action = 'READ'
						order by id desc limit 1""".formatted(id))) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString("actor")).isEqualTo("pso-analyst");
			assertThat(rs.getString("actor_component")).isEqualTo("PSO");
			assertThat(rs.getString("fields")).contains("lastName").doesNotContain("cellPhone").doesNotContain("email");
			assertThat(rs.getString("purpose")).isEqualTo("DHS outreach");
			assertThat(rs.getString("details")).isEqualTo("masked: cellPhone,email");
		}
	}

	@Test
	void searchFindsByNameIssueAndStateAndMasksNothingBecauseResultsHoldNoRestrictedField() throws Exception {
		mvc.perform(get("/api/crm/individuals").param("name", "whitf").param("issue", "IMMIGRATION").param("state", "TX")
				.with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '%s')]".formatted(id)).exists());
		mvc.perform(get("/api/crm/individuals").param("name", "whitf").param("issue", "DISASTER_RESPONSE")
				.with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '%s')]".formatted(id)).doesNotExist());
	}

	@Test
	void usersWithoutACrmRoleAreRefusedAndTheRefusalIsAudited() throws Exception {
		mvc.perform(get("/api/crm/individuals/{id}", id).with(CrmUsers.ESEC_CLERK.token()))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(auditActions("esec-clerk")).contains("ACCESS_DENIED");
	}

	@Test
	void onlyTheOwnerOrACrmAdminOfTheOwningComponentMayDelete() throws Exception {
		mvc.perform(delete("/api/crm/individuals/{id}", id).param("channel", "PHONE").with(CrmUsers.PSO_ADMIN.token()))
			.andExpect(status().isForbidden());
		mvc.perform(delete("/api/crm/individuals/{id}", id).param("channel", "PHONE").with(CrmUsers.PSO_OWNER.token()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/crm/individuals/{id}", id).with(CrmUsers.ICE_LIAISON.token())).andExpect(status().isOk());
	}

	@Test
	void deletionIsCompleteRecordsTheChannelAndLeavesNoPiiInTheAuditTrail() throws Exception {
		mvc.perform(delete("/api/crm/individuals/{id}", id).param("channel", "LETTER").with(CrmUsers.ICE_LIAISON.token()))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/crm/individuals/{id}", id).with(CrmUsers.ICE_LIAISON.token()))
			.andExpect(status().isNotFound());
		try (Connection db = TestDatabase.superuser()) {
			ResultSet row = db.createStatement().executeQuery("select count(*) from crm.individual where id = '" + id + "'");
			row.next();
			assertThat(row.getInt(1)).isZero();
			ResultSet tracked = db.createStatement().executeQuery(
					"select count(*) from kernel.retention_record where record_id = '" + id + "'");
			tracked.next();
			assertThat(tracked.getInt(1)).isZero();
			ResultSet audit = db.createStatement().executeQuery("""
					select string_agg(concat_ws('|', action, fields, purpose, details), ' ') from kernel.audit_entry
					where record_id = '%s'""".formatted(id));
			audit.next();
			String trail = audit.getString(1);
			assertThat(trail).contains("DELETE||do-not-contact request|request channel: LETTER");
			assertThat(trail).doesNotContain("Whitfield").doesNotContain("555-0111").doesNotContain("example.org");
		}
	}

	@Test
	void deletionWithoutTheRequestChannelIsRefusedNamingTheParameter() throws Exception {
		mvc.perform(delete("/api/crm/individuals/{id}", id).with(CrmUsers.ICE_LIAISON.token()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("channel")));
	}

	@Test
	void invalidInputIsRefusedWith422NamingEveryFieldAndNothingIsWritten() throws Exception {
		long before = count("crm.individual");
		mvc.perform(post("/api/crm/individuals").with(CrmUsers.ICE_LIAISON.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"firstName":"","lastName":"Doe","cellPhone":"12","email":"not-an-email",
						 "address":{"street1":"1 Main St","city":"Austin","state":"ZZ","zip":"7870"}}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("firstName", "cellPhone", "email", "address.state")));
		assertThat(count("crm.individual")).isEqualTo(before);
	}

	@Test
	void anIssueThatIsNotOneOfTheCatalogsIsRefusedNamingTheField() throws Exception {
		mvc.perform(post("/api/crm/individuals").with(CrmUsers.ICE_LIAISON.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"firstName\":\"A\",\"lastName\":\"B\",\"issues\":[\"WEATHER\"]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("issues")));
	}

	@Test
	void aStaleEditIsRefusedWithAConflictAndTheNewerChangeSurvives() throws Exception {
		String body = """
				{"firstName":"Dana","lastName":"%s","version":0}""";
		mvc.perform(put("/api/crm/individuals/{id}", id).with(CrmUsers.ICE_LIAISON.token())
				.contentType(MediaType.APPLICATION_JSON).content(body.formatted("Whitfield-Lopez")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(put("/api/crm/individuals/{id}", id).with(CrmUsers.PSO_ANALYST.token())
				.contentType(MediaType.APPLICATION_JSON).content(body.formatted("Stale")))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/crm/individuals/{id}", id).with(CrmUsers.ICE_LIAISON.token()))
			.andExpect(jsonPath("$.lastName").value("Whitfield-Lopez"));
	}

	@Test
	void aUserWhoCannotSeeTheCellPhoneCannotOverwriteItWithTheMask() throws Exception {
		mvc.perform(put("/api/crm/individuals/{id}", id).with(CrmUsers.PSO_ANALYST.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"firstName":"Dana","lastName":"Whitfield","cellPhone":"%s","email":"%s","version":0}"""
					.formatted(MASK, MASK)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/crm/individuals/{id}", id).with(CrmUsers.ICE_LIAISON.token()))
			.andExpect(jsonPath("$.cellPhone").value("+1 915-555-0111"))
			.andExpect(jsonPath("$.email").value("Dana.Whitfield@example.org"));
	}

	@Test
	void notesThatRecordReligionOrAnSsnAreSavedWithAWarning() throws Exception {
		mvc.perform(post("/api/crm/individuals").with(CrmUsers.ICE_LIAISON.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"firstName":"Sam","lastName":"Notes","notes":"He is Muslim. SSN 123-45-6789 on file."}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.warnings.length()").value(2))
			.andExpect(jsonPath("$.warnings[0]").value(org.hamcrest.Matchers.containsString("religion")))
			.andExpect(jsonPath("$.warnings[1]").value(org.hamcrest.Matchers.containsString("Social Security number")))
			.andExpect(jsonPath("$.warnings[1]").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("6789"))));
	}

	@Test
	void updatesAreAuditedWithTheChangedFieldNamesOnly() throws Exception {
		mvc.perform(put("/api/crm/individuals/{id}", id).with(CrmUsers.ICE_LIAISON.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"salutation":"Ms.","firstName":"Dana","lastName":"Whitfield","title":"Director",
						 "organizationName":"Rio Grande Chamber","workPhone":"(915) 555-0110","cellPhone":"915-555-0199",
						 "email":"Dana.Whitfield@Example.org",
						 "address":{"street1":"1 Main St","city":"El Paso","state":"tx","zip":"79901"},
						 "issues":["IMMIGRATION","SECURE_BORDERS"],"interests":["op-eds"],
						 "notes":"Met at the border conference","version":0}"""))
			.andExpect(status().isOk());
		try (Connection db = TestDatabase.superuser();
				ResultSet rs = db.createStatement().executeQuery("""
						select fields from kernel.audit_entry where record_id = '%s' and action = 'UPDATE'""".formatted(id))) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString(1)).isEqualTo("cellPhone");
		}
	}

	@Test
	void onlyCrmAdministratorsExportAndOtherComponentsContactDetailsStayMaskedInTheFile() throws Exception {
		mvc.perform(get("/api/crm/individuals/export").with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(status().isForbidden());
		String csv = mvc.perform(get("/api/crm/individuals/export").with(CrmUsers.PSO_ADMIN.token()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String line = csv.lines().filter(l -> l.startsWith(id)).findFirst().orElseThrow();
		assertThat(line).contains("Whitfield").contains(MASK).doesNotContain("555-0111").doesNotContain("example.org");
		try (Connection db = TestDatabase.superuser(); ResultSet rs = db.createStatement().executeQuery("""
				select actor, purpose from kernel.audit_entry where record_id = '%s' and action = 'EXPORT'""".formatted(id))) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString(1)).isEqualTo("pso-admin");
		}
	}

	@Test
	void aFormulaTypedAsOneOfSeveralInterestsReachesTheExportAsText() throws Exception {
		String created = mvc.perform(post("/api/crm/individuals").with(CrmUsers.ICE_LIAISON.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"firstName":"Lee","lastName":"Formulae","issues":["IMMIGRATION"],
						 "interests":["op-eds","=HYPERLINK(\\"http://evil.example\\")"]}"""))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String formulaId = JsonPath.read(created, "$.id");
		String csv = mvc.perform(get("/api/crm/individuals/export").with(CrmUsers.PSO_ADMIN.token()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String line = csv.lines().filter(l -> l.startsWith(formulaId)).findFirst().orElseThrow();
		assertThat(line).contains("op-eds;'=HYPERLINK").doesNotContain(";=HYPERLINK").doesNotContain(",=");
	}

	private static long count(String table) throws Exception {
		try (Connection db = TestDatabase.superuser(); ResultSet rs = db.createStatement().executeQuery("select count(*) from " + table)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static List<String> auditActions(String username) throws Exception {
		List<String> actions = new ArrayList<>();
		try (Connection db = TestDatabase.superuser(); ResultSet rs = db.createStatement()
			.executeQuery("select action from kernel.audit_entry where actor = '" + username + "' order by id desc limit 20")) {
			while (rs.next()) {
				actions.add(rs.getString(1));
			}
		}
		return actions;
	}
}
