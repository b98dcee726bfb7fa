package org.casekeep.platform.web;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.validation.FieldProblem;
import org.casekeep.kernel.validation.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.databind.json.JsonMapper;

/**
 * API sessions are held to the rules of behavior as web sessions are (CRM PIA 2.4: "at the start of each CRM session
 * all participating users are required to affirmatively acknowledge" them). An API session is the Keycloak sign-in
 * session a token belongs to (its {@code sid} claim): until its user has affirmed the three statements for it
 * ({@code POST} {@value #PATH}), every other API request answers 403 with a problem document that says how, and
 * {@code GET} {@value #PATH} gives the statements word for word. The affirmation is audited like the web's.
 */
@RestController
class ApiRulesOfBehavior implements WebMvcConfigurer {

	static final String PATH = "/api/rules-of-behavior";
	static final URI NOT_AFFIRMED = URI.create("https://casekeep.example.gov/problems/rules-of-behavior-not-affirmed");

	private final ApiAcknowledgements acknowledgements;
	private final AuditTrail audit;
	private final JsonMapper json;
	private final Clock clock;

	ApiRulesOfBehavior(ApiAcknowledgements acknowledgements, AuditTrail audit, JsonMapper json,
			ObjectProvider<Clock> clock) {
		this.acknowledgements = acknowledgements;
		this.audit = audit;
		this.json = json;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** The statements to affirm, each with the name of the property that affirms it. */
	@GetMapping(PATH)
	Map<String, Object> statements() {
		Map<String, Object> statements = new LinkedHashMap<>();
		statements.put("version", RulesOfBehaviorController.VERSION);
		statements.put("statements", RulesOfBehaviorController.STATEMENTS.stream()
			.map(statement -> Map.of("name", statement.name(), "text", statement.text())).toList());
		statements.put("howToAffirm", "POST " + PATH + " with a JSON object setting each statement's name to true");
		return statements;
	}

	/** Affirms the statements for the token's sign-in session; each one must be set to {@code true}. */
	@PostMapping(PATH)
	ResponseEntity<Void> affirm(@RequestBody(required = false) @Nullable Map<String, Object> affirmations) {
		List<FieldProblem> missing = new ArrayList<>();
		for (RulesOfBehaviorController.Statement statement : RulesOfBehaviorController.STATEMENTS) {
			Object value = affirmations == null ? null : affirmations.get(statement.name());
			if (!Boolean.TRUE.equals(value)) {
				missing.add(new FieldProblem(statement.name(), statement.errorMessage()));
			}
		}
		if (!missing.isEmpty()) {
			throw new InvalidInputException(missing);
		}
		Session session = session();
		if (session == null) {
			throw InvalidInputException.of("sid", "This token belongs to no sign-in session, so there is nothing to "
					+ "affirm the rules of behavior for; sign in as a person to get one");
		}
		// Audited first: if the entry cannot be written, the session is not marked as affirmed.
		audit.recordIndependently(AuditEvent.session(AuditAction.ACKNOWLEDGEMENT,
				RulesOfBehaviorController.AUDIT_DETAILS + " (API session)"));
		acknowledgements.record(session.username(), session.id(), clock.instant());
		return ResponseEntity.noContent().build();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
					throws IOException {
				Session session = session();
				if (session != null && acknowledgements.affirmed(session.username(), session.id())) {
					return true;
				}
				refuse(response);
				return false;
			}
		}).addPathPatterns("/api/**").excludePathPatterns(PATH);
	}

	private void refuse(HttpServletResponse response) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Affirm the rules of behavior "
				+ "for this sign-in session first (CRM PIA 2.4): read them with GET " + PATH + ", then POST " + PATH
				+ " with each statement's name set to true. Every request of the session is refused until then.");
		problem.setType(NOT_AFFIRMED);
		problem.setTitle("Rules of behavior not affirmed");
		problem.setProperty("affirmAt", PATH);
		response.setStatus(HttpStatus.FORBIDDEN.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

	/** The user and sign-in session of the request's bearer token, or {@literal null} when it has none. */
	private static @Nullable Session session() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof JwtAuthenticationToken token && token.getToken().hasClaim("sid")) {
			String sid = token.getToken().getClaimAsString("sid");
			return sid == null || sid.isBlank() ? null : new Session(token.getName(), sid);
		}
		return null;
	}

	private record Session(String username, String id) {
	}
}
