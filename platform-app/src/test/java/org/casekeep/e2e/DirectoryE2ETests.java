package org.casekeep.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.casekeep.e2e.support.ApiSessions;
import org.casekeep.e2e.support.KeycloakServer;
import org.casekeep.kernel.directory.DirectoryPerson;
import org.casekeep.kernel.directory.PeopleDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assignees from the directory against the real Keycloak (PIA "Receipt &amp; Assignment"): the application's
 * service account ({@code casekeep-directory}, realm-management {@code view-users} only) finds real users by prefix
 * with their component and roles; a tasker to a real action officer is created, one to an unknown user or component
 * refused naming the field; and the service account can do nothing beyond reading users.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectoryE2ETests {

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	static KeycloakServer keycloak;

	@LocalServerPort
	int port;

	@Autowired
	PeopleDirectory directory;

	@BeforeAll
	static void startKeycloak() {
		keycloak = KeycloakServer.get();
	}

	@DynamicPropertySource
	static void keycloak(DynamicPropertyRegistry registry) {
		registry.add("casekeep.keycloak.url", () -> KeycloakServer.get().baseUrl());
	}

	@Test
	void theServiceAccountFindsRealUsersByPrefixWithTheirComponentAndRoles() {
		List<DirectoryPerson> found = directory.search("ice-", 10);
		assertThat(found).extracting(DirectoryPerson::username).contains("ice-action", "ice-liaison")
			.noneMatch(name -> name.startsWith("service-account-"));
		DirectoryPerson ice = found.stream().filter(p -> p.username().equals("ice-action")).findFirst().orElseThrow();
		assertThat(ice.component()).isEqualTo("ICE");
		assertThat(ice.roles()).contains("action_officer");
		assertThat(ice.displayName()).isEqualTo("Ian Action");

		assertThat(directory.person("CBP-ACTION")).get().extracting(DirectoryPerson::component).isEqualTo("CBP");
		assertThat(directory.person("nobody-at-all")).isEmpty();
		assertThat(directory.person("service-account-casekeep-directory")).as("service accounts are nobody").isEmpty();
		assertThat(directory.search("service-account", 10)).isEmpty();
	}

	@Test
	void aTaskerGoesToARealUserAndAnUnknownUserOrComponentIsRefusedNamingTheField() throws Exception {
		String esec = keycloak.passwordToken("esec-clerk");
		HttpResponse<String> named = create(esec, """
				[{"component":"ICE","username":"ice-action"}]""");
		assertThat(named.statusCode()).as(named.body()).isEqualTo(201);
		assertThat((String) JsonPath.read(named.body(), "$.assignments[0].username")).isEqualTo("ice-action");
		// The named expert opens it with their own real token.
		String id = JsonPath.read(named.body(), "$.id");
		assertThat(send("GET", "/api/correspondence/taskers/" + id, keycloak.passwordToken("ice-action"), null)
			.statusCode()).isEqualTo(200);

		HttpResponse<String> unknown = create(esec, """
				[{"component":"ICE","username":"nobody-at-all"}]""");
		assertThat(unknown.statusCode()).isEqualTo(422);
		assertThat(unknown.headers().firstValue("Content-Type")).get().asString().contains("application/problem+json");
		assertThat((String) JsonPath.read(unknown.body(), "$.errors[0].field")).isEqualTo("assignees[0].username");
		assertThat((String) JsonPath.read(unknown.body(), "$.errors[0].message"))
			.isEqualTo("There is no user nobody-at-all in the directory");

		HttpResponse<String> elsewhere = create(esec, """
				[{"component":"CBP","username":"ice-action"}]""");
		assertThat(elsewhere.statusCode()).isEqualTo(422);
		assertThat((String) JsonPath.read(elsewhere.body(), "$.errors[0].message"))
			.isEqualTo("ice-action does not belong to CBP but to ICE");

		HttpResponse<String> xyz = create(esec, """
				[{"component":"XYZ"}]""");
		assertThat(xyz.statusCode()).isEqualTo(422);
		assertThat((String) JsonPath.read(xyz.body(), "$.errors[0].field")).isEqualTo("assignees[0].component");
	}

	@Test
	void theServiceAccountCanDoNothingButReadUsers() throws Exception {
		KeycloakServer.TokenResponse grant = keycloak.postForm(keycloak.tokenEndpoint(), Map.of(
				"grant_type", "client_credentials",
				"client_id", KeycloakServer.DIRECTORY_CLIENT_ID,
				"client_secret", KeycloakServer.DIRECTORY_CLIENT_SECRET));
		assertThat(grant.status()).isEqualTo(200);
		String token = grant.accessToken();
		String admin = keycloak.baseUrl() + "/admin/realms/" + KeycloakServer.REALM;

		HttpResponse<String> users = admin("GET", admin + "/users?search=ice&max=5", token, null);
		assertThat(users.statusCode()).isEqualTo(200);
		String someone = JsonPath.read(users.body(), "$[0].id");

		assertThat(admin("POST", admin + "/users", token, "{\"username\":\"intruder\",\"enabled\":true}").statusCode())
			.as("create a user").isEqualTo(403);
		assertThat(admin("PUT", admin + "/users/" + someone, token, "{\"enabled\":false}").statusCode())
			.as("change a user").isEqualTo(403);
		assertThat(admin("DELETE", admin + "/users/" + someone, token, null).statusCode())
			.as("delete a user").isEqualTo(403);
		assertThat(admin("GET", admin + "/clients", token, null).statusCode()).as("read clients").isEqualTo(403);
		assertThat(admin("GET", admin + "/events", token, null).statusCode()).as("read events").isEqualTo(403);
		assertThat(admin("POST", admin + "/roles", token, "{\"name\":\"intruder\"}").statusCode())
			.as("create a role").isEqualTo(403);
		assertThat(admin("GET", admin + "/users?search=intruder", token, null).body()).isEqualTo("[]");
		// No user can sign in with it, nor can it ask for a user's token.
		assertThat(keycloak.postForm(keycloak.tokenEndpoint(), Map.of("grant_type", "password",
				"client_id", KeycloakServer.DIRECTORY_CLIENT_ID, "client_secret", KeycloakServer.DIRECTORY_CLIENT_SECRET,
				"username", "esec-clerk", "password", KeycloakServer.DEMO_PASSWORD)).status()).isNotEqualTo(200);
	}

	private HttpResponse<String> create(String token, String assignees) throws Exception {
		return send("POST", "/api/correspondence/taskers", token, """
				{"subject":"Directory tasker","businessDays":3,"assignees":%s}""".formatted(assignees));
	}

	private HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
		ApiSessions.affirm(HTTP, "http://127.0.0.1:" + port, token);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization", "Bearer " + token)
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> admin(String method, String url, String token, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + token)
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
