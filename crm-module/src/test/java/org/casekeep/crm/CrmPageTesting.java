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
}
