package org.casekeep.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.casekeep.kernel.access.Actor;
import org.casekeep.platform.security.CasekeepJwtAuthentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * The demo realm's users as fast security tests see them: a Keycloak-shaped JWT (realm_access.roles, component,
 * preferred_username) run through the application's own converter, without a Keycloak. The end-to-end suite uses
 * real tokens from a real Keycloak instead.
 */
public enum DemoUsers {

	ICE_LIAISON("ice-liaison", "ICE", "crm_user", "crm_contact_viewer"),
	PSO_ANALYST("pso-analyst", "PSO", "crm_user"),
	PSO_OWNER("pso-owner", "PSO", "crm_user", "crm_contact_viewer"),
	PSO_ADMIN("pso-admin", "PSO", "crm_user", "crm_contact_viewer", "crm_admin"),
	ESEC_CLERK("esec-clerk", "ESEC", "exec_sec"),
	ICE_ACTION("ice-action", "ICE", "action_officer"),
	CBP_ACTION("cbp-action", "CBP", "action_officer"),
	ESEC_LEAD("esec-lead", "ESEC", "exec_sec"),
	ICE_PRIVACY("ice-privacy", "ICE", "privacy_officer"),
	CPO("cpo", "PRIV", "chief_privacy_officer"),
	ISSO("isso", "OCIO", "isso");

	private final String username;
	private final String component;
	private final Set<String> roles;

	DemoUsers(String username, String component, String... roles) {
		this.username = username;
		this.component = component;
		this.roles = Set.of(roles);
	}

	public String username() {
		return username;
	}

	public Actor actor() {
		return new Actor(username, component, roles);
	}

	public Jwt jwt() {
		return jwt(username, component, roles);
	}

	/** Authenticates a MockMvc request as this user, through the application's JWT converter. */
	public RequestPostProcessor token() {
		return authentication(new CasekeepJwtAuthentication.FromJwt().convert(jwt()));
	}

	/**
	 * Authenticates a MockMvc request as a user outside the demo realm (for example an action officer of every
	 * component), through the application's JWT converter.
	 */
	public static RequestPostProcessor token(String username, String component, String... roles) {
		return authentication(new CasekeepJwtAuthentication.FromJwt().convert(jwt(username, component, Set.of(roles))));
	}

	private static Jwt jwt(String username, String component, Set<String> roles) {
		Instant now = Instant.now();
		return Jwt.withTokenValue("test-" + username)
			.header("alg", "RS256")
			.subject(username)
			.claim("preferred_username", username)
			.claim("component", component)
			.claim("realm_access", Map.of("roles", List.copyOf(roles)))
			.audience(List.of("casekeep-api"))
			.issuedAt(now)
			.expiresAt(now.plusSeconds(300))
			.build();
	}
}
