package org.casekeep.platform.directory;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import org.casekeep.kernel.directory.DirectoryUnavailableException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Fail closed: a Keycloak that cannot be reached is an unavailable directory, never an empty one. */
class KeycloakDirectoryTests {

	@Test
	void anUnreachableKeycloakIsAnUnavailableDirectoryNotAnEmptyOne() throws IOException {
		int port;
		try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = free.getLocalPort();
		}
		KeycloakDirectory directory = new KeycloakDirectory("http://127.0.0.1:" + port, "casekeep", "casekeep-directory",
				"secret", Duration.ofSeconds(2));
		assertThatThrownBy(() -> directory.person("ice-action")).isInstanceOf(DirectoryUnavailableException.class)
			.hasMessage("The directory of users cannot be reached right now");
		assertThatThrownBy(() -> directory.search("ice", 5)).isInstanceOf(DirectoryUnavailableException.class);
	}

	@Test
	void theDemoSecretServesTheDemoProfileOnly() {
		assertThat(DirectoryConfiguration.secret("", true)).isEqualTo(DirectoryConfiguration.DEMO_SECRET);
		assertThat(DirectoryConfiguration.secret(" own ", false)).isEqualTo("own");
		assertThatThrownBy(() -> DirectoryConfiguration.secret(DirectoryConfiguration.DEMO_SECRET, false))
			.isInstanceOf(IllegalStateException.class);
	}
}
