package org.casekeep.crm;


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
import static org.casekeep.crm.CrmPageTesting.uniqueName;
import static org.casekeep.kernel.testing.PageTesting.html;
import static org.casekeep.kernel.testing.PageTesting.tag;
import static org.casekeep.kernel.testing.TestDatabase.count;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The CRM's individual pages as users see them: search (full page and htmx fragment), the new-individual form with
 * its errors, PIA 4.1 masking on the detail page, and PIA 6.3 deletion on request.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class CrmPagesIntegrationTests {

	static final String MASK = "••••••";

	@Autowired
	MockMvc mvc;

	/** A last name no other test uses, so that searches find exactly this test's record. */
	String lastName;

	/** An individual owned by ice-liaison (ICE), with a cell phone restricted to ICE's contact viewers. */
	String id;

	@BeforeEach
	void iceLiaisonRecordsAStakeholder() throws Exception {
		lastName = uniqueName("Pageton");
		String body = mvc.perform(post("/api/crm/individuals").with(CrmUsers.ICE_LIAISON.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"firstName":"Rosa","lastName":"%s","title":"Emergency manager","workPhone":"(915) 555-0110",
						 "cellPhone":"915-555-0111","email":"rosa@example.org",
						 "address":{"street1":"1 Main St","city":"El Paso","state":"TX","zip":"79901"},
						 "issues":["IMMIGRATION"]}"""
					.formatted(lastName)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		id = JsonPath.read(body, "$.id");
	}

	@Test
	void theListFindsIndividualsByNameAndHtmxGetsOnlyTheResultsTable() throws Exception {
		String full = html(mvc, page(get("/crm/individuals").param("name", lastName), CrmUsers.PSO_ANALYST), 200);
		assertThat(full).contains("<h1>Individuals</h1>")
			.contains("Skip to main content")
			.contains("1 individual found")
			.contains("Rosa " + lastName)
			.contains("href=\"/crm/individuals/" + id + "\"")
			.as("the search box keeps what was typed").contains("value=\"" + lastName + "\"");

		String fragment = html(mvc, page(get("/crm/individuals").param("name", lastName), CrmUsers.PSO_ANALYST)
			.header("HX-Request", "true"), 200);
		assertThat(fragment).contains("class=\"casekeep-results\"")
			.contains("<table")
			.contains("Rosa " + lastName)
			.as("the live region is updated out of band").contains("hx-swap-oob=\"innerHTML\"")
			.doesNotContain("<html")
			.doesNotContain("<h1")
			.doesNotContain("Skip to main content")
			.doesNotContain("<form");

		String none = html(mvc, page(get("/crm/individuals").param("name", lastName + "-nobody"), CrmUsers.PSO_ANALYST)
			.header("HX-Request", "true"), 200);
		assertThat(none).contains("No individuals match your search").doesNotContain("<table");
	}

	@Test
	void aNewIndividualWithBadInputComesBackWithTheErrorNextToTheFieldAndCreatesNothing() throws Exception {
		long before = count("select count(*) from crm.individual");
		String html = html(mvc, page(post("/crm/individuals"), CrmUsers.PSO_OWNER).with(csrf())
			.param("firstName", "Sam")
			.param("lastName", "")
			.param("email", "not-an-email")
			.param("title", "Sheriff"), 422);
		assertThat(html).contains("There is a problem")
			.containsPattern("<a class=\"usa-link\" href=\"#lastName\">Last name is required</a>")
			.containsPattern("id=\"lastName-error\"[^>]*>Last name is required</span>")
			.contains("id=\"email-error\"")
			.doesNotContain("id=\"firstName-error\"")
			.as("what was typed is kept").contains("value=\"Sheriff\"");
		assertThat(tag(html, "id=\"lastName\"")).startsWith("<input")
			.contains("aria-describedby=\"lastName-error\"")
			.contains("aria-invalid=\"true\"");
		// The error is in the field's own form group, between its label and its input.
		int label = html.indexOf("for=\"lastName\"");
		int error = html.indexOf("id=\"lastName-error\"");
		int input = html.indexOf("id=\"lastName\"");
		assertThat(label).isPositive().isLessThan(error);
		assertThat(error).isLessThan(input);
		assertThat(count("select count(*) from crm.individual")).isEqualTo(before);
	}

	@Test
	void aValidNewIndividualRedirectsToItsDetailPage() throws Exception {
		String newLastName = uniqueName("Created");
		String location = mvc.perform(page(post("/crm/individuals"), CrmUsers.PSO_OWNER).with(csrf())
				.param("firstName", "Lee")
				.param("lastName", newLastName)
				.param("issues", "IMMIGRATION")
				.param("_issues", "on"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/crm/individuals/*"))
			.andExpect(flash().attribute("notice", "Individual added."))
			.andReturn().getResponse().getRedirectedUrl();
		String createdId = location.substring("/crm/individuals/".length());
		assertThat(count("select count(*) from crm.individual where id = '" + createdId + "' and last_name = '"
				+ newLastName + "' and owning_component = 'PSO'")).isEqualTo(1);
		assertThat(html(mvc, page(get(location), CrmUsers.PSO_OWNER), 200)).contains("Lee " + newLastName);
	}

	@Test
	void theDetailPageMasksAnotherComponentsCellPhoneAndShowsItToTheOwningComponent() throws Exception {
		String analyst = html(mvc, page(get("/crm/individuals/{id}", id), CrmUsers.PSO_ANALYST), 200);
		assertThat(analyst).contains("Restricted")
			.contains(MASK)
			.contains("+1 915-555-0110")
			.doesNotContain("555-0111")
			.doesNotContain("rosa@example.org");

		String liaison = html(mvc, page(get("/crm/individuals/{id}", id), CrmUsers.ICE_LIAISON), 200);
		assertThat(liaison).contains("+1 915-555-0111")
			.contains("rosa@example.org")
			.doesNotContain(MASK)
			.doesNotContain("casekeep-tag--restricted");
	}

	@Test
	void theDetailPageShowsTheWorkAddressAndTheEditFormHoldsItInTheNestedFields() throws Exception {
		String detail = html(mvc, page(get("/crm/individuals/{id}", id), CrmUsers.PSO_ANALYST), 200);
		assertThat(detail).contains("<h2>Work address</h2>").contains("1 Main St").contains("El Paso")
			.contains("79901");

		String form = html(mvc, page(get("/crm/individuals/{id}/edit", id), CrmUsers.ICE_LIAISON), 200);
		assertThat(tag(form, "id=\"address.street1\"")).startsWith("<input").contains("name=\"address.street1\"")
			.contains("value=\"1 Main St\"");
		assertThat(tag(form, "id=\"address.city\"")).contains("value=\"El Paso\"");
		assertThat(form).contains("for=\"address.zip\"").containsPattern("<option value=\"TX\" selected=\"selected\">");
	}

	@Test
	void aBadAddressTypedOnTheFormComesBackWithTheErrorNextToItsNestedField() throws Exception {
		long before = count("select count(*) from crm.individual");
		String html = html(mvc, page(post("/crm/individuals"), CrmUsers.PSO_OWNER).with(csrf())
			.param("firstName", "Sam")
			.param("lastName", "Addressless")
			.param("address.street1", "1 Main St")
			.param("address.city", "Austin")
			.param("address.state", "ZZ")
			.param("address.zip", "78701"), 422);
		assertThat(html).contains("href=\"#address.state\"")
			.contains("id=\"address.state-error\"")
			.doesNotContain("id=\"address.zip-error\"")
			.as("what was typed is kept").contains("value=\"1 Main St\"");
		assertThat(tag(html, "id=\"address.state\"")).startsWith("<select")
			.contains("aria-describedby=\"address.state-error\"");
		assertThat(count("select count(*) from crm.individual")).isEqualTo(before);
	}

	@Test
	void deletingWithoutAChannelRedirectsBackWithTheErrorAndDeletesNothing() throws Exception {
		mvc.perform(page(post("/crm/individuals/{id}/delete", id), CrmUsers.ICE_LIAISON).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/crm/individuals/" + id + "#delete"))
			.andExpect(flash().attribute("deleteError", "Choose how the person asked to be removed."));
		assertThat(count("select count(*) from crm.individual where id = '" + id + "'")).isEqualTo(1);

		String shown = html(mvc, page(get("/crm/individuals/{id}", id), CrmUsers.ICE_LIAISON)
			.flashAttr("deleteError", "Choose how the person asked to be removed."), 200);
		assertThat(shown)
			.containsPattern("id=\"channel-error\"[^>]*>Choose how the person asked to be removed.</span>")
			.contains("aria-describedby=\"channel-error\"");
	}

	@Test
	void theOwnerDeletesWithTheChannelOfTheRequest() throws Exception {
		String html = html(mvc, page(get("/crm/individuals/{id}", id), CrmUsers.ICE_LIAISON), 200);
		assertThat(html).contains("action=\"/crm/individuals/" + id + "/delete\"");
		mvc.perform(page(post("/crm/individuals/{id}/delete", id), CrmUsers.ICE_LIAISON).with(csrf())
				.param("channel", "EMAIL"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/crm/individuals"))
			.andExpect(flash().attribute("notice", "The individual was deleted completely."));
		assertThat(count("select count(*) from crm.individual where id = '" + id + "'")).isZero();
		assertThat(count("select count(*) from kernel.audit_entry where record_id = '" + id
				+ "' and action = 'DELETE' and details = 'request channel: EMAIL'")).isEqualTo(1);
	}

	@Test
	void aNonOwnerSeesNoDeleteFormAndAForgedDeleteGetsTheForbiddenPage() throws Exception {
		for (CrmUsers other : new CrmUsers[] { CrmUsers.PSO_OWNER, CrmUsers.PSO_ADMIN }) {
			mvc.perform(page(get("/crm/individuals/{id}", id), other))
				.andExpect(status().isOk())
				.andExpect(model().attribute("canDelete", false))
				.andExpect(content().string(org.hamcrest.Matchers.not(
						org.hamcrest.Matchers.containsString("/crm/individuals/" + id + "/delete"))));
			String refused = html(mvc, page(post("/crm/individuals/{id}/delete", id), other).with(csrf())
				.param("channel", "PHONE"), 403);
			assertThat(refused).as(other.name()).contains("<h1>No access</h1>");
		}
		assertThat(count("select count(*) from crm.individual where id = '" + id + "'")).isEqualTo(1);
	}
}
