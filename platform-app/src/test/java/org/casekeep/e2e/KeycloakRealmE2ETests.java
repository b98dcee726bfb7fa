package org.casekeep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.casekeep.e2e.support.AuthorizationCodeFlow;
import org.casekeep.e2e.support.AuthorizationCodeFlow.Pkce;
import org.casekeep.e2e.support.KeycloakServer;
import org.casekeep.e2e.support.KeycloakServer.TokenResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The realm in {@code keycloak/casekeep-realm.json}, imported into a real Keycloak: the demo users get
 * the roles and component the app relies on, and the clients are as strict as they claim to be.
 */
@DisplayName("Keycloak realm casekeep")
class KeycloakRealmE2ETests {

    /** The redirect URI the app uses in the browser tests (fixed port 18080). */
    private static final String WEB_REDIRECT_URI = "http://127.0.0.1:18080/login/oauth2/code/keycloak";

    private static KeycloakServer keycloak;

    record DemoUser(String username, List<String> roles, String component) {

        @Override
        public String toString() {
            return username + " gets " + String.join(", ", roles) + " in " + component;
        }
    }

    /** Every demo login of bin/run, with what the app must see in its token. */
    static Stream<DemoUser> demoUsers() {
        return Stream.of(
                new DemoUser("ice-liaison", List.of("crm_user", "crm_contact_viewer"), "ICE"),
                new DemoUser("pso-analyst", List.of("crm_user"), "PSO"),
                new DemoUser("pso-owner", List.of("crm_user", "crm_contact_viewer"), "PSO"),
                new DemoUser("pso-admin", List.of("crm_user", "crm_contact_viewer", "crm_admin"), "PSO"),
                new DemoUser("esec-clerk", List.of("exec_sec"), "ESEC"),
                new DemoUser("esec-lead", List.of("exec_sec"), "ESEC"),
                new DemoUser("ice-action", List.of("action_officer"), "ICE"),
                new DemoUser("cbp-action", List.of("action_officer"), "CBP"),
                new DemoUser("oido-intake", List.of("oido_intake"), "OIDO"),
                new DemoUser("oido-analyst", List.of("oido_analyst"), "OIDO"),
                new DemoUser("oido-auditor", List.of("oido_junior_auditor"), "OIDO"),
                new DemoUser("oido-investigator", List.of("oido_investigator"), "OIDO"),
                new DemoUser("oido-manager", List.of("oido_manager"), "OIDO"),
                new DemoUser("researcher", List.of("researcher"), "USCIS"),
                new DemoUser("research-approver", List.of("research_approver"), "PRIV"),
                new DemoUser("ice-privacy", List.of("privacy_officer"), "ICE"),
                new DemoUser("cpo", List.of("chief_privacy_officer"), "PRIV"),
                new DemoUser("isso", List.of("isso"), "OCIO"),
                new DemoUser("admin", List.of("platform_admin"), "OCIO"),
                new DemoUser("uscis-counsel", List.of("occ_attorney"), "USCIS"),
                new DemoUser("uscis-ops", List.of("opq_supervisor", "ra_review_team", "scops_mailbox", "emma_user",
                        "olia_liaison"), "USCIS"),
                new DemoUser("uscis-privacy", List.of("privacy_incident_analyst", "privacy_incident_supervisor", "privacy_officer"), "USCIS"),
                new DemoUser("ogc-rams", List.of("rams_user", "rams_admin"), "OGC"));
    }

