package org.casekeep.crm.web;

import java.util.List;
import java.util.UUID;

import org.casekeep.crm.Issue;
import org.casekeep.crm.OrganizationDirectory;
import org.casekeep.crm.OrganizationView;
import org.casekeep.crm.RemovalChannel;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.validation.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The CRM's organization pages. */
@Controller
@RequestMapping("/crm/organizations")
class OrganizationPages {

	record Row(UUID id, String name, @Nullable String city, @Nullable String state, List<String> issues,
			String owningComponent) {
	}

	record Detail(UUID id, String name, @Nullable String street1, @Nullable String street2, @Nullable String city,
			@Nullable String state, @Nullable String zip, @Nullable String officePhone, List<String> issues,
			List<String> dhsGroups, String owningComponent, String ownerUsername, java.util.Set<String> maskedFields,
			java.time.Instant createdAt, java.time.Instant updatedAt) {

		static Detail of(OrganizationView v) {
			return new Detail(v.id(), v.name(), v.street1(), v.street2(), v.city(), v.state(), v.zip(), v.officePhone(),
					v.issueLabels(), v.dhsGroups(), v.owningComponent(), v.ownerUsername(), v.maskedFields(),
					v.createdAt(), v.updatedAt());
		}
	}

	private final OrganizationDirectory directory;
	private final CrmFormMapper mapper;

	OrganizationPages(OrganizationDirectory directory, CrmFormMapper mapper) {
		this.directory = directory;
		this.mapper = mapper;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String issue,
			@RequestParam(required = false) @Nullable String state,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		Issue chosen = mapper.issues(issue == null ? List.of() : List.of(issue)).stream().findFirst().orElse(null);
		model.addAttribute("results", directory.search(name, chosen, state).stream()
			.map(o -> new Row(o.id(), o.name(), o.city(), o.state(), o.issueLabels(), o.owningComponent())).toList());
		model.addAttribute("criteria", new IndividualPages.Criteria(name, issue, state));
		model.addAttribute("issueOptions", CrmPageSupport.ISSUES);
		model.addAttribute("stateOptions", CrmPageSupport.STATES);
		return htmx != null ? "crm/organizations/list :: results" : "crm/organizations/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return form(model, new OrganizationForm(), null);
	}

	@PostMapping
	String create(@ModelAttribute("form") OrganizationForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			OrganizationView created = directory.create(mapper.toDraft(form));
			redirect.addFlashAttribute("notice", "Organization added.");
			return "redirect:/crm/organizations/" + created.id();
		}
		catch (InvalidInputException ex) {
			CrmPageSupport.reject(ex, binding);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, null);
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		model.addAttribute("organization", Detail.of(directory.get(id)));
		model.addAttribute("canDelete", directory.mayDelete(id, Actors.require()));
		model.addAttribute("channels", RemovalChannel.values());
		return "crm/organizations/detail";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		return form(model, mapper.toForm(directory.get(id)), id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("form") OrganizationForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			directory.update(id, mapper.toDraft(form));
			redirect.addFlashAttribute("notice", "Changes saved.");
			return "redirect:/crm/organizations/" + id;
		}
		catch (InvalidInputException ex) {
			CrmPageSupport.reject(ex, binding);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			binding.reject("conflict", "Somebody else changed this organization while you were editing it. "
					+ "Reload it to see their changes, then apply yours again.");
			response.setStatus(HttpStatus.CONFLICT.value());
		}
		return form(model, form, id);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable UUID id, @RequestParam(required = false) @Nullable String channel,
			RedirectAttributes redirect) {
		RemovalChannel chosen = RemovalChannel.parse(channel).orElse(null);
		if (chosen == null) {
			redirect.addFlashAttribute("deleteError", "Choose how the removal was requested.");
			return "redirect:/crm/organizations/" + id + "#delete";
		}
		directory.delete(id, chosen);
		redirect.addFlashAttribute("notice", "The organization was deleted.");
		return "redirect:/crm/organizations";
	}

	private String form(Model model, OrganizationForm form, @Nullable UUID id) {
		model.addAttribute("form", form);
		model.addAttribute("editing", id != null);
		if (id != null) {
			model.addAttribute("id", id);
		}
		model.addAttribute("issueOptions", CrmPageSupport.ISSUES);
		model.addAttribute("stateOptions", CrmPageSupport.STATES);
		return "crm/organizations/form";
	}
}
