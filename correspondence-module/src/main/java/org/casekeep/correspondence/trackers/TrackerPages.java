package org.casekeep.correspondence.trackers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.casekeep.kernel.validation.FieldProblem;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.kernel.web.ListOrders;
import org.casekeep.kernel.web.PageForms;
import org.casekeep.kernel.web.Paging;
import org.casekeep.kernel.web.Sorting;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The trackers' pages, every one generated from the type's declaration: the trackers the user may use, a type's list
 * (paged, sorted), its intake form, and an item with its milestones and the stages it may move to. Form fields are
 * posted as {@code field.<name>}; refusals are shown on the page next to their field (422) or as an alert (409).
 */
@Controller
@RequestMapping("/correspondence/trackers")
class TrackerPages {

	static final String FIELD_PREFIX = "field.";

	private final TrackerDesk desk;

	TrackerPages(TrackerDesk desk) {
		this.desk = desk;
	}

	@GetMapping
	String index(Model model) {
		model.addAttribute("types", desk.available());
		model.addAttribute("inLibrary", desk.available().stream()
			.filter(type -> type.inLibrary(org.casekeep.kernel.access.Actors.require()))
			.map(TrackerType::code).toList());
		return "correspondence/trackers/index";
	}

	/**
	 * A type's items, a page of 25 by default, sorted by the column the user chose ({@code sort=reference,asc}; the
	 * older {@code direction} parameter is still read); newest first.
	 */
	@GetMapping("/{type}")
	String list(@PathVariable String type, @RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size,
			@RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String direction,
			@RequestParam(required = false) @Nullable String lookup,
			@RequestParam(required = false) @Nullable String value,
			HttpServletRequest request, Model model) {
		TrackerType tracker = desk.type(type);
		Sorting sorting = Sorting.orFallback(TrackerItems.sortParam(sort, direction), TrackerItems.SORTS.keySet(),
				TrackerItems.DEFAULT_SORT);
		String sortLink = UriComponentsBuilder.fromUriString(Sorting.criteriaLink(request))
			.replaceQueryParam("direction").build().toUriString();
		model.addAttribute("tracker", tracker);
		model.addAttribute("results", desk.list(type, Paging.clamped(page, size), sorting.key(),
				sorting.descending(), lookup, value));
		ListOrders.showOrder(model, sorting, sortLink);
		model.addAttribute("lookupFields", tracker.fields().stream().filter(TrackerType.Field::lookup).toList());
		return "correspondence/trackers/list";
	}

	@GetMapping("/{type}/new")
	String newForm(@PathVariable String type, Model model) {
		return form(model, desk.forIntake(type), Map.of(), Map.of());
	}

	@PostMapping("/{type}")
	ModelAndView create(@PathVariable String type, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		TrackerType tracker = desk.forIntake(type);
		Map<String, String> values = fieldValues(tracker, params);
		try {
			TrackerItemView created = desk.create(type, values);
			redirect.addFlashAttribute("notice", "Received as " + created.reference() + ".");
			return PageForms.seeOther(tracker.inLibrary(org.casekeep.kernel.access.Actors.require())
					? "/correspondence/trackers/" + type + "/items/" + created.id() : "/correspondence/trackers");
		}
		catch (InvalidInputException ex) {
			return PageForms.unprocessable(form(model, tracker, values, errors(ex)));
		}
	}

	@GetMapping("/{type}/items/{id}")
	String item(@PathVariable String type, @PathVariable UUID id, Model model) {
		return item(model, desk.type(type), desk.get(type, id), Map.of(), null);
	}

	@PostMapping("/{type}/items/{id}/stage")
	ModelAndView advance(@PathVariable String type, @PathVariable UUID id, @RequestParam String stage,
			@RequestParam long version, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		TrackerType tracker = desk.type(type);
		try {
			TrackerItemView moved = desk.advance(type, id, stage, fieldValues(tracker, params), version);
			redirect.addFlashAttribute("notice", "Moved to " + moved.stageLabel() + ".");
			return PageForms.seeOther("/correspondence/trackers/" + type + "/items/" + id);
		}
		catch (InvalidInputException ex) {
			return PageForms.unprocessable(item(model, tracker, desk.get(type, id), errors(ex), null));
		}
		catch (WorkflowConflictException | ObjectOptimisticLockingFailureException ex) {
			String message = ex instanceof WorkflowConflictException ? ex.getMessage()
					: "Somebody else changed this item since you read it; here it is as it is now.";
			return PageForms.conflict(item(model, tracker, desk.get(type, id), Map.of(), message));
		}
	}

	private static Map<String, String> fieldValues(TrackerType tracker, MultiValueMap<String, String> params) {
		Map<String, String> values = new LinkedHashMap<>();
		params.forEach((name, given) -> {
			// A form cannot clear a field: what is left empty is not sent (nor is a masked value, never shown in one).
			String value = given.isEmpty() ? null : given.get(given.size() - 1);
			if (name.startsWith(FIELD_PREFIX) && value != null && !value.isBlank()) {
				values.put(name.substring(FIELD_PREFIX.length()), value);
			}
		});
		return values;
	}

	private static Map<String, String> errors(InvalidInputException ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldProblem problem : ex.problems()) {
			errors.merge(problem.field(), problem.message(), (a, b) -> a + " " + b);
		}
		return errors;
	}

	private static String form(Model model, TrackerType tracker, Map<String, String> values,
			Map<String, String> errors) {
		model.addAttribute("tracker", tracker);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "correspondence/trackers/new";
	}

	private static String item(Model model, TrackerType tracker, TrackerItemView item, Map<String, String> errors,
			@Nullable String conflict) {
		model.addAttribute("tracker", tracker);
		model.addAttribute("item", item);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		Map<String, @Nullable Object> shown = new LinkedHashMap<>(item.values());
		item.parties().values().forEach(shown::putAll);
		model.addAttribute("shown", shown);
		// The step form offers the fields its next stages require and those not asked at intake, always empty.
		java.util.Set<String> step = new java.util.HashSet<>();
		item.nextStages().forEach(next -> step.addAll(tracker.requireStage(next.code()).requires()));
		model.addAttribute("stepFields", tracker.fields().stream()
			.filter(f -> step.contains(f.name()) || !f.onIntake()).toList());
		model.addAttribute("noValues", Map.of());
		return "correspondence/trackers/item";
	}
}
