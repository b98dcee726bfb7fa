package org.casekeep.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real Keycloak of the end-to-end tests: the distribution that the build unpacks into
 * {@code ~/.cache/casekeep/keycloak-<version>} (the same one {@code bin/run} starts), with the realm
 * from {@code keycloak/casekeep-realm.json}, on an in-memory database, listening on
 * {@code 127.0.0.1:}{@value #PORT}.
 *
 * <p>Started lazily, once per JVM, by the first {@link #get()}; stopped (the whole process tree) by
 * a JVM shutdown hook. A small watchdog next to Keycloak also stops it within seconds should the test
 * JVM be killed without running its hooks, so no Keycloak outlives the test run.
 *
 * <pre>{@code
 * KeycloakServer keycloak = KeycloakServer.get();
 * String token = keycloak.passwordToken("oido-manager");
 * Map<String, Object> claims = keycloak.claims(token);
 * }</pre>
 *
 * System properties: {@code keycloak.home} (distribution directory), {@code casekeep.realm.file}
 * (realm JSON); both have working defaults.
 */
public final class KeycloakServer {

    public static final String KEYCLOAK_VERSION = "26.7.3";
    /** Fixed HTTP port, so that test configuration can name the issuer statically. */
    public static final int PORT = 18180;
    /** Management interface (health) port; {@code bin/run} uses 8190, so both can run side by side. */
    public static final int MANAGEMENT_PORT = 18190;
    public static final String REALM = "casekeep";
    public static final String BASE_URL = "http://127.0.0.1:" + PORT;
    public static final String ISSUER_URI = BASE_URL + "/realms/" + REALM;
    public static final String DEMO_PASSWORD = "casekeep-demo";
    /** Public client with direct access grants (demo realm only). */
    public static final String CLI_CLIENT_ID = "casekeep-cli";
    /** Confidential client of the web app: authorization code with PKCE S256 only. */
    public static final String WEB_CLIENT_ID = "casekeep-web";
    /**
     * The web client's secret in the tests' copy of the realm and in their configuration ({@code config/application.yml}):
     * the tests are not the demo profile, so they may not use the demo realm's published one.
     */
    public static final String WEB_CLIENT_SECRET = "casekeep-web-test-secret";
    /** The directory's service-account client (realm-management view-users only). */
    public static final String DIRECTORY_CLIENT_ID = "casekeep-directory";
    /** Its secret in the tests' copy of the realm and in their configuration, likewise not the demo one. */
    public static final String DIRECTORY_CLIENT_SECRET = "casekeep-directory-test-secret";
    /** The audience every access token carries for the app's resource server. */
    public static final String API_AUDIENCE = "casekeep-api";

    static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    /**
     * Runs kc.sh in the background and stops it when the JVM whose pid is $1 is gone (killed without
     * running shutdown hooks) or when this script is told to stop.
     */
    private static final String WATCHDOG = """
            parent="$1"; shift
            "$@" < /dev/null &
            kc=$!
            stop() {
              trap - TERM INT HUP
              kill -TERM "$kc" 2>/dev/null
              for _ in $(seq 1 200); do kill -0 "$kc" 2>/dev/null || exit 0; sleep 0.1; done
              pkill -KILL -P "$kc" 2>/dev/null; kill -KILL "$kc" 2>/dev/null
              exit 0
            }
            trap stop TERM INT HUP
            while kill -0 "$parent" 2>/dev/null && kill -0 "$kc" 2>/dev/null; do sleep 1 & wait $!; done
            stop
            """;

    private static final Object LOCK = new Object();
    private static volatile KeycloakServer instance;
    private static RuntimeException startupFailure;

    private final Process process;
    private final Path logFile;
    private final HttpClient http;

    private KeycloakServer(Process process, Path logFile, HttpClient http) {
        this.process = process;
        this.logFile = logFile;
        this.http = http;
    }

    /** The running Keycloak of this JVM, started on first use (about 20 s on two cores). */
    public static KeycloakServer get() {
        KeycloakServer server = instance;
        if (server != null) {
            return server;
        }
        synchronized (LOCK) {
            if (instance != null) {
                return instance;
            }
            if (startupFailure != null) {
                throw new IllegalStateException("Keycloak failed to start earlier in this JVM", startupFailure);
            }
            try {
                instance = start();
                return instance;
            } catch (RuntimeException e) {
                startupFailure = e;
                throw e;
            }
        }
    }

    /** {@code http://127.0.0.1:18180/realms/casekeep}: the {@code iss} of every token. */
    public String issuerUri() {
        return ISSUER_URI;
    }

    /** {@code http://127.0.0.1:18180}. */
    public String baseUrl() {
        return BASE_URL;
    }

    public String tokenEndpoint() {
        return ISSUER_URI + "/protocol/openid-connect/token";
    }

    public String authorizationEndpoint() {
        return ISSUER_URI + "/protocol/openid-connect/auth";
    }

    public String userInfoEndpoint() {
        return ISSUER_URI + "/protocol/openid-connect/userinfo";
    }

    /** Where Keycloak's console output goes; worth reading when a test fails. */
    public Path logFile() {
        return logFile;
    }

    /** A shared HTTP client (no redirects followed) for talking to Keycloak. */
    public HttpClient httpClient() {
        return http;
    }

    /** An access token of a demo user (password grant through {@code casekeep-cli}). */
    public String passwordToken(String username) {
        TokenResponse response = passwordGrant(username, DEMO_PASSWORD);
        if (response.status() != 200) {
            throw new IllegalStateException("No token for " + username + ": HTTP " + response.status() + " " + response.body());
        }
        return response.accessToken();
    }

    /** The raw answer of the token endpoint to a password grant through {@code casekeep-cli} with scope openid. */
    public TokenResponse passwordGrant(String username, String password) {
        return postForm(tokenEndpoint(), Map.of(
                "grant_type", "password",
                "client_id", CLI_CLIENT_ID,
                "username", username,
                "password", password,
                "scope", "openid"));
    }

    /** POSTs an application/x-www-form-urlencoded body and parses the JSON answer. */
    public TokenResponse postForm(String url, Map<String, String> form) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(formEncode(form)))
                .build();
        HttpResponse<String> response = send(request);
        return new TokenResponse(response.statusCode(), parseObject(response.body()));
    }

    /** The claims of the userinfo endpoint for an access token. */
    public Map<String, Object> userInfo(String accessToken) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(userInfoEndpoint()))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + accessToken)
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("userinfo answered HTTP " + response.statusCode() + ": " + response.body());
        }
        return parseObject(response.body());
    }

    /** The payload of a JWT (not verified: Keycloak just issued it). */
    public Map<String, Object> claims(String token) {
        return decodeClaims(token);
    }

    /** The payload of a JWT, without verifying its signature. */
    public static Map<String, Object> decodeClaims(String token) {
        String[] parts = token.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("Not a JWT: " + abbreviate(token));
        }
        return JSON.readValue(Base64.getUrlDecoder().decode(parts[1]), MAP);
    }

    /** Answer of the token endpoint. */
    public record TokenResponse(int status, Map<String, Object> body) {

        public String accessToken() {
            return (String) body.get("access_token");
        }

        public String idToken() {
            return (String) body.get("id_token");
        }

        public String error() {
            return (String) body.get("error");
        }
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Request to Keycloak failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while talking to Keycloak", e);
        }
    }

    static String formEncode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static Map<String, Object> parseObject(String body) {
        if (body == null || body.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(body, MAP);
        } catch (RuntimeException e) {
            return Map.of("unparsed", abbreviate(body));
        }
    }

    // ---------------------------------------------------------------- start and stop

    private static KeycloakServer start() {
        Path home = keycloakHome();
        Path realmFile = realmFile();
        Path logFile = newLogFile();
        ensurePortFree(PORT);
        ensurePortFree(MANAGEMENT_PORT);
        installRealm(home, realmFile);

        List<String> command = List.of(
                "bash", "-c", WATCHDOG, "casekeep-keycloak-watchdog",
                Long.toString(ProcessHandle.current().pid()),
                home.resolve("bin/kc.sh").toString(), "start-dev",
                // Same build-time options as bin/run (db, health), so neither re-augments the shared distribution.
                "--db=dev-mem",
                "--health-enabled=true",
                "--http-host=127.0.0.1",
                "--http-port=" + PORT,
                "--http-management-port=" + MANAGEMENT_PORT,
                "--hostname=" + BASE_URL,
                "--import-realm");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()));
        Map<String, String> env = builder.environment();
        // Keycloak runs on the JDK that runs the tests; stray KC_*/JAVA_OPTS settings of the developer's
        // shell must not change the test realm's server.
        env.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("QUARKUS_") || name.startsWith("JAVA_OPTS"));
        env.put("JAVA_HOME", System.getProperty("java.home"));

        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + home.resolve("bin/kc.sh"), e);
        }
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        KeycloakServer server = new KeycloakServer(process, logFile, http);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "keycloak-stop"));

        Instant started = Instant.now();
        try {
            server.awaitDiscovery(started.plus(STARTUP_TIMEOUT));
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
        System.out.printf("Keycloak %s ready on %s in %.1f s (log: %s)%n", KEYCLOAK_VERSION, ISSUER_URI,
                Duration.between(started, Instant.now()).toMillis() / 1000.0, logFile);
        return server;
    }

    private void awaitDiscovery(Instant deadline) {
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(ISSUER_URI + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue()
                        + " before it was ready. Last lines of " + logFile + ":\n" + logTail());
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep waiting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            sleep(Duration.ofMillis(250));
        }
        throw new IllegalStateException("Keycloak was not ready within " + STARTUP_TIMEOUT.toSeconds()
                + " s. Last lines of " + logFile + ":\n" + logTail());
    }

    /** Stops the watchdog, kc.sh and Keycloak's JVM: TERM to all, then KILL to whatever is left after the grace period. */
    private void stop() {
        List<ProcessHandle> tree = Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
        tree.reversed().forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        for (ProcessHandle handle : tree) {
            long left = deadline - System.nanoTime();
            try {
                if (left > 0) {
                    handle.onExit().get(left, TimeUnit.NANOSECONDS);
                }
            } catch (Exception stillRunning) {
                // killed below
            }
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    static Path keycloakHome() {
        String configured = System.getProperty("keycloak.home");
        Path home = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "casekeep", "keycloak-" + KEYCLOAK_VERSION);
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak distribution at " + home.toAbsolutePath()
                    + ". The platform-app build unpacks it (phase generate-test-resources, execution keycloak-dist):"
                    + " run ./mvnw -B -pl platform-app dependency:unpack@keycloak-dist from the repository root"
                    + " (delete ~/.cache/casekeep/markers first if the directory was removed by hand),"
                    + " or point -Dkeycloak.home at an unpacked Keycloak " + KEYCLOAK_VERSION + ".");
        }
        return home;
    }

    /** {@code keycloak/casekeep-realm.json} of the repository, found from the working directory upwards. */
    static Path realmFile() {
        String configured = System.getProperty("casekeep.realm.file");
        if (configured != null && !configured.isBlank()) {
            Path file = Path.of(configured).toAbsolutePath();
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("casekeep.realm.file points at " + file + ", which does not exist");
            }
            return file;
        }
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("keycloak").resolve("casekeep-realm.json");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("keycloak/casekeep-realm.json not found in " + start
                + " or any directory above it; set -Dcasekeep.realm.file");
    }

    private static Path newLogFile() {
        Path dir = Path.of(System.getProperty("user.dir"), "target", "keycloak-e2e");
        try {
            Files.createDirectories(dir);
            return dir.resolve("keycloak.log");
        } catch (IOException e) {
            try {
                return Files.createTempFile("casekeep-keycloak-", ".log");
            } catch (IOException again) {
                throw new UncheckedIOException(again);
            }
        }
    }

    /** Copies the realm into data/import atomically: bin/run's Keycloak may be reading that directory. */
    private static void installRealm(Path home, Path realmFile) {
        Path importDir = home.resolve("data").resolve("import");
        try {
            Files.createDirectories(importDir);
            Path temporary = importDir.resolve(".casekeep-realm.json." + ProcessHandle.current().pid() + ".tmp");
            // The tests are not the demo profile: their web client has a secret of its own (see config/application.yml).
            Files.writeString(temporary, Files.readString(realmFile)
                    .replace("\"secret\": \"casekeep-web-demo-secret\"", "\"secret\": \"" + WEB_CLIENT_SECRET + "\"")
                    .replace("\"secret\": \"casekeep-directory-demo-secret\"", "\"secret\": \"" + DIRECTORY_CLIENT_SECRET + "\""));
            Files.move(temporary, importDir.resolve("casekeep-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy " + realmFile + " into " + importDir, e);
        }
    }

    private static void ensurePortFree(int port) {
        try (ServerSocket ignored = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            // free
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " on 127.0.0.1 is in use, so the test Keycloak cannot start."
                    + " A Keycloak left over from an earlier test run? Find it with: ss -ltnp 'sport = :" + port + "'", e);
        }
    }

    private String logTail() {
        try (Stream<String> lines = Files.lines(logFile)) {
            List<String> all = lines.toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log not readable: " + e.getMessage() + ")";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
