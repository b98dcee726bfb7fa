package org.casekeep.platform.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.view.RedirectView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of behavior gate (CRM PIA 2.4) without a Spring context: the continue-target sanitising, the interceptor
 * and the controller.
 */
class RulesOfBehaviorTest {

	@AfterEach
	void clearSecurityContext() {
		SecurityContextHolder.clearContext();
	}

	@Nested
	class ContinueTarget {

		@ParameterizedTest
		@ValueSource(strings = { "/", "/crm", "/crm?x=1", "/crm/individuals?name=Doe&state=VA",
				"/crm/individuals/7d0c2a4e-1111-4a4a-9999-000000000001", "/privacy/audit?from=2026-01-01#results",
				"/crm/individuals?name=O%27Brien", "/a/.b/c..d" })
		void keepsSameSiteRelativePaths(String candidate) {
			assertThat(RulesOfBehavior.safeContinueTarget(candidate)).isEqualTo(candidate);
		}

		@ParameterizedTest
		@NullAndEmptySource
		@ValueSource(strings = { "//evil.com", "//evil.com/crm", "///evil.com", "/\\evil.com", "/\\/evil.com",
				"\\\\evil.com", "https://x", "https://evil.com/crm", "http:/evil.com", "javascript:alert(1)",
				"crm/individuals", "evil.com", " /crm", "/crm x", "/\t/evil.com", "/\n/evil.com", "/crm\r\nSet-Cookie:x",
				"/../evil", "/crm/../../x", "/./crm", "/%2e%2e/x", "/%2E./x", "/caf\u00e9",
				"/rules-of-behavior", "/rules-of-behavior?continue=/crm", "/crm?x=\\y" })
		void replacesEverythingElseWithHome(String candidate) {
			assertThat(RulesOfBehavior.safeContinueTarget(candidate)).isEqualTo("/");
		}

		@Test
		void rejectsOverlongTargets() {
			String longPath = "/" + "a".repeat(RulesOfBehavior.MAX_CONTINUE_LENGTH);
			assertThat(RulesOfBehavior.safeContinueTarget(longPath)).isEqualTo("/");
		}

		@Test
		void rulesPageLocationEncodesTheTarget() {
			assertThat(RulesOfBehavior.rulesPageLocation("", "/crm/individuals?name=Doe&state=VA"))
				.isEqualTo("/rules-of-behavior?continue=%2Fcrm%2Findividuals%3Fname%3DDoe%26state%3DVA");
			assertThat(RulesOfBehavior.rulesPageLocation("/app", "/")).isEqualTo("/app/rules-of-behavior");
		}
	}

	@Nested
	class Interceptor {

		private final RulesOfBehavior interceptor = new RulesOfBehavior();

