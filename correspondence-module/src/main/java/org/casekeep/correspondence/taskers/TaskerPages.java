package org.casekeep.correspondence.taskers;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.casekeep.correspondence.files.AttachmentRejected;
import org.casekeep.correspondence.files.AttachmentUpload;
import org.casekeep.correspondence.files.Uploads;
import org.casekeep.correspondence.office.OfficeRoles;
import org.casekeep.correspondence.routing.AssigneeSuggestions;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.validation.FieldProblem;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.web.Option;
import org.casekeep.kernel.web.PageForms;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tasker pages: "My taskers" with due and overdue badges and the counts of the dashboard, the tasker with its
 * answer form and the assigning office's actions, and the "new tasker" form. Same service, same permissions as the
 * API: a tasker the user may not see is not found.
 */
@Controller
@RequestMapping("/correspondence/taskers")
class TaskerPages {

	private static final List<String> ACTIONS = List.of("compile", "clear", "dispatch", "close");

	/** The kinds of answer the answer form offers, with what each asks for. */
	private static final List<Option> ANSWER_KINDS = List.of(
			new Option(Assignment.AnswerKind.CONCUR.name(), Assignment.AnswerKind.CONCUR.getLabel()),
			new Option(Assignment.AnswerKind.NON_CONCUR.name(),
					Assignment.AnswerKind.NON_CONCUR.getLabel() + " (give the reason)"),
			new Option(Assignment.AnswerKind.COMMENTS.name(), Assignment.AnswerKind.COMMENTS.getLabel()),
			new Option(Assignment.AnswerKind.DRAFT_RESPONSE.name(),
					Assignment.AnswerKind.DRAFT_RESPONSE.getLabel() + " (write it below or upload it)"));

	/** A line of the tasker's history as the page shows it: the action and statuses in words. */
	record HistoryLine(Instant occurredAt, String actor, String action, String move, @Nullable String note) {
	}

	private final TaskerRouting routing;
	private final TaskerAnswers answers;
	private final TaskerClearance clearance;
	private final TaskerQueries queries;
	private final AssigneeSuggestions suggestions;

	private final TaskerOnIntake onIntake;

	TaskerPages(TaskerRouting routing, TaskerAnswers answers, TaskerClearance clearance, TaskerQueries queries,
			AssigneeSuggestions suggestions, TaskerOnIntake onIntake) {
		this.onIntake = onIntake;
		this.suggestions = suggestions;
		this.routing = routing;
		this.answers = answers;
		this.clearance = clearance;
		this.queries = queries;
	}

	/** "My taskers", a page of 25 by default, sorted by the column the user chose (soonest due first). */
	@GetMapping
	String list(@RequestParam(required = false) @Nullable TaskerStatus status,
			@RequestParam(required = false) TaskerQueries.@Nullable Filter filter,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size,
			@RequestParam(required = false) @Nullable String sort, HttpServletRequest request, Model model) {
		TaskerListing.ORDERS.show(model, "taskers", queries.list(status, filter), page, size, sort, request);
		model.addAttribute("dashboard", queries.dashboard());
		model.addAttribute("status", status);
		model.addAttribute("filter", filter == null ? TaskerQueries.Filter.ALL : filter);
		model.addAttribute("statuses", TaskerStatus.values());
		model.addAttribute("mayCreate", mayCreate());
		return "correspondence/taskers/list";
	}

