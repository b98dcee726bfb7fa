package org.casekeep.crm.engagements;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.casekeep.crm.individuals.IndividualDirectory;
import org.casekeep.crm.organizations.OrganizationDirectory;
import org.casekeep.crm.stakeholder.IssueCatalog;
import org.casekeep.crm.stakeholder.StakeholderSearch;
import org.casekeep.crm.stakeholder.StakeholderSort;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.validation.FieldProblem;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.web.PageForms;
import org.casekeep.kernel.web.Paging;
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
 * The CRM's event pages (CRM PIA 1.1, item 3): the list, newest first a page at a time; record and correct; the detail
 * page with its attendees, where the owner finds individuals and organizations by name and adds them.
 */
@Controller
@RequestMapping("/crm/engagements")
class EngagementPages {

	static final int PAGE_SIZE = 25;

	/** A stakeholder found by the attendee search: its id, name and what it is. */
	record Candidate(UUID id, String name, String kind, String detail) {
	}

	private final EngagementDirectory directory;
	private final IndividualDirectory individuals;
	private final OrganizationDirectory organizations;
	private final IssueCatalog issues;

	EngagementPages(EngagementDirectory directory, IndividualDirectory individuals,
			OrganizationDirectory organizations, IssueCatalog issues) {
		this.directory = directory;
		this.individuals = individuals;
		this.organizations = organizations;
		this.issues = issues;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") String page, Model model) {
		int number;
		try {
			number = Math.max(0, Integer.parseInt(page.strip()));
		}
		catch (NumberFormatException ex) {
			number = 0;
		}
		model.addAttribute("page", directory.list(number, PAGE_SIZE));
		return "crm/engagements/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return form(model, new EngagementForm(), null);
	}

	@PostMapping
	ModelAndView create(@ModelAttribute("form") EngagementForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		try {
			EngagementView created = directory.create(form.toDraft());
			redirect.addFlashAttribute("notice", "Event recorded. Add its attendees below.");
			return PageForms.seeOther("/crm/engagements/" + created.id());
		}
		catch (InvalidInputException ex) {
			PageForms.reject(ex, binding);
			return PageForms.unprocessable(form(model, form, null));
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, @RequestParam(required = false) @Nullable String q, Model model) {
		model.addAttribute("engagement", directory.get(id));
		boolean canEdit = directory.mayEdit(id, Actors.require());
		model.addAttribute("canEdit", canEdit);
		model.addAttribute("q", q);
		List<Candidate> candidates = new ArrayList<>();
		if (canEdit && q != null && !q.isBlank()) {
			StakeholderSearch byName = StakeholderSearch.of(q, null, null);
			individuals.search(byName, StakeholderSort.NAME, Paging.FIRST).items().forEach(i -> candidates.add(
					new Candidate(i.id(), i.displayName(), "individual",
							i.organizationName() == null ? "" : i.organizationName())));
			organizations.search(byName, StakeholderSort.NAME, Paging.FIRST).items().forEach(o -> candidates.add(
					new Candidate(o.id(), o.name(), "organization",
							o.address() == null || o.address().city() == null ? "" : o.address().city())));
		}
		model.addAttribute("candidates", candidates);
		return "crm/engagements/detail";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		return form(model, EngagementForm.of(directory.get(id)), id);
	}

	@PostMapping("/{id}")
	ModelAndView update(@PathVariable UUID id, @ModelAttribute("form") EngagementForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		try {
			directory.update(id, form.toDraft());
			redirect.addFlashAttribute("notice", "Changes saved.");
			return PageForms.seeOther("/crm/engagements/" + id);
		}
		catch (InvalidInputException ex) {
			PageForms.reject(ex, binding);
			return PageForms.unprocessable(form(model, form, id));
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			binding.reject("conflict", "Somebody else changed this event while you were editing it. "
					+ "Reload it to see their changes, then apply yours again.");
			return PageForms.conflict(form(model, form, id));
		}
	}

	@PostMapping("/{id}/delete")
	ModelAndView delete(@PathVariable UUID id, RedirectAttributes redirect) {
		directory.delete(id);
		redirect.addFlashAttribute("notice", "The event was deleted.");
		return PageForms.seeOther("/crm/engagements");
	}

	/** Adds the chosen individual or organization; a rejection comes back as the flash {@code attendeeError}. */
	@PostMapping("/{id}/attendees")
	ModelAndView attend(@PathVariable UUID id, @RequestParam(required = false) @Nullable String attendee,
			RedirectAttributes redirect) {
		// The search's choice is "individual:<id>" or "organization:<id>".
		String[] chosen = attendee == null ? new String[0] : attendee.split(":", 2);
		try {
			UUID stakeholder = chosen.length == 2 ? parse(chosen[1]) : null;
			if (stakeholder == null || !(chosen[0].equals("individual") || chosen[0].equals("organization"))) {
				throw InvalidInputException.of("attendee", "Choose an individual or organization to add");
			}
			boolean individual = chosen[0].equals("individual");
			directory.attend(id, new AttendeesDraft(individual ? List.of(stakeholder) : List.of(),
					individual ? List.of() : List.of(stakeholder)));
			redirect.addFlashAttribute("notice", "Attendee added.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("attendeeError",
					String.join(" ", ex.problems().stream().map(FieldProblem::message).toList()));
		}
		return PageForms.seeOther("/crm/engagements/" + id + "#attendees");
	}

	@PostMapping("/{id}/attendees/{stakeholderId}/remove")
	ModelAndView leave(@PathVariable UUID id, @PathVariable UUID stakeholderId, RedirectAttributes redirect) {
		directory.leave(id, stakeholderId);
		redirect.addFlashAttribute("notice", "Attendee removed.");
		return PageForms.seeOther("/crm/engagements/" + id + "#attendees");
	}

	private static @Nullable UUID parse(String raw) {
		try {
			return UUID.fromString(raw.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private String form(Model model, EngagementForm form, @Nullable UUID id) {
		model.addAttribute("form", form);
		model.addAttribute("editing", id != null);
		if (id != null) {
			model.addAttribute("id", id);
		}
		model.addAttribute("issueOptions", issues.options());
		return "crm/engagements/form";
	}
}
