package org.casekeep.detention.publication;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casekeep.detention.complaint.OidoRoles;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.validation.FieldProblem;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.kernel.web.NavigationEntry;
import org.casekeep.kernel.web.PageForms;
import org.casekeep.kernel.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff pages of public versions: the list with a form to start one, and the review of one draft, each finding
 * in its context with buttons to redact or keep it (with a reason), a form to redact a span by hand, the text to edit,
 * the text as it would be published, and publishing. Every form carries the version it was read at.
 */
@Controller
@RequestMapping(PublicationPages.PATH)
class PublicationPages {

	static final String PATH = "/detention/publications";

	private final Publishing publishing;

	PublicationPages(Publishing publishing) {
		this.publishing = publishing;
	}

	@Bean
	static NavigationEntry publicationsArea() {
		return new NavigationEntry(43, "Public reports", "Public versions of reports and recommendations", PATH, PATH,
				"Redact the PII of final reports and recommendations and publish them in the reading room.", true,
				(Actor actor) -> actor.hasAnyRole(OidoRoles.ANALYST, OidoRoles.MANAGER));
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable Integer page, Model model) {
		model.addAttribute("results", publishing.list(Paging.of(page, null)));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "detention/publications/list";
	}

	@PostMapping
	ModelAndView start(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		try {
			UUID source = parse(form.get("sourceId"));
			PublicationViews.PublicVersionDraft started = publishing.start(new Publishing.PublicVersionStart(form.get("sourceKind"), source));
			return PageForms.seeOther(PATH + "/" + started.id());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("errors", errors(ex.problems()));
		}
		catch (WorkflowConflictException | org.casekeep.kernel.access.RecordNotFoundException ex) {
			redirect.addFlashAttribute("errors", Map.of("sourceId", ex.getMessage()));
		}
		return PageForms.seeOther(PATH);
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		model.addAttribute("publication", publishing.view(id));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "detention/publications/detail";
	}

	@PostMapping({ "/{id}/{step}", "/{id}/{step}/{index}" })
	ModelAndView step(@PathVariable UUID id, @PathVariable String step, @PathVariable(required = false)
			@Nullable Integer index, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		try {
			Long version = number(form.get("version"), "version") == null ? null
					: Long.valueOf(form.get("version").strip());
			switch (step) {
				case "text" -> publishing.revise(id, version, form.get("text"));
				case "findings" -> publishing.resolve(id, index == null ? -1 : index, version, form.get("resolution"),
						form.get("reason"));
				case "redactions" -> publishing.redactSpan(id, version, number(form.get("start"), "start"),
						number(form.get("end"), "end"));
				case "publish" -> publishing.publish(id, version);
				default -> throw new org.casekeep.kernel.access.RecordNotFoundException("publication step", step);
			}
			redirect.addFlashAttribute("notice", "publish".equals(step) ? "Published." : "Saved.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("errors", errors(ex.problems()));
		}
		catch (WorkflowConflictException ex) {
			redirect.addFlashAttribute("errors", Map.of("form", ex.getMessage()));
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("errors", Map.of("form", "Somebody else changed this public version since you "
					+ "opened it. Read it again, then apply your change."));
		}
		return PageForms.seeOther(PATH + "/" + id);
	}

	private static Map<String, String> errors(List<FieldProblem> problems) {
		Map<String, String> errors = new java.util.LinkedHashMap<>();
		problems.forEach(p -> errors.merge(p.field(), p.message(), (a, b) -> a + " " + b));
		return errors;
	}

	private static @Nullable Integer number(@Nullable String raw, String field) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(raw.strip());
		}
		catch (NumberFormatException ex) {
			throw InvalidInputException.of(field, "Give a whole number");
		}
	}

	private static @Nullable UUID parse(@Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(raw.strip());
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.of("sourceId", "Give the id of the file or recommendation, as on its page");
		}
	}
}