		@Test
		void letsUnauthenticatedRequestsThroughForSecurityToHandle() throws Exception {
			MockHttpServletResponse response = new MockHttpServletResponse();
			assertThat(interceptor.preHandle(get("/crm/individuals"), response, new Object())).isTrue();

			SecurityContextHolder.getContext()
				.setAuthentication(new AnonymousAuthenticationToken("key", "anonymous",
						AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
			assertThat(interceptor.preHandle(get("/crm/individuals"), response, new Object())).isTrue();
		}

		@Test
		void redirectsAnAuthenticatedSessionWithoutAffirmationWith303() throws Exception {
			signIn();
			MockHttpServletRequest request = get("/crm/individuals");
			request.setQueryString("name=Doe&state=VA");
			MockHttpServletResponse response = new MockHttpServletResponse();

			assertThat(interceptor.preHandle(request, response, new Object())).isFalse();
			assertThat(response.getStatus()).isEqualTo(303);
			assertThat(response.getHeader("Location"))
				.isEqualTo("/rules-of-behavior?continue=%2Fcrm%2Findividuals%3Fname%3DDoe%26state%3DVA");
		}

		@Test
		void keepsTheContextPath() throws Exception {
			signIn();
			MockHttpServletRequest request = get("/app/crm/individuals");
			request.setContextPath("/app");
			MockHttpServletResponse response = new MockHttpServletResponse();

			interceptor.preHandle(request, response, new Object());
			assertThat(response.getHeader("Location")).isEqualTo("/app/rules-of-behavior?continue=%2Fcrm%2Findividuals");
		}

		@Test
		void sendsFormSubmissionsHomeAfterwards() throws Exception {
			signIn();
			MockHttpServletRequest request = new MockHttpServletRequest("POST", "/crm/individuals");
			MockHttpServletResponse response = new MockHttpServletResponse();

			interceptor.preHandle(request, response, new Object());
			assertThat(response.getStatus()).isEqualTo(303);
			assertThat(response.getHeader("Location")).isEqualTo("/rules-of-behavior");
		}

		@Test
		void answersHtmxRequestsWithHxRedirectToTheCurrentPage() throws Exception {
			signIn();
			MockHttpServletRequest request = get("/crm/individuals");
			request.setQueryString("name=Do");
			request.addHeader("HX-Request", "true");
			request.addHeader("HX-Current-URL", "https://casekeep.example/crm/individuals?name=D");
			MockHttpServletResponse response = new MockHttpServletResponse();

			assertThat(interceptor.preHandle(request, response, new Object())).isFalse();
			assertThat(response.getStatus()).isEqualTo(204);
			assertThat(response.getHeader("Location")).isNull();
			assertThat(response.getHeader("HX-Redirect"))
				.isEqualTo("/rules-of-behavior?continue=%2Fcrm%2Findividuals%3Fname%3DD");
		}

		@Test
		void letsAffirmedSessionsThrough() throws Exception {
			signIn();
			MockHttpServletRequest request = get("/crm/individuals");
			request.getSession(true).setAttribute(RulesOfBehavior.SESSION_ATTRIBUTE, Instant.now());

			assertThat(interceptor.preHandle(request, new MockHttpServletResponse(), new Object())).isTrue();
		}

		@Test
		void neverGatesStaticResources() throws Exception {
			signIn();
			assertThat(interceptor.preHandle(get("/uswds/css/uswds.min.css"), new MockHttpServletResponse(),
					new ResourceHttpRequestHandler()))
				.isTrue();
		}

		@Test
		void excludesApiErrorsAssetsAndTheRulesPage() {
			assertThat(RulesOfBehavior.EXCLUDED_PATH_PATTERNS).contains("/api/**", "/rules-of-behavior", "/error",
					"/actuator/**", "/v3/api-docs/**", "/uswds/**", "/webjars/**", "/css/**", "/js/**");
		}

		private MockHttpServletRequest get(String uri) {
			return new MockHttpServletRequest("GET", uri);
		}
	}

	@Nested
	class Controller {

		private final List<AuditEvent> recorded = new ArrayList<>();

		private final AuditTrail auditTrail = new AuditTrail() {
			@Override
			public void record(AuditEvent event) {
				throw new AssertionError("the acknowledgement must be recorded independently");
			}

			@Override
			public void recordIndependently(AuditEvent event) {
				recorded.add(event);
			}
		};

		private final Instant now = Instant.parse("2026-03-02T14:05:00Z");

		private final RulesOfBehaviorController controller;

		Controller() {
			StaticListableBeanFactory beans = new StaticListableBeanFactory();
			beans.addBean("clock", Clock.fixed(now, ZoneOffset.UTC));
			controller = new RulesOfBehaviorController(auditTrail, beans.getBeanProvider(Clock.class));
		}

		@Test
		void showsTheThreeStatementsOfThePiaWordForWord() {
			ModelAndView mav = controller.show("//evil.com", new MockHttpServletRequest());

			assertThat(mav.getViewName()).isEqualTo("rules-of-behavior");
			assertThat(mav.getModel().get("continueTarget")).isEqualTo("/");
			assertThat(RulesOfBehaviorController.STATEMENTS).extracting(RulesOfBehaviorController.Statement::text)
				.containsExactly("Information may be used only for DHS outreach purposes.",
						"Any unauthorized access may be subject to criminal and civil penalties;",
						"Each participating agency is responsible for its own compliance in collecting, maintaining, "
								+ "and sharing information under the Privacy Act and any applicable regulations.");
		}

		@Test
		void refusesWithErrorsOnEachMissingStatementAndRecordsNothing() {
			MockHttpServletRequest request = new MockHttpServletRequest("POST", "/rules-of-behavior");

			ModelAndView mav = controller.affirm(Map.of("outreachOnly", "yes", "continue", "/crm"), request);

			assertThat(mav.getStatus().value()).isEqualTo(422);
			assertThat(mav.getViewName()).isEqualTo("rules-of-behavior");
			assertThat(mav.getModel().get("missing")).isEqualTo(Set.of("penalties", "agencyCompliance"));
			assertThat(mav.getModel().get("checked")).isEqualTo(Set.of("outreachOnly"));
			assertThat(mav.getModel().get("continueTarget")).isEqualTo("/crm");
			assertThat(recorded).isEmpty();
			assertThat(request.getSession(false)).isNull();
		}

		@Test
		void recordsTheAffirmationAndContinuesWith303() throws Exception {
			MockHttpServletRequest request = new MockHttpServletRequest("POST", "/app/rules-of-behavior");
			request.setContextPath("/app");

			ModelAndView mav = controller.affirm(Map.of("outreachOnly", "yes", "penalties", "yes",
					"agencyCompliance", "yes", "continue", "/crm/individuals?name=Doe"), request);

			MockHttpServletResponse response = new MockHttpServletResponse();
			mav.getView().render(Map.of("actor", "ignored"), request, response);
			assertThat(response.getStatus()).isEqualTo(303);
			assertThat(response.getHeader("Location")).isEqualTo("/app/crm/individuals?name=Doe");
			assertThat(request.getSession(false).getAttribute(RulesOfBehavior.SESSION_ATTRIBUTE)).isEqualTo(now);
			assertThat(recorded).singleElement().satisfies(event -> {
				assertThat(event.action()).isEqualTo(AuditAction.ACKNOWLEDGEMENT);
				assertThat(event.details()).isEqualTo("rules of behavior v1: 3 statements affirmed");
				assertThat(event.recordType()).isNull();
			});
		}

		@Test
		void neverRedirectsOffSite() {
			MockHttpServletRequest request = new MockHttpServletRequest("POST", "/rules-of-behavior");

			ModelAndView mav = controller.affirm(Map.of("outreachOnly", "yes", "penalties", "yes",
					"agencyCompliance", "yes", "continue", "https://evil.com"), request);

			assertThat(((RedirectView) mav.getView()).getUrl()).isEqualTo("/");
		}
	}

	private static void signIn() {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("jdoe", "n/a", AuthorityUtils.createAuthorityList("crm_user")));
	}
}
