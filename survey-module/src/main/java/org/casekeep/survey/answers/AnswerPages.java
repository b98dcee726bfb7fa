package org.casekeep.survey.answers;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.casekeep.kernel.publicweb.FormStamps;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public answer page, {@code /public/research/{token}}, without sign-in, in English and Spanish (the page's own
 * texts from {@code messages/research}, the questions as the researcher entered them): the privacy notice's five
 * elements first and the opt-out of future research beside it (PIA 4.1, footnote 4; 2.2), then the questions. The
 * token is random, not personal data, and is never stored: only its digest. Forms carry the kernel's bot trap; the
 * kernel's rate limits apply to every {@code /public/**} request. Nothing personal is logged.
 */
@Controller
class AnswerPages {

	private static final String PAGE = "research/public-answer";
	private static final String DONE = "research/public-done";

	private final AnswerIntake intake;
	private final FormStamps stamps;

	AnswerPages(AnswerIntake intake, FormStamps stamps) {
		this.intake = intake;
		this.stamps = stamps;
	}

	@GetMapping("/public/research/{token}")
	ModelAndView form(@PathVariable String token) {
		return guarded(token, () -> page(token, intake.form(token), Map.of(), HttpStatus.OK));
	}

	@PostMapping("/public/research/{token}")
	ModelAndView submit(@PathVariable String token, HttpServletRequest request, Locale locale) {
		return guarded(token, () -> {
			FormStamps.Verdict verdict = stamps.check(request.getParameter(FormStamps.STAMP),
					request.getParameter(FormStamps.HONEYPOT));
			if (!verdict.accepted()) {
				ModelAndView page = page(token, intake.form(token), Map.of(), HttpStatus.UNPROCESSABLE_CONTENT);
				page.addObject("trapped", verdict == FormStamps.Verdict.EXPIRED ? "research.answer.expired"
						: "research.answer.tooFast");
				return page;
			}
			try {
				intake.submit(token, answers(request), locale);
				return new ModelAndView(DONE, Map.of("outcome", "research.done.thanks"), HttpStatus.OK);
			}
			catch (InvalidInputException ex) {
				Map<String, String> errors = new LinkedHashMap<>();
				ex.problems().forEach(p -> errors.put(p.field(), p.message()));
				return page(token, intake.form(token), errors, HttpStatus.UNPROCESSABLE_CONTENT);
			}
		});
	}

	@PostMapping("/public/research/{token}/opt-out")
	ModelAndView optOut(@PathVariable String token, HttpServletRequest request) {
		return guarded(token, () -> {
			FormStamps.Verdict verdict = stamps.check(request.getParameter(FormStamps.STAMP),
					request.getParameter(FormStamps.HONEYPOT));
			if (verdict == FormStamps.Verdict.FORGED || verdict == FormStamps.Verdict.HONEYPOT_FILLED) {
				return new ModelAndView(DONE, Map.of("outcome", "research.done.refused"), HttpStatus.BAD_REQUEST);
			}
			intake.optOut(token);
			return new ModelAndView(DONE, Map.of("outcome", "research.done.optedOut"), HttpStatus.OK);
		});
	}

	private ModelAndView page(String token, AnswerIntake.RespondentForm form, Map<String, String> errors, HttpStatus status) {
		ModelAndView page = new ModelAndView(PAGE, status);
		page.addObject("form", form);
		page.addObject("action", "/public/research/" + token);
		page.addObject("errors", errors);
		page.addObject("stamp", stamps.issue());
		page.addObject("questionCount", form.instruments().stream().mapToInt(i -> i.questions().size()).sum());
		return page;
	}

	/** A link not valid or used, a study not collecting or with a gate open: a page saying so, nothing more. */
	private static ModelAndView guarded(String token, java.util.function.Supplier<ModelAndView> work) {
		if (token.length() > 64) {
			return new ModelAndView(DONE, Map.of("outcome", "research.done.invalid"), HttpStatus.NOT_FOUND);
		}
		try {
			return work.get();
		}
		catch (AnswerIntake.UnusableInvitationException ex) {
			return new ModelAndView(DONE, Map.of("outcome", "research.done.invalid"), HttpStatus.NOT_FOUND);
		}
		catch (WorkflowConflictException ex) {
			return new ModelAndView(DONE, Map.of("outcome", "research.done.notCollecting"), HttpStatus.CONFLICT);
		}
	}

	private static Map<String, List<String>> answers(HttpServletRequest request) {
		Map<String, List<String>> answers = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (name.startsWith(AnswerIntake.FIELD_PREFIX)) {
				answers.put(name, Arrays.asList(values));
			}
		});
		return answers;
	}
}
