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
import org.casekeep.survey.answers.drafts.DraftKeeper;
import org.jspecify.annotations.Nullable;
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
 * {@code POST /public/research/{token}/draft} saves what is filled to finish later by the same link; the page shows
 * it again, and how many questions are answered of how many.
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
		return guarded(token, () -> {
			AnswerIntake.RespondentForm form = intake.form(token);
			return page(token, form, form.saved(), Map.of(), HttpStatus.OK);
		});
	}

	@PostMapping("/public/research/{token}")
	ModelAndView submit(@PathVariable String token, HttpServletRequest request, Locale locale) {
		return taken(token, request, given -> {
			intake.submit(token, given, locale);
			return new ModelAndView(DONE, Map.of("outcome", "research.done.thanks"), HttpStatus.OK);
		});
	}

	/** Save and finish later: what is filled is checked, redacted and sealed by the invitation; nothing is required. */
	@PostMapping("/public/research/{token}/draft")
	ModelAndView saveDraft(@PathVariable String token, HttpServletRequest request) {
		return taken(token, request, given -> {
			try {
				DraftKeeper.SavedDraft saved = intake.saveDraft(token, given, version(request));
				ModelAndView page = page(token, intake.form(token), saved.values(), Map.of(), HttpStatus.OK);
				page.addObject("saved", true);
				return page;
			}
			catch (DraftKeeper.StaleDraftException ex) {
				// Two windows: the page shows what was saved last, to check and save again; nothing is overwritten.
				AnswerIntake.RespondentForm form = intake.form(token);
				ModelAndView page = page(token, form, form.saved(), Map.of(), HttpStatus.CONFLICT);
				page.addObject("stale", true);
				return page;
			}
		});
	}

	/**
	 * A form of answers sent or saved: past the bot trap, the answers given handed to {@code work}; answers that do
	 * not fit bring the page back with them filled in and each problem by its question.
	 */
	private ModelAndView taken(String token, HttpServletRequest request,
			java.util.function.Function<Map<String, List<String>>, ModelAndView> work) {
		return guarded(token, () -> {
			ModelAndView trapped = trapped(token, request);
			if (trapped != null) {
				return trapped;
			}
			Map<String, List<String>> given = answers(request);
			try {
				return work.apply(given);
			}
			catch (InvalidInputException ex) {
				return page(token, intake.form(token), given, errors(ex), HttpStatus.UNPROCESSABLE_CONTENT);
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

	/** The bot trap's refusal of a form (the page again, asking to wait or check), or {@code null} when accepted. */
	private @Nullable ModelAndView trapped(String token, HttpServletRequest request) {
		FormStamps.Verdict verdict = stamps.check(request.getParameter(FormStamps.STAMP),
				request.getParameter(FormStamps.HONEYPOT));
		if (verdict.accepted()) {
			return null;
		}
		AnswerIntake.RespondentForm form = intake.form(token);
		ModelAndView page = page(token, form, form.saved(), Map.of(), HttpStatus.UNPROCESSABLE_CONTENT);
		page.addObject("trapped", verdict == FormStamps.Verdict.EXPIRED ? "research.answer.expired"
				: "research.answer.tooFast");
		return page;
	}

	/**
	 * The page, its fields filled with {@code values} (what was saved, or what was just sent back with errors), and
	 * the progress: questions answered of all.
	 */
	private ModelAndView page(String token, AnswerIntake.RespondentForm form, Map<String, List<String>> values,
			Map<String, String> errors, HttpStatus status) {
		ModelAndView page = new ModelAndView(PAGE, status);
		Map<String, List<String>> filled = new LinkedHashMap<>();
		form.instruments().forEach(i -> i.questions().forEach(q -> {
			String field = AnswerIntake.FIELD_PREFIX + q.id();
			filled.put(field, values.getOrDefault(field, List.of()));
		}));
		page.addObject("form", form);
		page.addObject("action", "/public/research/" + token);
		page.addObject("values", filled);
		page.addObject("errors", errors);
		page.addObject("stamp", stamps.issue());
		page.addObject("questionCount", form.questionCount());
		page.addObject("answeredCount", form.answered(form.saved()));
		page.addObject("draftVersion", form.draftVersion());
		return page;
	}

	private static Map<String, String> errors(InvalidInputException ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.problems().forEach(p -> errors.put(p.field(), p.message()));
		return errors;
	}

	/** The draft version the page showed; absent or not a number: it showed none. */
	private static @Nullable Long version(HttpServletRequest request) {
		String raw = request.getParameter("draftVersion");
		try {
			return raw == null || raw.isBlank() ? null : Long.valueOf(raw.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
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