	/**
	 * The assignees offered as the user types (an htmx partial: the options of the form's datalist), components and
	 * offices from the reference data and named experts from the directory.
	 */
	@GetMapping("/assignee-options")
	String assigneeOptions(@RequestParam(name = "assigneeSearch", required = false) @Nullable String typed,
			Model model) {
		model.addAttribute("suggestions", suggestions.suggest(typed == null ? "" : typed));
		return "correspondence/taskers/new :: options";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) @Nullable String correspondenceId, Model model) {
		TaskerForm form = new TaskerForm();
		form.setCorrespondenceId(correspondenceId);
		return form(model, form);
	}

	@PostMapping
	ModelAndView create(@ModelAttribute("form") TaskerForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		try {
			TaskerView created = routing.create(form.toDraft());
			redirect.addFlashAttribute("notice", "The tasker was created and assigned.");
			return new ModelAndView("redirect:/correspondence/taskers/" + created.id());
		}
		catch (TaskerForm.FieldFormatException ex) {
			binding.rejectValue(ex.field(), "invalid", ex.getMessage());
		}
		catch (InvalidInputException ex) {
			// The form types the assignees as one list: a problem of assignees[i] is shown next to it.
			PageForms.reject(new InvalidInputException(ex.problems().stream()
				.map(problem -> problem.field().startsWith("assignees")
						? new FieldProblem("assignees", problem.message()) : problem)
				.toList()), binding);
		}
		return PageForms.unprocessable(form(model, form));
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		TaskerView tasker = queries.get(id);
		model.addAttribute("tasker", tasker);
		model.addAttribute("letter", queries.letter(id).orElse(null));
		if (tasker.mayManage()) {
			model.addAttribute("templateOptions", templateOptions());
		}
		model.addAttribute("history", queries.history(id).stream()
			.map(h -> new HistoryLine(h.occurredAt(), h.actor(), TaskerHistoryLabels.action(h.action()),
					TaskerHistoryLabels.move(h.fromStatus(), h.toStatus()), h.note()))
			.toList());
		model.addAttribute("answerKinds", ANSWER_KINDS);
		return "correspondence/taskers/detail";
	}

	@PostMapping("/{id}/assignments/{assignmentId}/answer")
	String answer(@PathVariable UUID id, @PathVariable UUID assignmentId,
			@RequestParam(required = false) Assignment.@Nullable AnswerKind kind,
			@RequestParam(required = false) @Nullable String text, @RequestParam(required = false) @Nullable Long version,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		TaskerAnswers.Answer draft = new TaskerAnswers.Answer(kind, text, version);
		try {
			AttachmentUpload upload = Uploads.one(file, "draft-response");
			if (upload != null) {
				answers.answerWithFile(id, assignmentId, draft, upload);
			}
			else {
				answers.answer(id, assignmentId, draft);
			}
			redirect.addFlashAttribute("notice", "Your answer was recorded.");
		}
		catch (InvalidInputException | AttachmentRejected ex) {
			redirect.addFlashAttribute("answerErrors", ex instanceof InvalidInputException invalid ? errors(invalid)
					: Map.of("file", ex.getMessage()));
			redirect.addFlashAttribute("answerInput", Map.of("assignmentId", assignmentId.toString(),
					"kind", kind == null ? "" : kind.name(), "text", text == null ? "" : text));
		}
		return "redirect:/correspondence/taskers/" + id + "#assignments";
	}

	/** Downloads a draft response uploaded to the tasker; not found for anyone who may not see the tasker. */
	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
		return TaskerApi.download(queries.attachment(id, attachmentId));
	}

	@PostMapping("/{id}/{action}")
	String act(@PathVariable UUID id, @PathVariable String action, @RequestParam(required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
		if (!ACTIONS.contains(action)) {
			throw new org.casekeep.kernel.access.RecordNotFoundException("page", action);
		}
		TaskerClearance.Command command = new TaskerClearance.Command(text, version);
		try {
			switch (action) {
				case "compile" -> clearance.compile(id, command);
				case "clear" -> clearance.clear(id, command);
				case "dispatch" -> clearance.dispatch(id, command);
				default -> clearance.close(id, command);
			}
			redirect.addFlashAttribute("notice", switch (action) {
				case "compile" -> "The response was compiled.";
				case "clear" -> "The response was cleared.";
				case "dispatch" -> "The response was dispatched.";
				default -> "The tasker was closed.";
			});
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", errors(ex));
			redirect.addFlashAttribute("actionInput", Map.of("action", action, "text", text == null ? "" : text));
		}
		return "redirect:/correspondence/taskers/" + id;
	}

	/**
	 * Assigns a draft tasker, or adds assignees to an assigned one: a routing template or the assignees typed as on
	 * the "new tasker" form. Refusals are shown on the tasker's page, next to the form.
	 */
	@PostMapping("/{id}/assign")
	String assign(@PathVariable UUID id, @RequestParam(required = false) @Nullable String templateId,
			@RequestParam(required = false) @Nullable String assignees,
			@RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
		TaskerForm form = new TaskerForm();
		form.setTemplateId(templateId);
		form.setAssignees(assignees);
		try {
			TaskerRouting.Draft parsed = form.toDraft();
			List<org.casekeep.correspondence.routing.AssignmentDraft> drafts = parsed.assignees();
			routing.assign(id, new TaskerRouting.AssignmentRequest(parsed.templateId(),
					drafts == null || drafts.isEmpty() ? null : drafts, version));
			redirect.addFlashAttribute("notice", parsed.templateId() != null ? "The routing template was applied."
					: "The tasker was assigned.");
		}
		catch (TaskerForm.FieldFormatException ex) {
			refused(redirect, "assign", Map.of(ex.field(), ex.getMessage()), assignees);
		}
		catch (InvalidInputException ex) {
			refused(redirect, "assign", errors(ex), assignees);
		}
		return "redirect:/correspondence/taskers/" + id + "#manage";
	}

	/** Replaces an open assignment by another assignee (typed as on the "new tasker" form), with the reason. */
	@PostMapping("/{id}/assignments/{assignmentId}/reassign")
	String reassign(@PathVariable UUID id, @PathVariable UUID assignmentId,
			@RequestParam(required = false) @Nullable String assignee,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
		TaskerForm form = new TaskerForm();
		form.setAssignees(assignee);
		try {
			List<org.casekeep.correspondence.routing.AssignmentDraft> drafts = form.toDraft().assignees();
			routing.reassign(id, assignmentId, new TaskerRouting.Reassignment(
					drafts == null || drafts.size() != 1 ? null : drafts.getFirst(), reason, version));
			redirect.addFlashAttribute("notice", "The assignment was reassigned.");
		}
		catch (InvalidInputException ex) {
			refused(redirect, "reassign:" + assignmentId, errors(ex), assignee);
		}
		return "redirect:/correspondence/taskers/" + id + "#assignments";
	}

	/** The assignee asks for more time: a new due date and the reason. */
	@PostMapping("/{id}/assignments/{assignmentId}/extension")
	String requestExtension(@PathVariable UUID id, @PathVariable UUID assignmentId,
			@RequestParam(required = false) @Nullable String dueDate,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
		act(redirect, "extension:" + assignmentId, reason, () -> answers.requestExtension(id, assignmentId,
				new TaskerAnswers.ExtensionRequest(date(dueDate), reason, version)),
				"Your request for more time was sent to the assigning office.");
		return "redirect:/correspondence/taskers/" + id + "#assignments";
	}

	/** The assigning office gives an assignment more time on its own. */
	@PostMapping("/{id}/assignments/{assignmentId}/due-date")
	String extend(@PathVariable UUID id, @PathVariable UUID assignmentId,
			@RequestParam(required = false) @Nullable String dueDate,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
		act(redirect, "due-date:" + assignmentId, reason, () -> answers.extend(id, assignmentId,
				new TaskerAnswers.Extension(date(dueDate), reason, version)), "The due date was extended.");
		return "redirect:/correspondence/taskers/" + id + "#assignments";
	}

	/** The assigning office approves or refuses a request for more time. */
	@PostMapping("/{id}/assignments/{assignmentId}/extension/decision")
	String decideExtension(@PathVariable UUID id, @PathVariable UUID assignmentId,
			@RequestParam(required = false) @Nullable Boolean approve,
			@RequestParam(required = false) @Nullable String note,
			@RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
		act(redirect, "decision:" + assignmentId, note, () -> answers.decideExtension(id, assignmentId,
				new TaskerAnswers.ExtensionDecision(approve, note, version)),
				Boolean.TRUE.equals(approve) ? "The extension was approved." : "The extension was refused.");
		return "redirect:/correspondence/taskers/" + id + "#assignments";
	}

	/** Cancelling is destructive: this page asks to confirm it, with the reason, before anything changes. */
	@GetMapping("/{id}/cancel")
	String confirmCancel(@PathVariable UUID id, @RequestParam(required = false) @Nullable String text, Model model) {
		TaskerView tasker = queries.get(id);
		if (!tasker.mayManage()) {
			throw new org.springframework.security.access.AccessDeniedException(
					"Only the assigning office may cancel a tasker");
		}
		model.addAttribute("tasker", tasker);
		model.addAttribute("reason", text == null ? "" : text);
		return "correspondence/taskers/cancel";
	}

	/**
	 * Cancels the tasker once confirmed ({@code confirm=yes}, sent only by the confirmation page); without it, the
	 * confirmation page is shown and nothing changes.
	 */
	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable UUID id, @RequestParam(required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable Long version,
			@RequestParam(required = false) @Nullable String confirm, RedirectAttributes redirect) {
		if (!"yes".equals(confirm)) {
			redirect.addAttribute("text", text == null ? "" : text);
			return "redirect:/correspondence/taskers/" + id + "/cancel";
		}
		try {
			clearance.cancel(id, new TaskerClearance.Command(text, version));
			redirect.addFlashAttribute("notice", "The tasker was cancelled.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", errors(ex));
			redirect.addFlashAttribute("actionInput", Map.of("action", "cancel", "text", text == null ? "" : text));
		}
		return "redirect:/correspondence/taskers/" + id;
	}

	/**
	 * Runs one tasker action of the page: its notice on success; on refusal the errors and what was typed go back to
	 * the form {@code form} of the tasker page (the same error pattern for every action).
	 */
	private static void act(RedirectAttributes redirect, String form, @Nullable String input, Runnable action,
			String notice) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (InvalidInputException ex) {
			refused(redirect, form, errors(ex), input);
		}
	}

	private static void refused(RedirectAttributes redirect, String form, Map<String, String> errors,
			@Nullable String input) {
		redirect.addFlashAttribute("formErrors", errors);
		redirect.addFlashAttribute("formInput", Map.of("form", form, "text", input == null ? "" : input));
	}

	private static java.time.@Nullable LocalDate date(@Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return java.time.LocalDate.parse(raw.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw InvalidInputException.of("dueDate", "Give the new due date as a date, e.g. 2027-01-15");
		}
	}

	private String form(Model model, TaskerForm form) {
		model.addAttribute("form", form);
		model.addAttribute("templateOptions", templateOptions());
		model.addAttribute("typeOptions", onIntake.typeOptions());
		return "correspondence/taskers/new";
	}

	private List<Option> templateOptions() {
		return onIntake.templateOptions();
	}

	private static Map<String, String> errors(InvalidInputException ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldProblem problem : ex.problems()) {
			errors.merge(problem.field(), problem.message(), (a, b) -> a + " " + b);
		}
		return errors;
	}

	private static boolean mayCreate() {
		Actor actor = Actors.current().orElse(null);
		return actor != null && actor.hasRole(OfficeRoles.EXEC_SEC) && actor.component() != null;
	}
}
