package org.casekeep.platform.security;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

	@Bean
	ClientRegistrationRepository clientRegistrationRepository(@Value("${casekeep.keycloak.url}") String url,
			@Value("${casekeep.keycloak.realm}") String realm,
			@Value("${casekeep.keycloak.web-client-id}") String clientId,
			@Value("${casekeep.keycloak.web-client-secret}") String clientSecret) {
		String issuer = url + "/realms/" + realm;
		String oidc = issuer + "/protocol/openid-connect";
		ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION_ID)
			.clientName("Casekeep sign-in")
			.clientId(clientId)
			.clientSecret(clientSecret)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
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
}
