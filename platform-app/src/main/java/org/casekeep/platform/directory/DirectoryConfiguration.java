package org.casekeep.platform.directory;

import java.time.Duration;

import org.casekeep.kernel.directory.PeopleDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The directory of people: Keycloak's, through the service-account client {@code casekeep.directory.client-id} and
 * its secret {@code casekeep.directory.client-secret} (environment {@code CASEKEEP_DIRECTORY_CLIENT_SECRET}). Without
 * a secret there is no directory, and named experts cannot be assigned (fail closed); only the demo profile falls
 * back to the demo realm's secret, and no other may use it.
 */
@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

	private static final Logger LOG = LoggerFactory.getLogger(DirectoryConfiguration.class);

	/** The directory client's secret in {@code keycloak/casekeep-realm.json}, the demo realm: for the demo profile only. */
	static final String DEMO_SECRET = "casekeep-directory-demo-secret";

	@Bean
	@ConditionalOnExpression("'${casekeep.directory.client-secret:}' != '' or '${spring.profiles.active:}'.contains('demo')")
	PeopleDirectory keycloakDirectory(@Value("${casekeep.keycloak.url}") String url,
			@Value("${casekeep.keycloak.realm}") String realm,
			@Value("${casekeep.directory.client-id:casekeep-directory}") String clientId,
			@Value("${casekeep.directory.client-secret:}") String configuredSecret,
			@Value("${casekeep.directory.timeout:5s}") Duration timeout, Environment environment) {
		String secret = secret(configuredSecret, environment.matchesProfiles("demo"));
		LOG.info("People are looked up in Keycloak's realm {} through the client {}", realm, clientId);
		return new KeycloakDirectory(url, realm, clientId, secret, timeout);
	}

	/** The secret configured, or in the demo profile the demo realm's; the demo one anywhere else stops the start. */
	static String secret(String configured, boolean demoProfile) {
		String secret = configured.strip();
		if (demoProfile) {
			return secret.isEmpty() ? DEMO_SECRET : secret;
		}
		if (secret.equals(DEMO_SECRET)) {
			throw new IllegalStateException("The directory client secret is the demo realm's, which is published: set "
					+ "CASEKEEP_DIRECTORY_CLIENT_SECRET to a secret of your own (only the demo profile may use the demo one)");
		}
		return secret;
	}
}
