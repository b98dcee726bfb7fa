package org.casekeep.correspondence.taskers;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casekeep.correspondence.files.AttachmentRejected;
import org.casekeep.correspondence.files.AttachmentUpload;
import org.casekeep.correspondence.files.Uploads;
import org.casekeep.correspondence.office.OfficeRoles;
import org.casekeep.correspondence.routing.RoutingTemplateLibrary;
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

	private static final List<String> ACTIONS = List.of("compile", "clear", "dispatch", "close", "cancel");

	private final TaskerRouting routing;
	private final TaskerAnswers answers;
	private final TaskerClearance clearance;
	private final TaskerQueries queries;
	private final RoutingTemplateLibrary templates;

	TaskerPages(TaskerRouting routing, TaskerAnswers answers, TaskerClearance clearance, TaskerQueries queries,
			RoutingTemplateLibrary templates) {
		this.routing = routing;
		this.answers = answers;
		this.clearance = clearance;
		this.queries = queries;
		this.templates = templates;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable TaskerStatus status,
			@RequestParam(required = false) TaskerQueries.@Nullable Filter filter, Model model) {
		model.addAttribute("taskers", queries.list(status, filter));
		model.addAttribute("dashboard", queries.dashboard());
		model.addAttribute("status", status);
		model.addAttribute("filter", filter == null ? TaskerQueries.Filter.ALL : filter);
		model.addAttribute("statuses", TaskerStatus.values());
		model.addAttribute("mayCreate", mayCreate());
		return "correspondence/taskers/list";
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
		model.addAttribute("tasker", queries.get(id));
		model.addAttribute("history", queries.history(id));
		model.addAttribute("answerKinds", List.of(new Option(Assignment.AnswerKind.CONCUR.name(), "Concur"),
				new Option(Assignment.AnswerKind.NON_CONCUR.name(), "Non-concur (give the reason)"),
				new Option(Assignment.AnswerKind.COMMENTS.name(), "Comments or edits"),
				new Option(Assignment.AnswerKind.DRAFT_RESPONSE.name(), "Draft response (write it below or upload it)")));
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
				case "close" -> clearance.close(id, command);
				default -> clearance.cancel(id, command);
			}
			redirect.addFlashAttribute("notice", switch (action) {
				case "compile" -> "The response was compiled.";
				case "clear" -> "The response was cleared.";
				case "dispatch" -> "The response was dispatched.";
				case "close" -> "The tasker was closed.";
				default -> "The tasker was cancelled.";
			});
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", errors(ex));
			redirect.addFlashAttribute("actionInput", Map.of("action", action, "text", text == null ? "" : text));
		}
		return "redirect:/correspondence/taskers/" + id;
	}

	private String form(Model model, TaskerForm form) {
		model.addAttribute("form", form);
		model.addAttribute("templateOptions", templates.list().stream()
			.map(t -> new Option(t.id().toString(), t.name() + " (" + t.owningComponent() + ")")).toList());
		return "correspondence/taskers/new";
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
