package org.casekeep.platform.security;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The web client registration with Keycloak, with its endpoints spelled out rather than discovered: the application
 * starts (and its health turns UP) while Keycloak is still starting, and nothing is fetched until the first login.
 * The end-session endpoint makes logout end the Keycloak session too (RP-initiated logout).
 */
@Configuration(proxyBeanMethods = false)
class KeycloakClientConfiguration {

	static final String REGISTRATION_ID = "keycloak";

	/** The web client's secret in {@code keycloak/casekeep-realm.json}, the demo realm: for the demo profile only. */
	static final String DEMO_SECRET = "casekeep-web-demo-secret";

	@Bean
	ClientRegistrationRepository clientRegistrationRepository(@Value("${casekeep.keycloak.url}") String url,
			@Value("${casekeep.keycloak.realm}") String realm,
			@Value("${casekeep.keycloak.web-client-id}") String clientId,
			@Value("${casekeep.keycloak.web-client-secret:}") String configuredSecret,
			@Value("${casekeep.public-url}") String publicUrl, Environment environment) {
		String clientSecret = secret(configuredSecret, environment.matchesProfiles("demo"));
		String issuer = url + "/realms/" + realm;
		String oidc = issuer + "/protocol/openid-connect";
		ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION_ID)
			.clientName("Casekeep sign-in")
			.clientId(clientId)
			.clientSecret(clientSecret)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			// From the configured public address, never from the request's Host header.
			.redirectUri(stripSlash(publicUrl) + "/login/oauth2/code/{registrationId}")
			.scope("openid", "profile", "email")
			.issuerUri(issuer)
			.authorizationUri(oidc + "/auth")
			.tokenUri(oidc + "/token")
			.jwkSetUri(oidc + "/certs")
			.userInfoUri(oidc + "/userinfo")
			.userNameAttributeName("preferred_username")
			.providerConfigurationMetadata(Map.of("end_session_endpoint", oidc + "/logout"))
			.build();
		return new InMemoryClientRegistrationRepository(registration);
	}

	static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/**
	 * Fail closed: the secret configured, or in the demo profile the demo realm's when none is. Anywhere else a missing
	 * secret, or the demo realm's (published in this repository), stops the application from starting.
	 */
	static String secret(@Nullable String configured, boolean demoProfile) {
		String secret = configured == null ? "" : configured.strip();
		if (demoProfile) {
			return secret.isEmpty() ? DEMO_SECRET : secret;
		}
		if (secret.isEmpty()) {
			throw new IllegalStateException("No web client secret: set CASEKEEP_WEB_CLIENT_SECRET to the secret of "
					+ "the web client in the identity provider");
		}
		if (secret.equals(DEMO_SECRET)) {
			throw new IllegalStateException("The web client secret is the demo realm's, which is published: set "
					+ "CASEKEEP_WEB_CLIENT_SECRET to a secret of your own (only the demo profile may use the demo one)");
		}
		return secret;
	}
}
