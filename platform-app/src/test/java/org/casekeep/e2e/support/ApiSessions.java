package org.casekeep.e2e.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Affirms the rules of behavior for the Keycloak sign-in session of a real token, once, as an API client must before
 * its first other request (CRM PIA 2.4).
 */
public final class ApiSessions {

	static final String AFFIRMATIONS = """
			{"outreachOnly": true, "penalties": true, "agencyCompliance": true}""";

	private static final Set<String> AFFIRMED = ConcurrentHashMap.newKeySet();

	private ApiSessions() {
	}

	/** Affirms the rules for the token's session unless done already. */
	public static void affirm(HttpClient http, String appBaseUrl, String token) {
		if (token == null || AFFIRMED.contains(token)) {
			return;
		}
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(appBaseUrl + "/api/rules-of-behavior"))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(AFFIRMATIONS)).build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() == 401) {
				return; // not a valid token: the request it was for answers 401 itself
			}
			if (response.statusCode() != 204) {
				throw new IllegalStateException("Could not affirm the rules of behavior: HTTP " + response.statusCode()
						+ " " + response.body());
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		AFFIRMED.add(token);
	}
}
