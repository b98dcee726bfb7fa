package org.casekeep.crm;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * How the tests of the CRM's pages request a page; the HTML and its tags are read with the kernel's
 * {@link org.casekeep.kernel.testing.PageTesting}.
 */
final class CrmPageTesting {

	private CrmPageTesting() {
	}

	/** A page request as the user (the platform's rules-of-behavior gate is the platform's to test). */
	static MockHttpServletRequestBuilder page(MockHttpServletRequestBuilder request, CrmUsers user) {
		return request.with(user.token());
	}

	/** A family name no other test uses: names may hold letters only, so the random part is spelled in letters. */
	static String uniqueName(String prefix) {
		StringBuilder name = new StringBuilder(prefix);
		for (char c : java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
			name.append((char) ('a' + Character.digit(c, 16)));
		}
		return name.toString();
	}
}
