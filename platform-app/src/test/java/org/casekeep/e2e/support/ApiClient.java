package org.casekeep.e2e.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jspecify.annotations.Nullable;

/**
 * The application's API as a client with a real Keycloak token calls it: the session's rules of behavior affirmed
 * once per token (CRM PIA 2.4), then JSON in and out. A request without a body sends {@code {}} except for GET.
 */
public final class ApiClient {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final String baseUrl;

	public ApiClient(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public static ApiClient onPort(int port) {
		return new ApiClient("http://127.0.0.1:" + port);
	}

	public HttpResponse<String> send(String method, String path, String token) throws Exception {
		return send(method, path, token, null);
	}

	public HttpResponse<String> send(String method, String path, String token, @Nullable String json)
			throws Exception {
		ApiSessions.affirm(HTTP, baseUrl, token);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Authorization", "Bearer " + token)
			.method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(json == null ? "{}" : json));
		if (!method.equals("GET")) {
			request.header("Content-Type", "application/json");
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
