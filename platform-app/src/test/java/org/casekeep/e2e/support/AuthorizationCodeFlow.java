package org.casekeep.e2e.support;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The login of the web client {@code casekeep-web} without a browser: authorization request, Keycloak's
 * login form, the code at the redirect URI, and the code exchange with the client secret and the PKCE
 * verifier. For tests of the realm and of the app's token handling; browser tests use Chromium.
 *
 * <p>Keeps its own cookies by hand: Keycloak marks them {@code Secure}, which browsers honour on
 * {@code http://127.0.0.1} (a secure context) but {@link java.net.CookieManager} does not.
 */
public final class AuthorizationCodeFlow {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern LOGIN_FORM = Pattern.compile("<form\\b[^>]*\\bid=\"kc-form-login\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]+)\"");

    private final KeycloakServer keycloak;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public AuthorizationCodeFlow(KeycloakServer keycloak) {
        this.keycloak = keycloak;
    }

    /** A PKCE verifier and its S256 challenge. */
    public record Pkce(String verifier, String challenge) {

        public static Pkce s256() {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String verifier = base64Url(bytes);
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
                return new Pkce(verifier, base64Url(digest));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The standard parameters of an authorization request of {@code casekeep-web} with PKCE S256. */
    public static Map<String, String> authorizationParameters(String redirectUri, Pkce pkce) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("client_id", KeycloakServer.WEB_CLIENT_ID);
        parameters.put("response_type", "code");
        parameters.put("scope", "openid");
        parameters.put("redirect_uri", redirectUri);
        parameters.put("state", base64Url(randomBytes(12)));
        parameters.put("nonce", base64Url(randomBytes(12)));
        if (pkce != null) {
            parameters.put("code_challenge", pkce.challenge());
            parameters.put("code_challenge_method", "S256");
        }
        return parameters;
    }

    /** GETs the authorization endpoint with exactly these parameters; redirects are not followed. */
    public HttpResponse<String> authorize(Map<String, String> parameters) {
        return get(keycloak.authorizationEndpoint() + "?" + KeycloakServer.formEncode(parameters));
    }

    /**
     * Logs a demo user in to {@code casekeep-web} and exchanges the code, as the app does.
     *
     * @return the token endpoint's answer (access, ID and refresh token)
     */
    public KeycloakServer.TokenResponse login(String username, String password, String redirectUri) {
        Pkce pkce = Pkce.s256();
        String code = authorizationCode(username, password, authorizationParameters(redirectUri, pkce));
        return exchange(code, redirectUri, pkce.verifier());
    }

    /** Runs the authorization request and the login form, and returns the code from the redirect. */
    public String authorizationCode(String username, String password, Map<String, String> parameters) {
        HttpResponse<String> page = authorize(parameters);
        if (page.statusCode() != 200) {
            throw new IllegalStateException("Authorization request answered HTTP " + page.statusCode()
                    + page.headers().firstValue("Location").map(l -> " → " + l).orElse(""));
        }
        Matcher form = LOGIN_FORM.matcher(page.body());
        Matcher action = form.find() ? ACTION.matcher(form.group()) : null;
        if (action == null || !action.find()) {
            throw new IllegalStateException("No login form in Keycloak's answer");
        }
        HttpResponse<String> afterLogin = postForm(action.group(1).replace("&amp;", "&"),
                Map.of("username", username, "password", password, "credentialId", ""));
        String location = afterLogin.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                "Login of " + username + " was not redirected (HTTP " + afterLogin.statusCode() + ")"));
        Map<String, String> query = queryParameters(URI.create(location));
        if (!parameters.get("state").equals(query.get("state"))) {
            throw new IllegalStateException("State not returned unchanged: " + location);
        }
        String code = query.get("code");
        if (code == null) {
            throw new IllegalStateException("No code in the redirect: " + location);
        }
        return code;
    }

    /** Exchanges a code at the token endpoint as the confidential client; {@code codeVerifier} may be null. */
    public KeycloakServer.TokenResponse exchange(String code, String redirectUri, String codeVerifier) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("client_id", KeycloakServer.WEB_CLIENT_ID);
        form.put("client_secret", KeycloakServer.WEB_CLIENT_SECRET);
        if (codeVerifier != null) {
            form.put("code_verifier", codeVerifier);
        }
        return keycloak.postForm(keycloak.tokenEndpoint(), form);
    }

    /** The query parameters of a URI, decoded. */
    public static Map<String, String> queryParameters(URI uri) {
        String query = uri.getRawQuery();
        if (query == null || query.isEmpty()) {
            return Map.of();
        }
        return List.of(query.split("&")).stream()
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        pair -> pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "",
                        (first, second) -> first,
                        LinkedHashMap::new));
    }

    private HttpResponse<String> get(String url) {
        return send(request(url).GET().build());
    }

    private HttpResponse<String> postForm(String url, Map<String, String> form) {
        return send(request(url)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(KeycloakServer.formEncode(form)))
                .build());
    }

    private HttpRequest.Builder request(String url) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        HttpResponse<String> response = keycloak.send(request);
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                String name = pair.substring(0, equals).trim();
                String value = pair.substring(equals + 1).trim();
                if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
        }
        return response;
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
