package org.casekeep.platform.web;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Shows the rules of behavior of CRM PIA section 2.4 and records their affirmation for the session. See
 * {@link RulesOfBehavior} for the gate that sends users here.
 */
@Controller
@RequestMapping(RulesOfBehavior.PATH)
class RulesOfBehaviorController {

	/** Version of the statements; part of the audit entry so that a later wording change is traceable. */
	public static final String VERSION = RulesOfBehavior.VERSION;

	static final String AUDIT_DETAILS = "rules of behavior " + VERSION + ": 3 statements affirmed";

	static final String VIEW = "rules-of-behavior";

	static final HttpStatusCode UNPROCESSABLE = HttpStatusCode.valueOf(422);

	/**
	 * One acknowledgement: the form parameter name (also the checkbox id), the PIA text word for word, and the error
	 * shown when it is not checked.
	 */
	public record Statement(String name, String text, String errorMessage) {
	}

	/** CRM PIA 2.4, word for word (line breaks of the PDF joined). */
	public static final List<Statement> STATEMENTS = List.of(
			new Statement("outreachOnly", "Information may be used only for DHS outreach purposes.",
					"Check this box to affirm that information may be used only for DHS outreach purposes."),
			new Statement("penalties", "Any unauthorized access may be subject to criminal and civil penalties;",
					"Check this box to affirm that unauthorized access may be subject to criminal and civil penalties."),
			new Statement("agencyCompliance",
					"Each participating agency is responsible for its own compliance in collecting, maintaining, "
							+ "and sharing information under the Privacy Act and any applicable regulations.",
					"Check this box to affirm that each participating agency is responsible for its own compliance "
							+ "under the Privacy Act."));

	private static final Set<String> CHECKED_VALUES = Set.of("yes", "true", "on");

	private final AuditTrail auditTrail;

	private final Clock clock;

	public RulesOfBehaviorController(AuditTrail auditTrail, ObjectProvider<Clock> clock) {
		this.auditTrail = auditTrail;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@GetMapping
	public ModelAndView show(@RequestParam(name = RulesOfBehavior.CONTINUE_PARAMETER, required = false) @Nullable String continueTarget,
			HttpServletRequest request) {
		return form(RulesOfBehavior.safeContinueTarget(continueTarget), Set.of(), Set.of(), affirmedAt(request),
				HttpStatus.OK);
	}

	@PostMapping
	public ModelAndView affirm(@RequestParam Map<String, String> parameters, HttpServletRequest request) {
		String target = RulesOfBehavior.safeContinueTarget(parameters.get(RulesOfBehavior.CONTINUE_PARAMETER));
		Set<String> checked = new LinkedHashSet<>();
		Set<String> missing = new LinkedHashSet<>();
		for (Statement statement : STATEMENTS) {
			String value = parameters.get(statement.name());
			if (value != null && CHECKED_VALUES.contains(value.trim().toLowerCase(java.util.Locale.ROOT))) {
				checked.add(statement.name());
			}
			else {
				missing.add(statement.name());
			}
		}
		if (!missing.isEmpty()) {
			return form(target, checked, missing, affirmedAt(request), UNPROCESSABLE);
		}
		// Audit first: if the entry cannot be written, the session is not marked as affirmed.
		auditTrail.recordIndependently(AuditEvent.session(AuditAction.ACKNOWLEDGEMENT, AUDIT_DETAILS));
		request.getSession(true).setAttribute(RulesOfBehavior.SESSION_ATTRIBUTE, Instant.now(clock));
		RedirectView redirect = new RedirectView(target, true);
		redirect.setStatusCode(HttpStatus.SEE_OTHER);
		redirect.setExposeModelAttributes(false);
		redirect.setExpandUriTemplateVariables(false);
		redirect.setPropagateQueryParams(false);
		return new ModelAndView(redirect);
	}

	private static ModelAndView form(String continueTarget, Set<String> checked, Set<String> missing,
			@Nullable Instant affirmedAt, HttpStatusCode status) {
		ModelAndView mav = new ModelAndView(VIEW, status);
		mav.addObject("statements", STATEMENTS);
		mav.addObject("continueTarget", continueTarget);
		mav.addObject("checked", checked);
		mav.addObject("missing", missing);
		mav.addObject("affirmedAt", affirmedAt);
		mav.addObject("version", VERSION);
		return mav;
	}

	private static @Nullable Instant affirmedAt(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && session.getAttribute(RulesOfBehavior.SESSION_ATTRIBUTE) instanceof Instant at ? at
				: null;
	}
}
