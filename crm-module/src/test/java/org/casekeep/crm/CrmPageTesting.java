package org.casekeep.crm;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;

import org.casekeep.kernel.testing.TestDatabase;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the tests of the CRM's pages share: page requests, their HTML, and counts behind the application's back. */
final class CrmPageTesting {

	private CrmPageTesting() {
	}

	/** A page request as the user (the platform's rules-of-behavior gate is the platform's to test). */
	static MockHttpServletRequestBuilder page(MockHttpServletRequestBuilder request, CrmUsers user) {
		return request.with(user.token());
	}

	/** The HTML of the page, after checking its status and that it is HTML. */
	static String html(MockMvc mvc, MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
		return mvc.perform(request)
			.andExpect(status().is(expectedStatus))
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** The whole start tag holding the attribute, so that assertions do not depend on the order of attributes. */
	static String tag(String html, String attribute) {
		int at = html.indexOf(attribute);
		assertThat(at).as("tag with " + attribute).isNotNegative();
		return html.substring(html.lastIndexOf('<', at), html.indexOf('>', at) + 1);
	}

	/** The result of a {@code select count(*)}, as the database superuser. */
	static long count(String sql) throws Exception {
		try (Connection db = TestDatabase.superuser(); ResultSet rs = db.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}
}
