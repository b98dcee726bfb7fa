package org.casekeep.e2e.support;

import java.net.http.HttpResponse;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * End-to-end tests of the API with real tokens from the real Keycloak: the application on a random port, configured
 * for the Keycloak the tests start, and {@link #send} to call it as a signed-in client (through {@link ApiClient}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiE2ETest {

	protected static KeycloakServer keycloak;

	@LocalServerPort
	protected int port;

	@BeforeAll
	static void startKeycloak() {
		keycloak = KeycloakServer.get();
	}

	@DynamicPropertySource
	static void keycloakUrl(DynamicPropertyRegistry registry) {
		registry.add("casekeep.keycloak.url", () -> KeycloakServer.get().baseUrl());
	}

	protected HttpResponse<String> send(String method, String path, String token) throws Exception {
		return ApiClient.onPort(port).send(method, path, token);
	}

	protected HttpResponse<String> send(String method, String path, String token, @Nullable String json)
			throws Exception {
		return ApiClient.onPort(port).send(method, path, token, json);
	}
}