    @BeforeAll
    static void startKeycloak() {
        keycloak = KeycloakServer.get();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoUsers")
    void everyDemoUsersAccessTokenCarriesExactlyTheirRolesTheirComponentAndTheApiAudience(DemoUser user) {
        Map<String, Object> claims = keycloak.claims(keycloak.passwordToken(user.username()));

        assertThat(claims.get("iss")).isEqualTo(keycloak.issuerUri());
        assertThat(claims.get("preferred_username")).isEqualTo(user.username());
        assertThat(realmRoles(claims)).containsExactlyInAnyOrderElementsOf(user.roles());
        assertThat(claims.get("component")).isEqualTo(user.component());
        assertThat(audiences(claims)).contains(KeycloakServer.API_AUDIENCE);
        assertThat(claims.get("email")).isEqualTo(user.username() + "@casekeep.example");
        assertThat(claims.get("email_verified")).isEqualTo(true);
    }

    @Test
    void theIdTokenAndUserinfoCarryTheComponentAndTheRolesToo() {
        TokenResponse tokens = keycloak.passwordGrant("ice-privacy", KeycloakServer.DEMO_PASSWORD);
        assertThat(tokens.status()).isEqualTo(200);

        Map<String, Object> idToken = keycloak.claims(tokens.idToken());
        assertThat(idToken.get("component")).isEqualTo("ICE");
        assertThat(realmRoles(idToken)).containsExactly("privacy_officer");
        assertThat(idToken.get("preferred_username")).isEqualTo("ice-privacy");

        Map<String, Object> userInfo = keycloak.userInfo(tokens.accessToken());
        assertThat(userInfo.get("component")).isEqualTo("ICE");
        assertThat(realmRoles(userInfo)).containsExactly("privacy_officer");
    }

    @Test
    void accessTokensLiveFiveMinutes() {
        Map<String, Object> claims = keycloak.claims(keycloak.passwordToken("oido-analyst"));

        assertThat(((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue()).isEqualTo(300);
    }

    @Test
    void aWrongPasswordIsRefusedWithoutAToken() {
        TokenResponse response = keycloak.passwordGrant("researcher", "not-the-password");

        // Keycloak 26 answers invalid_grant with 400 (RFC 6749 §5.2); older releases used 401.
        assertThat(response.status()).isIn(400, 401);
        assertThat(response.error()).isEqualTo("invalid_grant");
        assertThat(response.accessToken()).isNull();
    }

    @Test
    void anUnknownUserIsRefusedWithoutAToken() {
        TokenResponse response = keycloak.passwordGrant("nobody", KeycloakServer.DEMO_PASSWORD);

        assertThat(response.status()).isIn(400, 401);
        assertThat(response.error()).isEqualTo("invalid_grant");
        assertThat(response.accessToken()).isNull();
    }

    @Test
    void theWebClientSendsAnAuthorizationRequestWithoutPkceBackWithInvalidRequest() {
        Map<String, String> parameters = AuthorizationCodeFlow.authorizationParameters(WEB_REDIRECT_URI, null);

        HttpResponse<String> response = new AuthorizationCodeFlow(keycloak).authorize(parameters);

        assertThat(response.statusCode()).isEqualTo(302);
        URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
        assertThat(location.toString()).startsWith(WEB_REDIRECT_URI + "?");
        Map<String, String> query = AuthorizationCodeFlow.queryParameters(location);
        assertThat(query).containsEntry("error", "invalid_request").containsEntry("state", parameters.get("state"));
        assertThat(query.get("error_description")).contains("code_challenge");
        assertThat(query).doesNotContainKey("code");
    }

    @Test
    void theWebClientRefusesThePlainPkceMethod() {
        Map<String, String> parameters = AuthorizationCodeFlow.authorizationParameters(WEB_REDIRECT_URI, Pkce.s256());
        parameters.put("code_challenge_method", "plain");
        parameters.put("code_challenge", Pkce.s256().verifier());

        HttpResponse<String> response = new AuthorizationCodeFlow(keycloak).authorize(parameters);

        assertThat(response.statusCode()).isEqualTo(302);
        Map<String, String> query = AuthorizationCodeFlow.queryParameters(
                URI.create(response.headers().firstValue("Location").orElseThrow()));
        assertThat(query).containsEntry("error", "invalid_request").doesNotContainKey("code");
    }

    @Test
    void theWebClientShowsTheLoginPageForAnS256Request() {
        HttpResponse<String> response = new AuthorizationCodeFlow(keycloak)
                .authorize(AuthorizationCodeFlow.authorizationParameters(WEB_REDIRECT_URI, Pkce.s256()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("kc-form-login");
    }

    @Test
    void theWebClientRefusesAnUnregisteredRedirectUriWithoutRedirecting() {
        for (String redirectUri : List.of("http://127.0.0.1:9999/login/oauth2/code/keycloak",
                "https://evil.example/login/oauth2/code/keycloak",
                // No wildcard: the right host with another path is refused too.
                "http://127.0.0.1:18080/evil", "http://localhost:18080/login/oauth2/code/keycloak")) {
            HttpResponse<String> response = new AuthorizationCodeFlow(keycloak)
                    .authorize(AuthorizationCodeFlow.authorizationParameters(redirectUri, Pkce.s256()));

            assertThat(response.statusCode()).as(redirectUri).isEqualTo(400);
            assertThat(response.headers().firstValue("Location")).as(redirectUri).isEmpty();
        }
    }

    @Test
    void aPkceLoginThroughTheWebClientYieldsTheSameClaimsAsThePasswordGrant() {
        TokenResponse tokens = new AuthorizationCodeFlow(keycloak)
                .login("oido-manager", KeycloakServer.DEMO_PASSWORD, WEB_REDIRECT_URI);

        assertThat(tokens.status()).as("%s", tokens.body()).isEqualTo(200);
        Map<String, Object> access = keycloak.claims(tokens.accessToken());
        assertThat(access.get("azp")).isEqualTo(KeycloakServer.WEB_CLIENT_ID);
        assertThat(audiences(access)).contains(KeycloakServer.API_AUDIENCE);
        assertThat(access.get("component")).isEqualTo("OIDO");
        assertThat(realmRoles(access)).containsExactly("oido_manager");
        Map<String, Object> id = keycloak.claims(tokens.idToken());
        assertThat(audiences(id)).containsExactly(KeycloakServer.WEB_CLIENT_ID);
        assertThat(id.get("component")).isEqualTo("OIDO");
        assertThat(realmRoles(id)).containsExactly("oido_manager");
        assertThat(id.get("preferred_username")).isEqualTo("oido-manager");
    }

    @Test
    void anAuthorizationCodeCannotBeRedeemedWithoutItsPkceVerifier() {
        AuthorizationCodeFlow flow = new AuthorizationCodeFlow(keycloak);
        String code = flow.authorizationCode("cpo", KeycloakServer.DEMO_PASSWORD,
                AuthorizationCodeFlow.authorizationParameters(WEB_REDIRECT_URI, Pkce.s256()));

        TokenResponse response = flow.exchange(code, WEB_REDIRECT_URI, null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.error()).isEqualTo("invalid_grant");
        assertThat(response.accessToken()).isNull();
    }

    @Test
    void theWebClientCannotUseThePasswordGrant() {
        TokenResponse response = keycloak.postForm(keycloak.tokenEndpoint(), Map.of(
                "grant_type", "password",
                "client_id", KeycloakServer.WEB_CLIENT_ID,
                "client_secret", KeycloakServer.WEB_CLIENT_SECRET,
                "username", "admin",
                "password", KeycloakServer.DEMO_PASSWORD));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.error()).isEqualTo("unauthorized_client");
        assertThat(response.accessToken()).isNull();
    }

    @SuppressWarnings("unchecked")
    private static List<String> realmRoles(Map<String, Object> claims) {
        Object realmAccess = claims.get("realm_access");
        assertThat(realmAccess).as("realm_access claim").isInstanceOf(Map.class);
        return (List<String>) ((Map<String, Object>) realmAccess).get("roles");
    }

    /** {@code aud} is a string when there is one audience and an array otherwise. */
    private static List<String> audiences(Map<String, Object> claims) {
        Object aud = claims.get("aud");
        if (aud instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return aud == null ? List.of() : List.of(String.valueOf(aud));
    }
}
