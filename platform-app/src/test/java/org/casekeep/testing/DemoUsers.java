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
	ISSO("isso", "OCIO", "isso"),
	RECORDS_OFFICER("records-officer", "PRIV", "records_officer");

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

	/**
	 * Authenticates a MockMvc request as this user, through the application's JWT converter, in a sign-in session
	 * that affirmed the rules of behavior (as the page tests' sessions do). {@link #unaffirmedToken()} for one that
	 * did not.
	 */
	public RequestPostProcessor token() {
		return affirmed(username, jwt());
	}

	/** The same user in a sign-in session of its own that has not affirmed the rules of behavior. */
	public RequestPostProcessor unaffirmedToken() {
		return authentication(new CasekeepJwtAuthentication.FromJwt().convert(jwt(username, component, roles,
				"unaffirmed-" + java.util.UUID.randomUUID())));
	}

	/**
	 * Authenticates a MockMvc request as a user outside the demo realm (for example an action officer of every
	 * component), through the application's JWT converter, in a session that affirmed the rules of behavior.
	 */
	public static RequestPostProcessor token(String username, String component, String... roles) {
		return affirmed(username, jwt(username, component, Set.of(roles)));
	}

	/** The sign-in session every test token belongs to. */
	public static final String SESSION = "test-session";

	private static final Set<String> AFFIRMED = java.util.concurrent.ConcurrentHashMap.newKeySet();

	private static RequestPostProcessor affirmed(String username, Jwt jwt) {
		RequestPostProcessor authentication = authentication(new CasekeepJwtAuthentication.FromJwt().convert(jwt));
		return request -> {
			if (!AFFIRMED.contains(username)) {
				try (java.sql.Connection db = Database.superuser(); java.sql.PreparedStatement insert = db.prepareStatement("""
						insert into platform.rules_acknowledgement (username, session_id, version, acknowledged_at)
						values (?, ?, ?, now()) on conflict do nothing""")) {
					insert.setString(1, username);
					insert.setString(2, SESSION);
					insert.setString(3, org.casekeep.platform.web.RulesOfBehavior.VERSION);
					insert.executeUpdate();
				}
				catch (java.sql.SQLException ex) {
					throw new IllegalStateException("Could not affirm the rules of behavior for " + username, ex);
				}
				AFFIRMED.add(username);
			}
			return authentication.postProcessRequest(request);
		};
	}

	private static Jwt jwt(String username, String component, Set<String> roles) {
		return jwt(username, component, roles, SESSION);
	}

	private static Jwt jwt(String username, String component, Set<String> roles, String session) {
		Instant now = Instant.now();
		return Jwt.withTokenValue("test-" + username)
			.claim("sid", session)
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
