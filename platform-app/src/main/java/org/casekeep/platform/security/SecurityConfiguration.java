package org.casekeep.platform.security;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains behind the kernel's public one ({@code /public/**}, no sign-in at all:
 * {@link org.casekeep.kernel.publicweb.PublicWebSecurity}). {@code /api/**}: stateless OAuth2 resource server, Keycloak bearer tokens, problem documents
 * for 401 and 403. Everything else: OAuth2 login (authorization code with PKCE) and a web session; logout ends the
 * Keycloak session too. Deny by default: every request needs an authenticated user except static assets, health and
 * the OpenAPI description.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	static final String[] PUBLIC_PATHS = { "/uswds/**", "/webjars/**", "/css/**", "/js/**", "/error", "/error/**",
			"/favicon.ico", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**" };

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, JsonMapper json) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.oauth2ResourceServer(server -> server
				.jwt(jwt -> jwt.jwtAuthenticationConverter(new CasekeepJwtAuthentication.FromJwt()))
				.authenticationEntryPoint((request, response, ex) -> problem(response, json, HttpStatus.UNAUTHORIZED,
						"A valid bearer token from the Casekeep realm is required.")))
			.exceptionHandling(handling -> handling.accessDeniedHandler((request, response, ex) ->
					problem(response, json, HttpStatus.FORBIDDEN, ex.getMessage())))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, ClientRegistrationRepository clients, AuditTrail audit,
			org.casekeep.kernel.notify.Notifier notifier,
			@Value("${casekeep.public-url}") String publicUrl,
			@Value("${casekeep.keycloak.url}") String keycloakUrl) throws Exception {
		DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(clients,
				"/oauth2/authorization");
		resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		OidcClientInitiatedLogoutSuccessHandler logoutSuccess = new OidcClientInitiatedLogoutSuccessHandler(clients);
		// From the configured public address, never from the request's Host header.
		logoutSuccess.setPostLogoutRedirectUri(KeycloakClientConfiguration.stripSlash(publicUrl) + "/");
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers(PUBLIC_PATHS).permitAll()
				.anyRequest().authenticated())
			.oauth2Login(login -> login
				// Straight to Keycloak, as with one provider before, without Spring's generated login page: its
				// filter reads the parameters of every request, the body of a refused upload among them.
				.loginPage("/oauth2/authorization/" + KeycloakClientConfiguration.REGISTRATION_ID)
				.authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(resolver))
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUserService()))
				.successHandler(new LoginAuditingSuccessHandler(audit, notifier)))
			.logout(logout -> logout.addLogoutHandler(logoutAudit(audit)).logoutSuccessHandler(logoutSuccess))
			// The error dispatch changes nothing; looking for a CSRF token in a refused upload would read its body.
			.csrf(csrf -> csrf.ignoringRequestMatchers("/error"))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
							+ "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self' "
							+ keycloakUrl))
				// Addresses of records (their ids) never travel to another site in a Referer header.
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/** Reads the actor from the ID token (Keycloak puts roles and component there through the realm's mappers). */
	private static OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService() {
		OidcUserService delegate = new OidcUserService();
		return request -> {
			OidcUser user = delegate.loadUser(request);
			Actor actor = KeycloakClaims.actor(user.getClaims());
			return new CasekeepOidcUser(actor, user.getIdToken(), user.getUserInfo());
		};
	}

	private static LogoutHandler logoutAudit(AuditTrail audit) {
		return (request, response, authentication) -> {
			if (authentication != null && authentication.getPrincipal() instanceof CasekeepOidcUser user) {
				Actors.runAs(user.actor(), () -> audit.recordIndependently(AuditEvent.session(AuditAction.LOGOUT, "web")));
			}
		};
	}

	private static void problem(jakarta.servlet.http.HttpServletResponse response, JsonMapper json, HttpStatus status,
			String detail) throws java.io.IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}
}
