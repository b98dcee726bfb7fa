package org.casekeep.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.casekeep.e2e.support.ApiSessions;
import org.casekeep.e2e.support.KeycloakServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CRM API with real tokens from a real Keycloak (the distribution from Maven Central, the realm from the
 * repository): signature, issuer and audience are checked for real, roles and component come from Keycloak's
 * mappers, and PIA 4.1 holds across components.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CrmApiE2ETests {

	static final HttpClient HTTP = HttpClient.newHttpClient();
	static KeycloakServer keycloak;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startKeycloak() {
		keycloak = KeycloakServer.get();
	}

	@DynamicPropertySource
	static void keycloak(DynamicPropertyRegistry registry) {
		registry.add("casekeep.keycloak.url", () -> KeycloakServer.get().baseUrl());
	}

	@Test
	void aStakeholderRecordedByIceIsSeenMaskedByPsoAndRefusedToExecSec() throws Exception {
		HttpResponse<String> created = send("POST", "/api/crm/individuals", keycloak.passwordToken("ice-liaison"), """
				{"firstName":"Luis","lastName":"Ortega","cellPhone":"(210) 555-0177","email":"luis@example.org",
				 "issues":["IMMIGRATION"]}""");
		assertThat(created.statusCode()).isEqualTo(201);
		String id = JsonPath.read(created.body(), "$.id");
		assertThat((String) JsonPath.read(created.body(), "$.owningComponent")).isEqualTo("ICE");

		HttpResponse<String> asOwner = send("GET", "/api/crm/individuals/" + id, keycloak.passwordToken("ice-liaison"), null);
		assertThat((String) JsonPath.read(asOwner.body(), "$.cellPhone")).isEqualTo("+1 210-555-0177");

		for (String otherComponentUser : new String[] { "pso-analyst", "pso-owner", "pso-admin" }) {
			HttpResponse<String> masked = send("GET", "/api/crm/individuals/" + id, keycloak.passwordToken(otherComponentUser), null);
			assertThat(masked.statusCode()).isEqualTo(200);
			assertThat((String) JsonPath.read(masked.body(), "$.lastName")).isEqualTo("Ortega");
			assertThat(masked.body()).doesNotContain("555-0177").doesNotContain("luis@example.org");
		}

		assertThat(send("GET", "/api/crm/individuals/" + id, keycloak.passwordToken("esec-clerk"), null).statusCode())
			.isEqualTo(403);
		assertThat(send("DELETE", "/api/crm/individuals/" + id + "?channel=EMAIL", keycloak.passwordToken("pso-admin"), null)
			.statusCode()).isEqualTo(403);
		assertThat(send("DELETE", "/api/crm/individuals/" + id + "?channel=EMAIL", keycloak.passwordToken("ice-liaison"), null)
			.statusCode()).isEqualTo(204);
	}

	@Test
	void aTamperedOrMissingTokenIsRefusedWithAProblemDocument() throws Exception {
		String token = keycloak.passwordToken("pso-analyst");
		String[] parts = token.split("\\.");
		String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
		HttpResponse<String> refused = send("GET", "/api/crm/individuals", forged, null);
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
		assertThat(send("GET", "/api/crm/individuals", null, null).statusCode()).isEqualTo(401);
	}

	@Test
	void thePrivacyOfficeReviewsWhoSawWhatWithARealToken() throws Exception {
		HttpResponse<String> audit = send("GET", "/api/privacy/audit?limit=50", keycloak.passwordToken("cpo"), null);
		assertThat(audit.statusCode()).isEqualTo(200);
		HttpResponse<String> verification = send("GET", "/api/privacy/audit/verification", keycloak.passwordToken("isso"), null);
		assertThat(verification.statusCode()).isEqualTo(200);
		assertThat((Boolean) JsonPath.read(verification.body(), "$.intact")).isTrue();
		assertThat(send("GET", "/api/privacy/audit", keycloak.passwordToken("researcher"), null).statusCode()).isEqualTo(403);
	}

	@Test
	void aSignInSessionMustAffirmTheRulesOfBehaviorBeforeItsFirstApiRequest() throws Exception {
		String token = keycloak.passwordToken("pso-analyst");
		HttpResponse<String> refused = raw("GET", "/api/crm/individuals", token, null);
		assertProblem(refused, 403);
		assertThat((String) JsonPath.read(refused.body(), "$.type")).endsWith("/rules-of-behavior-not-affirmed");
		assertThat((String) JsonPath.read(refused.body(), "$.affirmAt")).isEqualTo("/api/rules-of-behavior");
		HttpResponse<String> statements = raw("GET", "/api/rules-of-behavior", token, null);
		assertThat(statements.statusCode()).isEqualTo(200);
		assertThat(statements.body()).contains("Information may be used only for DHS outreach purposes.");
		HttpResponse<String> incomplete = raw("POST", "/api/rules-of-behavior", token, "{\"outreachOnly\": true}");
		assertProblem(incomplete, 422);
		assertThat((java.util.List<String>) JsonPath.read(incomplete.body(), "$.errors[*].field"))
			.containsExactly("penalties", "agencyCompliance");
		assertThat(raw("GET", "/api/crm/individuals", token, null).statusCode()).as("still refused").isEqualTo(403);
		assertThat(raw("POST", "/api/rules-of-behavior", token, """
				{"outreachOnly": true, "penalties": true, "agencyCompliance": true}""").statusCode()).isEqualTo(204);
		assertThat(raw("GET", "/api/crm/individuals", token, null).statusCode()).isEqualTo(200);
		assertThat(raw("GET", "/api/crm/individuals", keycloak.passwordToken("pso-analyst"), null).statusCode())
			.as("another sign-in session affirms for itself").isEqualTo(403);
	}

	/** A request as it is, without affirming the rules of behavior for the token's session first. */
	private HttpResponse<String> raw(String method, String path, String token, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization", "Bearer " + token)
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Every error the API answers is a problem document, also those no controller handles (a path nothing maps, a
	 * method a path does not take, an upload over the limit, which the container refuses), and none repeats the input.
	 */
	@Test
	void everyApiErrorIsAProblemDocumentEvenWhenNoControllerAnswersIt() throws Exception {
		String token = keycloak.passwordToken("esec-clerk");
		assertProblem(send("POST", "/api/crm/individuals", token, "text/plain", "hello".getBytes()), 415);
		HttpResponse<String> mistyped = send("GET", "/api/crm/individuals/not-a-uuid", token, null, null);
		assertProblem(mistyped, 400);
		assertThat((String) JsonPath.read(mistyped.body(), "$.errors[0].field")).isEqualTo("id");
		assertThat((String) JsonPath.read(mistyped.body(), "$.detail")).doesNotContain("not-a-uuid");
		assertProblem(send("GET", "/api/nowhere", token, null, null), 404);
		assertProblem(send("PUT", "/api/privacy/audit", token, null, null), 405);
		// Over the request limit (30 MB): refused before it is read.
		assertProblem(send("POST", "/api/correspondence/intake", token, "multipart/form-data; boundary=XX",
				new byte[31 * 1024 * 1024]), 413);
		// A file over the multipart limit (25 MB) in a request under the request limit.
		String head = "--XX\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n";
		byte[] body = new byte[head.length() + 26 * 1024 * 1024 + 8];
		System.arraycopy(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, body, 0, head.length());
		System.arraycopy("\r\n--XX--".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, body, body.length - 8, 8);
		assertProblem(send("POST", "/api/correspondence/intake", token, "multipart/form-data; boundary=XX", body), 413);
	}

	private static void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).as(response.uri().toString())
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat((Integer) JsonPath.read(response.body(), "$.status")).isEqualTo(status);
	}

	private HttpResponse<String> send(String method, String path, String token, String contentType, byte[] body)
			throws Exception {
		ApiSessions.affirm(HTTP, "http://127.0.0.1:" + port, token);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization", "Bearer " + token)
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
		ApiSessions.affirm(HTTP, "http://127.0.0.1:" + port, token);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
