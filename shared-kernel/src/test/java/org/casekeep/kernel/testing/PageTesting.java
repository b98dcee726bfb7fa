package org.casekeep.kernel.testing;

import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the tests of every module's pages share: a page's HTML and the tags in it. A module's page test signs its
 * request in ({@link SignedIn}); the platform's rules-of-behavior gate is the platform's to test.
 */
public final class PageTesting {

	private PageTesting() {
	}

	/** The HTML of the page, after checking its status and that it is HTML. */
	public static String html(MockMvc mvc, RequestBuilder request, int expectedStatus) throws Exception {
		return mvc.perform(request)
			.andExpect(status().is(expectedStatus))
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** The whole start tag holding the attribute, so that assertions do not depend on the order of attributes. */
	public static String tag(String html, String attribute) {
		int at = html.indexOf(attribute);
		assertThat(at).as("tag with " + attribute).isNotNegative();
		return html.substring(html.lastIndexOf('<', at), html.indexOf('>', at) + 1);
	}
}
