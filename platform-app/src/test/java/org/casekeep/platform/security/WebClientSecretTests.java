package org.casekeep.platform.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The application refuses to start with no web client secret, or with the demo realm's, outside the demo profile. */
class WebClientSecretTests {

	@Test
	void outsideTheDemoProfileAMissingSecretStopsTheStart() {
		assertThatIllegalStateException().isThrownBy(() -> KeycloakClientConfiguration.secret(null, false))
			.withMessageContaining("CASEKEEP_WEB_CLIENT_SECRET");
		assertThatIllegalStateException().isThrownBy(() -> KeycloakClientConfiguration.secret("  ", false));
	}

	@Test
	void outsideTheDemoProfileTheDemoRealmsPublishedSecretStopsTheStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> KeycloakClientConfiguration.secret(KeycloakClientConfiguration.DEMO_SECRET, false))
			.withMessageContaining("demo realm");
	}

	@Test
	void aSecretOfItsOwnIsUsedAndTheDemoProfileFallsBackToTheDemoRealmsOnly() {
		assertThat(KeycloakClientConfiguration.secret("s3cr3t-from-the-vault", false)).isEqualTo("s3cr3t-from-the-vault");
		assertThat(KeycloakClientConfiguration.secret(null, true)).isEqualTo(KeycloakClientConfiguration.DEMO_SECRET);
		assertThat(KeycloakClientConfiguration.secret("another", true)).isEqualTo("another");
	}
}
