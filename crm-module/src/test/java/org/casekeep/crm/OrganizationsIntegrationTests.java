package org.casekeep.crm;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.UUID;

import org.casekeep.kernel.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casekeep.crm.CrmPageTesting.page;
import static org.casekeep.kernel.testing.PageTesting.html;
import static org.casekeep.kernel.testing.PageTesting.tag;
import static org.casekeep.kernel.testing.TestDatabase.count;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The CRM's organizations over the API and on their pages, against the embedded PostgreSQL, as the demo users: the
 * address as one nested value, the office phone stored as its E.164 number, reads released through the guard and
 * audited like individuals' (an organization may be a sole proprietor's).
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class OrganizationsIntegrationTests {

	@Autowired
	MockMvc mvc;

	/** A name no other test uses, so that searches find exactly this test's record. */
	String name;

	/** An organization owned by ice-liaison (ICE). */
	String id;

	@BeforeEach
	void iceLiaisonRecordsAnOrganization() throws Exception {
		name = "Rio Grande Chamber " + UUID.randomUUID().toString().substring(0, 8);
		String body = mvc.perform(post("/api/crm/organizations").with(CrmUsers.ICE_LIAISON.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name":"%s","officePhone":"(915) 555-0100 x12",
						 "address":{"street1":" 1 Main  St ","city":"El Paso","state":"texas","zip":"799011234"},
						 "issues":["IMMIGRATION"],"dhsGroups":["Southwest Border Task Force"]}""".formatted(name)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		id = JsonPath.read(body, "$.id");
	}

	@Test
	void theAddressIsOneNormalisedValueAndThePhoneIsShownAsBefore() throws Exception {
		mvc.perform(get("/api/crm/organizations/{id}", id).with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.address.street1").value("1 Main St"))
			.andExpect(jsonPath("$.address.street2").doesNotExist())
			.andExpect(jsonPath("$.address.city").value("El Paso"))
			.andExpect(jsonPath("$.address.state").value("TX"))
			.andExpect(jsonPath("$.address.zip").value("79901-1234"))
			.andExpect(jsonPath("$.officePhone").value("+1 915-555-0100 ext. 12"))
			.andExpect(jsonPath("$.maskedFields").isEmpty());
		try (Connection db = TestDatabase.superuser(); ResultSet rs = db.createStatement().executeQuery("""
				select street1, city, state, zip, office_phone_e164, office_phone_extension from crm.organization
				where id = '%s'""".formatted(id))) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString("street1")).isEqualTo("1 Main St");
			assertThat(rs.getString("state")).isEqualTo("TX");
			assertThat(rs.getString("zip")).isEqualTo("79901-1234");
			assertThat(rs.getString("office_phone_e164")).isEqualTo("+19155550100");
			assertThat(rs.getString("office_phone_extension")).isEqualTo("12");
		}
	}

	@Test
	void readsAndSearchesAreAuditedWithTheFieldsRevealed() throws Exception {
		mvc.perform(get("/api/crm/organizations/{id}", id).with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(status().isOk());
		assertThat(lastRead("pso-analyst")).isEqualTo("name,address,officePhone|DHS outreach");

		mvc.perform(get("/api/crm/organizations").param("name", name).param("state", "tx")
				.with(CrmUsers.PSO_OWNER.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(id));
		assertThat(lastRead("pso-owner")).isEqualTo("name,address,officePhone|DHS outreach");
	}

	@Test
	void aBadAddressIsRefusedWith422NamingTheNestedFieldAndNothingIsWritten() throws Exception {
		long before = count("select count(*) from crm.organization");
		mvc.perform(post("/api/crm/organizations").with(CrmUsers.ICE_LIAISON.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name":"Nowhere Inc","officePhone":"12",
						 "address":{"street1":"1 Main St","city":"Austin","state":"TX","zip":"7870"}}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
					"officePhone", "address.zip")));
		assertThat(count("select count(*) from crm.organization")).isEqualTo(before);
	}

	@Test
	void removingTheAddressClearsItsColumnsAndIsAuditedAsOneField() throws Exception {
		mvc.perform(put("/api/crm/organizations/{id}", id).with(CrmUsers.PSO_ANALYST.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name":"%s","officePhone":"(915) 555-0100 x12","address":{"street1":" ","city":""},
						 "issues":["IMMIGRATION"],"dhsGroups":["Southwest Border Task Force"],"version":0}"""
					.formatted(name)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.address").doesNotExist());
		assertThat(count("select count(*) from crm.organization where id = '" + id
				+ "' and street1 is null and city is null and state is null and zip is null")).isEqualTo(1);
		assertThat(count("select count(*) from kernel.audit_entry where record_id = '" + id
				+ "' and action = 'UPDATE' and fields = 'address'")).isEqualTo(1);
	}

	@Test
	void theListFindsOrganizationsByNameAndHtmxGetsOnlyTheResultsTable() throws Exception {
		String full = html(mvc, page(get("/crm/organizations").param("name", name), CrmUsers.PSO_ANALYST), 200);
		assertThat(full).contains("<h1>Organizations</h1>")
			.contains("1 organization found")
			.contains("href=\"/crm/organizations/" + id + "\"")
			.contains("<td data-label=\"City\">El Paso</td>")
			.contains("<td data-label=\"State\">TX</td>")
			.contains("<td data-label=\"Issues\">Immigration</td>")
			.as("the search box keeps what was typed").contains("value=\"" + name + "\"");

		String fragment = html(mvc, page(get("/crm/organizations").param("name", name), CrmUsers.PSO_ANALYST)
			.header("HX-Request", "true"), 200);
		assertThat(fragment).contains("class=\"casekeep-results\"")
			.contains(name)
			.contains("id=\"organization-search-status\"")
			.doesNotContain("<h1")
			.doesNotContain("<form");

		String none = html(mvc, page(get("/crm/organizations").param("name", name + " nobody"), CrmUsers.PSO_ANALYST)
			.header("HX-Request", "true"), 200);
		assertThat(none).contains("No organizations match your search").doesNotContain("<table");
	}

	@Test
	void theDetailPageShowsTheAddressAndPhoneAndTheEditFormHoldsThemInTheNestedFields() throws Exception {
		String detail = html(mvc, page(get("/crm/organizations/{id}", id), CrmUsers.PSO_ANALYST), 200);
		assertThat(detail).contains("<h1>" + name + "</h1>")
			.contains("+1 915-555-0100 ext. 12")
			.contains("1 Main St")
			.contains("79901-1234")
			.contains("Southwest Border Task Force")
			.doesNotContain("casekeep-tag--restricted");

		String form = html(mvc, page(get("/crm/organizations/{id}/edit", id), CrmUsers.PSO_ANALYST), 200);
		assertThat(tag(form, "id=\"address.street1\"")).contains("name=\"address.street1\"")
			.contains("value=\"1 Main St\"");
		assertThat(tag(form, "id=\"address.zip\"")).contains("value=\"79901-1234\"");
		assertThat(form).containsPattern("<option value=\"TX\" selected=\"selected\">");
	}

	@Test
	void aNewOrganizationWithABadZipCodeComesBackWithTheErrorNextToTheAddressField() throws Exception {
		long before = count("select count(*) from crm.organization");
		String html = html(mvc, page(post("/crm/organizations"), CrmUsers.PSO_OWNER).with(csrf())
			.param("name", "Mesa Growers")
			.param("address.street1", "9 Orchard Rd")
			.param("address.city", "Mesa")
			.param("address.state", "AZ")
			.param("address.zip", "852"), 422);
		assertThat(html).contains("There is a problem")
			.contains("href=\"#address.zip\"")
			.containsPattern("id=\"address.zip-error\"[^>]*>ZIP code [^<]*852[^<]* must be 5 digits or ZIP\\+4 \\(12345-6789\\)</span>")
			.as("what was typed is kept").contains("value=\"9 Orchard Rd\"");
		assertThat(tag(html, "id=\"address.zip\"")).startsWith("<input")
			.contains("aria-describedby=\"address.zip-error\"")
			.contains("aria-invalid=\"true\"");
		int label = html.indexOf("for=\"address.zip\"");
		int error = html.indexOf("id=\"address.zip-error\"");
		int input = html.indexOf("id=\"address.zip\"");
		assertThat(label).isPositive().isLessThan(error);
		assertThat(error).isLessThan(input);
		assertThat(count("select count(*) from crm.organization")).isEqualTo(before);
	}

	@Test
	void aValidNewOrganizationRedirectsToItsDetailPageWithItsAddressStored() throws Exception {
		String newName = "Mesa Growers " + UUID.randomUUID().toString().substring(0, 8);
		String location = mvc.perform(page(post("/crm/organizations"), CrmUsers.PSO_OWNER).with(csrf())
				.param("name", newName)
				.param("officePhone", "480-555-0199")
				.param("address.street1", "9 Orchard Rd")
				.param("address.city", "Mesa")
				.param("address.state", "AZ")
				.param("address.zip", "85201")
				.param("issues", "ONE_DHS")
				.param("_issues", "on"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/crm/organizations/*"))
			.andExpect(flash().attribute("notice", "Organization added."))
			.andReturn().getResponse().getRedirectedUrl();
		String createdId = location.substring("/crm/organizations/".length());
		assertThat(count("select count(*) from crm.organization where id = '" + createdId + "' and street1 = '9 Orchard Rd'"
				+ " and city = 'Mesa' and state = 'AZ' and zip = '85201' and office_phone_e164 = '+14805550199'"
				+ " and office_phone_extension is null and owning_component = 'PSO'")).isEqualTo(1);
	}

	/** The fields and purpose of the user's last read of this organization. */
	private String lastRead(String username) throws Exception {
		try (Connection db = TestDatabase.superuser(); ResultSet rs = db.createStatement().executeQuery("""
				select fields, purpose from kernel.audit_entry
				where record_type = 'crm.organization' and record_id = '%s' and action = 'READ' and actor = '%s'
				order by id desc limit 1""".formatted(id, username))) {
			assertThat(rs.next()).as("a read audited for " + username).isTrue();
			return rs.getString("fields") + "|" + rs.getString("purpose");
		}
	}
}
