package org.casekeep.platform.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Rules of behavior gate (CRM PIA 2.4): "at the start of each CRM session all participating users are required to
 * affirmatively acknowledge" three responsibilities. Every page request of an authenticated web session that has not
 * affirmed them yet is sent to {@value #PATH} first, and comes back to where it was going afterwards.
 * <p>
 * Not gated here: the JSON API ({@code /api/**}, which has no web session; {@link ApiRulesOfBehavior} holds its
 * sessions to the same rules), static assets, the rules page itself, error
 * pages, actuator and OpenAPI documents, and Spring Security's own login and logout endpoints (see
 * {@link #EXCLUDED_PATH_PATTERNS}). htmx requests get an {@code HX-Redirect} header instead of a redirect, so that the
 * whole page changes rather than a fragment.
 */
@Component
public class RulesOfBehavior implements HandlerInterceptor, WebMvcConfigurer {

	/** Version of the statements; part of every affirmation, so that a later wording change asks again. */
	public static final String VERSION = "v1";

	/** Session attribute holding the {@link java.time.Instant} at which the rules were affirmed in this session. */
	public static final String SESSION_ATTRIBUTE = "casekeep.rulesOfBehavior.affirmedAt";

	/** The rules of behavior page. */
	public static final String PATH = "/rules-of-behavior";

	/** The query (and form) parameter naming where to go after affirming. */
	public static final String CONTINUE_PARAMETER = "continue";

	/** Request paths that never require the affirmation. */
	public static final List<String> EXCLUDED_PATH_PATTERNS = List.of(PATH, PATH + "/**", "/api/**", "/error",
			"/error/**", "/actuator", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
			"/swagger-ui.html", "/uswds/**", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/login",
			"/login/**", "/oauth2/**", "/logout");

	static final int MAX_CONTINUE_LENGTH = 2048;

	private static final AuthenticationTrustResolver TRUST_RESOLVER = new AuthenticationTrustResolverImpl();

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/**").excludePathPatterns(EXCLUDED_PATH_PATTERNS);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		if (handler instanceof ResourceHttpRequestHandler || !isAuthenticated() || hasAffirmed(request)) {
			return true;
		}
		String location = rulesPageLocation(request.getContextPath(), continueTargetOf(request));
		if (request.getHeader("HX-Request") != null) {
			response.setStatus(HttpStatus.NO_CONTENT.value());
			response.setHeader("HX-Redirect", location);
		}
		else {
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader("Location", location);
		}
		return false;
	}

	/** Whether this request's session holds the affirmation. */
	public static boolean hasAffirmed(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && session.getAttribute(SESSION_ATTRIBUTE) != null;
	}

	private static boolean isAuthenticated() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return TRUST_RESOLVER.isAuthenticated(authentication);
	}

	/**
	 * Where the user was going: the page itself for GET and HEAD (for htmx requests the page shown in the browser,
	 * from {@code HX-Current-URL}); the home page for anything else, since a form submission cannot be replayed by a
	 * redirect.
	 */
	static String continueTargetOf(HttpServletRequest request) {
		String htmxCurrentUrl = request.getHeader("HX-Current-URL");
		if (htmxCurrentUrl != null) {
			return pathAndQueryOf(htmxCurrentUrl, request.getContextPath());
		}
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return "/";
		}
		String path = stripContextPath(request.getRequestURI(), request.getContextPath());
		String query = request.getQueryString();
		return safeContinueTarget(query == null ? path : path + "?" + query);
	}

	private static String pathAndQueryOf(String url, @Nullable String contextPath) {
		try {
			URI uri = new URI(url);
			String path = stripContextPath(uri.getRawPath(), contextPath);
			return safeContinueTarget(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
		}
		catch (URISyntaxException ex) {
			return "/";
		}
	}

	private static String stripContextPath(@Nullable String path, @Nullable String contextPath) {
		if (path == null || path.isEmpty()) {
			return "/";
		}
		if (contextPath != null && !contextPath.isEmpty() && path.startsWith(contextPath)) {
			String rest = path.substring(contextPath.length());
			return rest.isEmpty() ? "/" : rest;
		}
		return path;
	}

	/** The rules page URL (with context path) carrying the (already safe) continue target, fully encoded. */
	static String rulesPageLocation(@Nullable String contextPath, String continueTarget) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath((contextPath == null ? "" : contextPath) + PATH);
		if ("/".equals(continueTarget)) {
			return builder.build().toUriString();
		}
		return builder.queryParam(CONTINUE_PARAMETER, "{target}").encode().buildAndExpand(continueTarget).toUriString();
	}

	/**
	 * Returns the candidate when it is a same-site, application-relative path (optionally with query and fragment),
	 * otherwise {@code "/"}. Rejected: {@literal null} or empty values, absolute URLs ({@code https://x}),
	 * scheme-relative ones ({@code //evil.com}, {@code /\evil.com}), backslashes, spaces, control and non-ASCII
	 * characters (browsers drop tabs and new lines, turning {@code /\t/evil.com} into {@code //evil.com}), dot
	 * segments (also percent-encoded), values longer than {@value #MAX_CONTINUE_LENGTH} characters, and the rules page
	 * itself.
	 */
	public static String safeContinueTarget(@Nullable String candidate) {
		if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_CONTINUE_LENGTH
				|| candidate.charAt(0) != '/') {
			return "/";
		}
		for (int i = 0; i < candidate.length(); i++) {
			char c = candidate.charAt(i);
			if (c <= 0x20 || c >= 0x7f || c == '\\') {
				return "/";
			}
		}
		if (candidate.length() > 1 && candidate.charAt(1) == '/') {
			return "/";
		}
		URI uri;
		try {
			uri = new URI(candidate);
		}
		catch (URISyntaxException ex) {
			return "/";
		}
		String path = uri.getRawPath();
		if (uri.getScheme() != null || uri.getRawAuthority() != null || path == null || !path.startsWith("/")) {
			return "/";
		}
		for (String segment : path.split("/", -1)) {
			String decodedDots = segment.toLowerCase(Locale.ROOT).replace("%2e", ".");
			if (decodedDots.equals(".") || decodedDots.equals("..")) {
				return "/";
			}
		}
		if (path.equals(PATH) || path.startsWith(PATH + "/")) {
			return "/";
		}
		return candidate;
	}
}
