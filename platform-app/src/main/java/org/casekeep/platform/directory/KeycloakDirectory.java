package org.casekeep.platform.directory;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.casekeep.kernel.directory.DirectoryPerson;
import org.casekeep.kernel.directory.DirectoryUnavailableException;
import org.casekeep.kernel.directory.PeopleDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * People as Keycloak's admin REST API tells them ({@code /admin/realms/{realm}/users}, their groups and effective
 * realm roles), asked with a client-credentials token of the directory's service account, cached until shortly
 * before it expires. A person's component is their {@code component} attribute, or that of their groups (as the
 * realm's token mapper aggregates it). Service accounts and disabled users are never returned.
 * <p>
 * Fail closed: any failure to ask (unreachable, timed out, refused) is a {@link DirectoryUnavailableException}; what
 * is logged names the status or the exception type, never a person, a query or the secret.
 */
final class KeycloakDirectory implements PeopleDirectory {

	private static final Logger LOG = LoggerFactory.getLogger(KeycloakDirectory.class);
	private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
	};
	private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
	};
	static final String SERVICE_ACCOUNT_PREFIX = "service-account-";
	static final String UNAVAILABLE = "The directory of users cannot be reached right now";

	private final RestClient http;
	private final String adminBase;
	private final String tokenUri;
	private final String clientId;
	private final String clientSecret;
	private @Nullable String token;
	private Instant tokenExpires = Instant.EPOCH;

	KeycloakDirectory(String keycloakUrl, String realm, String clientId, String clientSecret, Duration timeout) {
		String base = keycloakUrl.endsWith("/") ? keycloakUrl.substring(0, keycloakUrl.length() - 1) : keycloakUrl;
		this.adminBase = base + "/admin/realms/" + realm;
		this.tokenUri = base + "/realms/" + realm + "/protocol/openid-connect/token";
		this.clientId = clientId;
		this.clientSecret = clientSecret;
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
			.connectTimeout(timeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build());
		requests.setReadTimeout(timeout);
		this.http = RestClient.builder().requestFactory(requests).build();
	}

	@Override
	public Optional<DirectoryPerson> person(String username) {
		String wanted = username.strip().toLowerCase(Locale.ROOT);
		if (wanted.isEmpty() || wanted.startsWith(SERVICE_ACCOUNT_PREFIX)) {
			return Optional.empty();
		}
		URI uri = UriComponentsBuilder.fromUriString(adminBase + "/users")
			.queryParam("username", "{username}")
			.queryParam("exact", "true")
			.queryParam("briefRepresentation", "false")
			.encode().buildAndExpand(wanted).toUri();
		return get(uri, LIST).stream()
			.filter(user -> wanted.equals(user.get("username")) && Boolean.TRUE.equals(user.get("enabled")))
			.findFirst()
			.map(this::person);
	}

	@Override
	public List<DirectoryPerson> search(String prefix, int max) {
		String text = prefix.strip();
		if (text.isEmpty() || max <= 0) {
			return List.of();
		}
		// Keycloak's search is a prefix search unless told otherwise; the star is ours only if the user typed none.
		URI uri = UriComponentsBuilder.fromUriString(adminBase + "/users")
			.queryParam("search", "{search}")
			.queryParam("enabled", "true")
			.queryParam("briefRepresentation", "false")
			.queryParam("max", max + 5)
			.encode().buildAndExpand(text.replace("*", "")).toUri();
		List<DirectoryPerson> found = new ArrayList<>();
		for (Map<String, Object> user : get(uri, LIST)) {
			String name = String.valueOf(user.get("username"));
			if (!name.startsWith(SERVICE_ACCOUNT_PREFIX) && Boolean.TRUE.equals(user.get("enabled")) && found.size() < max) {
				found.add(person(user));
			}
		}
		return List.copyOf(found);
	}

	private DirectoryPerson person(Map<String, Object> user) {
		String id = String.valueOf(user.get("id"));
		String username = String.valueOf(user.get("username"));
		String displayName = Stream.of(user.get("firstName"), user.get("lastName"))
			.filter(part -> part instanceof String text && !text.isBlank())
			.map(String::valueOf)
			.collect(Collectors.joining(" "));
		String component = firstAttribute(user, "component");
		if (component == null) {
			for (Map<String, Object> group : get(URI.create(adminBase + "/users/" + id + "/groups?briefRepresentation=false"), LIST)) {
				component = firstAttribute(group, "component");
				if (component != null) {
					break;
				}
			}
		}
		Set<String> roles = new HashSet<>();
		for (Map<String, Object> role : get(URI.create(adminBase + "/users/" + id + "/role-mappings/realm/composite"), LIST)) {
			roles.add(String.valueOf(role.get("name")));
		}
		return new DirectoryPerson(username, displayName.isEmpty() ? username : displayName,
				component == null ? null : component.toUpperCase(Locale.ROOT), roles);
	}

	private static @Nullable String firstAttribute(Map<String, Object> representation, String name) {
		if (representation.get("attributes") instanceof Map<?, ?> attributes
				&& attributes.get(name) instanceof List<?> values && !values.isEmpty()
				&& values.getFirst() instanceof String value && !value.isBlank()) {
			return value.strip();
		}
		return null;
	}

	private <T> T get(URI uri, ParameterizedTypeReference<T> type) {
		try {
			T body = http.get().uri(uri).headers(h -> h.setBearerAuth(token())).accept(MediaType.APPLICATION_JSON)
				.retrieve().body(type);
			if (body == null) {
				throw new DirectoryUnavailableException(UNAVAILABLE);
			}
			return body;
		}
		catch (RestClientResponseException ex) {
			if (ex.getStatusCode().value() == 401) {
				forgetToken();
			}
			LOG.warn("Keycloak's admin API answered HTTP {} to the directory's service account", ex.getStatusCode().value());
			throw new DirectoryUnavailableException(UNAVAILABLE, ex);
		}
		catch (RestClientException ex) {
			LOG.warn("Keycloak's admin API could not be asked: {}", ex.getClass().getSimpleName());
			throw new DirectoryUnavailableException(UNAVAILABLE, ex);
		}
	}

	/** The service account's access token, fetched anew shortly before the cached one expires. */
	private synchronized String token() {
		Instant now = Instant.now();
		if (token != null && now.isBefore(tokenExpires)) {
			return token;
		}
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "client_credentials");
		form.add("client_id", clientId);
		form.add("client_secret", clientSecret);
		Map<String, Object> answer;
		try {
			answer = http.post().uri(tokenUri).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
				.retrieve().body(OBJECT);
		}
		catch (RestClientResponseException ex) {
			LOG.warn("Keycloak refused a token to the directory's service account: HTTP {}", ex.getStatusCode().value());
			throw new DirectoryUnavailableException(UNAVAILABLE, ex);
		}
		catch (RestClientException ex) {
			LOG.warn("Keycloak's token endpoint could not be asked: {}", ex.getClass().getSimpleName());
			throw new DirectoryUnavailableException(UNAVAILABLE, ex);
		}
		if (answer == null || !(answer.get("access_token") instanceof String accessToken)) {
			throw new DirectoryUnavailableException(UNAVAILABLE);
		}
		long lifetime = answer.get("expires_in") instanceof Number seconds ? seconds.longValue() : 60;
		token = accessToken;
		tokenExpires = now.plusSeconds(Math.max(0, lifetime - 30));
		return accessToken;
	}

	private synchronized void forgetToken() {
		token = null;
		tokenExpires = Instant.EPOCH;
	}
}
