package org.casekeep.correspondence.intake;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.casekeep.correspondence.files.AttachmentRejected;
import org.casekeep.correspondence.files.Uploads;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.pii.FieldDescriptor;
import org.casekeep.kernel.pii.PersonalDataCatalog;
import org.casekeep.kernel.validation.FieldProblem;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.web.AddressForm;
import org.casekeep.kernel.web.Option;
import org.casekeep.kernel.web.PageForms;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The correspondence pages: the index (search and the recent correspondence of the user's office), a record, and
 * intake (PIA 2.5, 3.4): the intake form (correspondent, channel, source, subject, text and files), then, when SPII
 * was found, the review page with one decision per finding.
 */
@Controller
@RequestMapping("/correspondence")
class CorrespondencePages {

	/** The search criteria as typed. */
	record Criteria(@Nullable String q, @Nullable String status) {
	}

	/** The correction as typed, shown again with its errors. */
	record CorrectionInput(@Nullable String field, @Nullable String value, @Nullable String reason)
			implements java.io.Serializable {
	}

	/** The form field (its id) a refused correction's problem belongs next to; 'form' for the whole form. */
	private static String correctionField(String problem) {
		if (problem.equals("reason")) {
			return "correction-reason";
		}
		if (problem.startsWith("changes.")) {
			return "correction-field";
		}
		return problem.equals("changes") || Correspondence.CORRECTABLE.contains(problem) ? "correction-value" : "form";
	}

	/** A correction as the record's page lists it: the fields by their names for people. */
	record CorrectionLine(java.time.Instant correctedAt, String correctedBy, List<String> fields, String reason) {
	}

	/** What the reviewer chose for one finding, as posted back when the page is shown again with errors. */
	record Answer(@Nullable String decision, @Nullable String justification, boolean extraneous) {
	}

	/** The address kinds the form offers: the correspondent's mailing, work or home address (PIA 2.1). */
	static final List<Option> ADDRESS_KINDS = Arrays.stream(Correspondence.AddressKind.values())
		.map(kind -> new Option(kind.name(), CorrespondenceView.addressKindLabel(kind.name())))
		.toList();

	private final CorrespondenceIntake intake;
	private final SpiiReview spiiReview;
	private final CorrespondenceSearch search;
	private final LetterTaskers taskers;
	private final CorrespondenceCorrection correction;
	private final IntakeAssignment assignment;
	private final CorrespondenceDuplicates duplicates;
	private final CorrespondentNotices notices;
	private final PersonalDataCatalog catalog;

	/** The session attribute (prefix) of an assignment chosen at intake, waiting for the letter's SPII review. */
	static final String PENDING = "casekeep.correspondence.pendingAssignment.";

	CorrespondencePages(CorrespondenceIntake intake, SpiiReview spiiReview, CorrespondenceSearch search,
			LetterTaskers taskers, CorrespondenceCorrection correction, IntakeAssignment assignment,
			CorrespondenceDuplicates duplicates, CorrespondentNotices notices, PersonalDataCatalog catalog) {
		this.catalog = catalog;
		this.assignment = assignment;
		this.duplicates = duplicates;
		this.notices = notices;
		this.correction = correction;
		this.taskers = taskers;
		this.intake = intake;
		this.spiiReview = spiiReview;
		this.search = search;
	}

	/** The schedules the records-review form on the correspondence page offers (PIA 5.1). */
	@ModelAttribute("recordsScheduleOptions")
	List<CorrespondenceRetentionSchedule> recordsScheduleOptions() {
		return List.of(CorrespondenceRetentionSchedule.values());
	}

	/** Why a record that needs no tasker may be closed, for the form on the correspondence page (PIA 5.1). */
	@ModelAttribute("closureReasons")
	List<ClosureReason> closureReasons() {
		return List.of(ClosureReason.values());
	}

	/** The list's page and order as its links ask for them (brought into range, never an error page). */
	record Listing(@Nullable Integer page, @Nullable Integer size, @Nullable String sort, HttpServletRequest request) {

		/** Puts this page of {@code all} on the page, with what its headers and page links need. */
		void show(List<CorrespondenceSearch.Result> all, Model model) {
			CorrespondenceListing.ORDERS.show(model, "results", all, page, size, sort, request);
		}
	}

	@GetMapping
	String index(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size,
			@RequestParam(required = false) @Nullable String sort, HttpServletRequest request, Model model) {
		boolean mayUse = search.mayUse(Actors.require());
		model.addAttribute("mayUse", mayUse);
		model.addAttribute("criteria", new Criteria(q, status));
		model.addAttribute("statuses", CorrespondenceStatus.values());
		boolean knownStatus = status == null || status.isBlank()
				|| java.util.Arrays.stream(CorrespondenceStatus.values()).anyMatch(s -> s.name().equals(status));
		List<CorrespondenceSearch.Result> results = mayUse && knownStatus ? search.search(q, status) : List.of();
		new Listing(page, size, sort, request).show(results, model);
		model.addAttribute("searched", (q != null && !q.isBlank()) || (status != null && !status.isBlank()));
		return "correspondence/index";
	}

	/**
	 * Looks records up by receipt number, A-Number, case number, reference number or correspondent (the index page's
	 * lookup form); refusals are shown above the form.
	 */
	@GetMapping("/lookup")
	ModelAndView lookup(@RequestParam(required = false) @Nullable String receiptNumber,
			@RequestParam(required = false) @Nullable String aNumber,
			@RequestParam(required = false) @Nullable String caseNumber,
			@RequestParam(required = false) @Nullable String referenceNumber,
			@RequestParam(required = false) @Nullable String correspondent,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size,
			@RequestParam(required = false) @Nullable String sort, HttpServletRequest request, Model model) {
		CorrespondenceSearch.Lookup criteria = new CorrespondenceSearch.Lookup(receiptNumber, aNumber, caseNumber,
				referenceNumber, correspondent);
		Listing listing = new Listing(page, size, sort, request);
		model.addAttribute("mayUse", search.mayUse(Actors.require()));
		model.addAttribute("criteria", new Criteria(null, null));
		model.addAttribute("statuses", CorrespondenceStatus.values());
		model.addAttribute("lookup", criteria);
		model.addAttribute("searched", true);
		try {
			listing.show(search.lookup(criteria), model);
			return new ModelAndView("correspondence/index", model.asMap());
		}
		catch (InvalidInputException ex) {
			listing.show(List.of(), model);
			Map<String, String> errors = new LinkedHashMap<>();
			for (FieldProblem problem : ex.problems()) {
				// A problem of the whole lookup ("give one of ...") is the form's; the others are their fields'.
				errors.merge(problem.field().equals("lookup") ? "form" : problem.field(), problem.message(),
						(a, b) -> a + " " + b);
			}
			model.addAttribute("lookupErrors", errors);
			return PageForms.unprocessable("correspondence/index");
		}
	}

	/** Corrects one field of the record, with the reason (PIA 7.2); refusals are shown next to the form. */
	@PostMapping("/{id}/corrections")
	String correct(@PathVariable UUID id, @RequestParam(required = false) @Nullable String field,
			@RequestParam(required = false) @Nullable String value,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable Long version,
			org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
		java.util.Map<String, @Nullable String> changes = new java.util.HashMap<>();
		if (field != null && !field.isBlank()) {
			changes.put(field, value == null ? "" : value);
		}
		try {
			correction.correct(id, new CorrespondenceCorrection.Request(changes, reason, version));
			redirect.addFlashAttribute("notice", "The correction was recorded.");
		}
		catch (InvalidInputException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			for (FieldProblem problem : ex.problems()) {
				errors.merge(correctionField(problem.field()), problem.message(), (a, b) -> a + " " + b);
			}
			redirect.addFlashAttribute("correctionErrors", errors);
			redirect.addFlashAttribute("correctionInput", new CorrectionInput(field, value, reason));
		}
		return "redirect:/correspondence/" + id + "#corrections";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		CorrespondenceView view = search.get(id);
		model.addAttribute("item", view);
		model.addAttribute("taskers", taskers.of(id));
		model.addAttribute("duplicates", duplicates.of(id));
		model.addAttribute("correspondentNotices", notices.sentFor(id));
		model.addAttribute("corrections", correction.history(id).stream()
			.map(c -> new CorrectionLine(c.correctedAt(), c.correctedBy(),
					c.fields().stream().map(this::fieldLabel).toList(), c.reason()))
			.toList());
		model.addAttribute("correctableFields", Correspondence.CORRECTABLE.stream()
			.map(field -> new Option(field, fieldLabel(field)))
			.toList());
		return "correspondence/intake/detail";
	}

	@GetMapping("/intake/new")
	String newForm(Model model) {
		IntakeForm form = new IntakeForm();
		form.setChannel(Arrival.Channel.POSTAL_MAIL.name());
		return form(model, form);
	}

	/**
	 * Takes a letter in and, when the clerk chose whom to assign it to, assigns it (PIA "Receipt &amp; Assignment"):
	 * the assignment is checked before anything is stored, so a refused assignee loses nothing and writes nothing.
	 * A letter with SPII waits for its review first (PIA 3.4); the assignment follows the review.
	 */
	@PostMapping("/intake")
	ModelAndView create(@ModelAttribute("form") IntakeForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpSession session) throws IOException {
		IntakeAssignment.Choice choice = form.assignment();
		try {
			if (!choice.isEmpty()) {
				try {
					assignment.check(choice, form.getSubject());
				}
				catch (InvalidInputException ex) {
					ex.problems().forEach(p -> binding.rejectValue(IntakeForm.assignmentField(p.field()), "invalid",
							p.message()));
					return PageForms.unprocessable(form(model, form));
				}
			}
			CorrespondenceView created = intake.intake(form.toDraft(), Uploads.of(form.getFiles()));
			if (created.awaitingSpiiReview()) {
				if (!choice.isEmpty()) {
					session.setAttribute(PENDING + created.id(), choice);
				}
				redirect.addFlashAttribute("notice", created.referenceNumber() + " was stored. Sensitive information "
						+ "was found: decide for each finding before the record is received"
						+ (choice.isEmpty() ? "." : " and assigned."));
				return new ModelAndView("redirect:/correspondence/intake/" + created.id() + "/review");
			}
			if (!choice.isEmpty()) {
				return assigned(created, choice, redirect);
			}
			redirect.addFlashAttribute("notice", created.referenceNumber() + " was received.");
			return new ModelAndView("redirect:/correspondence/" + created.id());
		}
		catch (InvalidInputException ex) {
			PageForms.reject(ex, binding);
			return PageForms.unprocessable(form(model, form));
		}
		catch (AttachmentRejected ex) {
			binding.rejectValue("files", "rejected", ex.getMessage());
			ModelAndView page = new ModelAndView(form(model, form));
			page.setStatus(Uploads.status(ex));
			return page;
		}
	}

	@GetMapping("/intake/{id}/review")
	String review(@PathVariable UUID id, Model model, HttpSession session) {
		CorrespondenceView view = search.get(id);
		if (!view.awaitingSpiiReview()) {
			return "redirect:/correspondence/" + id;
		}
		model.addAttribute("pendingAssignment", session.getAttribute(PENDING + id));
		return review(model, view, Map.of(), Map.of(), null, false);
	}

	@PostMapping("/intake/{id}/review")
	ModelAndView decide(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes redirect, HttpSession session) {
		CorrespondenceView view = search.get(id);
		List<SpiiReview.Decision> decisions = new ArrayList<>();
		Map<UUID, Answer> answers = new LinkedHashMap<>();
		// "Redact all": one choice for every finding, instead of one each.
		boolean redactAll = params.containsKey("redactAll");
		for (CorrespondenceView.Finding finding : view.findings()) {
			Answer answer = new Answer(redactAll ? "REDACT" : params.get("decision-" + finding.id()),
					params.get("justification-" + finding.id()), params.containsKey("extraneous-" + finding.id()));
			answers.put(finding.id(), answer);
			decisions.add(new SpiiReview.Decision(finding.id(), answer.decision(), answer.justification(), answer.extraneous()));
		}
		boolean bodyExtraneous = params.containsKey("bodyExtraneous");
		Long version = parseVersion(params.get("version"));
		try {
			CorrespondenceView reviewed = spiiReview.decide(id, new SpiiReview.Decisions(version, decisions, bodyExtraneous));
			Object pending = session.getAttribute(PENDING + id);
			if (pending instanceof IntakeAssignment.Choice choice) {
				session.removeAttribute(PENDING + id);
				return assigned(reviewed, choice, redirect);
			}
			redirect.addFlashAttribute("notice", reviewed.referenceNumber() + " was reviewed and received.");
			return new ModelAndView("redirect:/correspondence/" + id);
		}
		catch (InvalidInputException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			for (FieldProblem problem : ex.problems()) {
				// findings[<id>].decision -> decision-<id>; findings[<id>].justification -> justification-<id>
				String field = problem.field();
				if (field.startsWith("findings[") && field.contains("]")) {
					String findingId = field.substring("findings[".length(), field.indexOf(']'));
					String part = field.endsWith(".justification") ? "justification" : "decision";
					errors.putIfAbsent(part + "-" + findingId, problem.message());
				}
				else {
					errors.putIfAbsent("form", problem.message());
				}
			}
			return PageForms.unprocessable(review(model, view, errors, answers, null, bodyExtraneous));
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			return PageForms.conflict(review(model, search.get(id), Map.of(), answers, "Somebody else reviewed or "
					+ "changed this correspondence while you were deciding. Check the findings again and save.",
					bodyExtraneous));
		}
	}

	/** Assigns a received letter as chosen at intake and opens its tasker; a refusal now leaves it to assign later. */
	private ModelAndView assigned(CorrespondenceView letter, IntakeAssignment.Choice choice,
			RedirectAttributes redirect) {
		try {
			UUID tasker = assignment.assign(letter.id(), letter.subject(), choice);
			redirect.addFlashAttribute("notice", letter.referenceNumber() + " was received and assigned.");
			return new ModelAndView("redirect:/correspondence/taskers/" + tasker);
		}
		catch (InvalidInputException | org.casekeep.kernel.validation.WorkflowConflictException ex) {
			redirect.addFlashAttribute("notice", letter.referenceNumber() + " was received but not assigned: "
					+ ex.getMessage() + " Assign it from its page.");
			return new ModelAndView("redirect:/correspondence/" + letter.id());
		}
	}

	/**
	 * A field of the record as people read it, from its PII declaration (the one place its description is written),
	 * without the declaration's explanation in brackets: {@code aNumber} reads "Alien Registration Number".
	 */
	private String fieldLabel(String field) {
		return catalog.require(Correspondence.RECORD_TYPE).field(field)
			.map(FieldDescriptor::description)
			.map(description -> description.contains(" (") ? description.substring(0, description.indexOf(" ("))
					: description)
			.orElse(field);
	}

	private static @Nullable Long parseVersion(@Nullable String raw) {
		try {
			return raw == null || raw.isBlank() ? null : Long.valueOf(raw.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private String review(Model model, CorrespondenceView view, Map<String, String> errors, Map<UUID, Answer> answers,
			@Nullable String conflict, boolean bodyExtraneous) {
		model.addAttribute("item", view);
		// The page's one error summary: a conflict is a problem of the whole form, listed first.
		Map<String, String> shown = new LinkedHashMap<>();
		if (conflict != null) {
			shown.put("form", conflict);
		}
		shown.putAll(errors);
		model.addAttribute("errors", shown);
		model.addAttribute("answers", answers);
		model.addAttribute("conflict", conflict);
		model.addAttribute("bodyExtraneous", bodyExtraneous);
		return "correspondence/intake/review";
	}

	private String form(Model model, IntakeForm form) {
		model.addAttribute("form", form);
		model.addAttribute("assignTemplateOptions", assignment.templateOptions());
		model.addAttribute("assignTypeOptions", assignment.typeOptions());
		model.addAttribute("channelOptions", Arrival.Channel.values());
		model.addAttribute("methodOptions", Arrival.IntakeMethod.values());
		model.addAttribute("sourceOptions", Arrival.SourceType.values());
		model.addAttribute("scheduleOptions", CorrespondenceRetentionSchedule.values());
		model.addAttribute("addressKindOptions", ADDRESS_KINDS);
		model.addAttribute("stateOptions", AddressForm.STATES);
		return "correspondence/intake/new";
	}
}
