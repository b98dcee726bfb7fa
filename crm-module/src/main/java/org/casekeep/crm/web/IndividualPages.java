package org.casekeep.crm.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casekeep.crm.ContactHistory;
import org.casekeep.crm.IndividualDirectory;
import org.casekeep.crm.IndividualSummary;
import org.casekeep.crm.IndividualView;
import org.casekeep.crm.Issue;
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

/** The CRM's individual pages: search, read (masked as the kernel decides), add, correct, delete on request. */
@Controller
@RequestMapping("/crm/individuals")
class IndividualPages {

	/** A search result row as the list page shows it. */
	record Row(UUID id, String displayName, @Nullable String title, @Nullable String organizationName,
			@Nullable String state, List<String> issues, String owningComponent) {
	}

	/** The search criteria as typed. */
	record Criteria(@Nullable String name, @Nullable String issue, @Nullable String state) {
	}

	/** An individual as the detail page shows it (issue labels instead of names). */
	record Detail(UUID id, @Nullable String salutation, String firstName, String lastName, String displayName,
			@Nullable String title, @Nullable String organizationName, @Nullable String workPhone,
			@Nullable String cellPhone, @Nullable String email, @Nullable String street1, @Nullable String street2,
			@Nullable String city, @Nullable String state, @Nullable String zip, List<String> issues,
			List<String> interests, @Nullable String notes, String owningComponent, String ownerUsername,
			Set<String> maskedFields, Instant createdAt, Instant updatedAt) {

		static Detail of(IndividualView v) {
			return new Detail(v.id(), v.salutation(), v.firstName(), v.lastName(), v.displayName(), v.title(),
					v.organizationName(), v.workPhone(), v.cellPhone(), v.email(), v.street1(), v.street2(), v.city(),
					v.state(), v.zip(), v.issueLabels(), v.interests(), v.notes(), v.owningComponent(),
					v.ownerUsername(), v.maskedFields(), v.createdAt(), v.updatedAt());
		}
	}

	private final IndividualDirectory directory;
	private final CrmFormMapper mapper;
	private final ContactHistory contactHistory;

	IndividualPages(IndividualDirectory directory, CrmFormMapper mapper, ContactHistory contactHistory) {
		this.directory = directory;
		this.mapper = mapper;
		this.contactHistory = contactHistory;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String issue,
			@RequestParam(required = false) @Nullable String state,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		Issue chosen = mapper.issues(issue == null ? List.of() : List.of(issue)).stream().findFirst().orElse(null);
		List<IndividualSummary> found = directory.search(name, chosen, state);
		model.addAttribute("results", found.stream().map(s -> new Row(s.id(), s.displayName(), s.title(),
				s.organizationName(), s.state(), s.issueLabels(), s.owningComponent())).toList());
		model.addAttribute("criteria", new Criteria(name, issue, state));
		model.addAttribute("issueOptions", CrmPageSupport.ISSUES);
		model.addAttribute("stateOptions", CrmPageSupport.STATES);
		return htmx != null ? "crm/individuals/list :: results" : "crm/individuals/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return form(model, new IndividualForm(), null);
	}

	@PostMapping
	String create(@ModelAttribute("form") IndividualForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			IndividualView created = directory.create(mapper.toDraft(form));
			redirect.addFlashAttribute("warnings", created.warnings());
			redirect.addFlashAttribute("notice", "Individual added.");
			return "redirect:/crm/individuals/" + created.id();
		}
		catch (InvalidInputException ex) {
			CrmPageSupport.reject(ex, binding);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, null);
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		IndividualView view = directory.get(id);
		model.addAttribute("individual", Detail.of(view));
		model.addAttribute("interactions", contactHistory.history(id));
		model.addAttribute("canDelete", directory.mayDelete(id, Actors.require()));
		if (!model.containsAttribute("warnings")) {
			model.addAttribute("warnings", List.of());
		}
		model.addAttribute("channels", RemovalChannel.values());
		return "crm/individuals/detail";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		return form(model, mapper.toForm(directory.get(id)), id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("form") IndividualForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			IndividualView updated = directory.update(id, mapper.toDraft(form));
			redirect.addFlashAttribute("warnings", updated.warnings());
			redirect.addFlashAttribute("notice", "Changes saved.");
			return "redirect:/crm/individuals/" + id;
		}
		catch (InvalidInputException ex) {
			CrmPageSupport.reject(ex, binding);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			binding.reject("conflict", "Somebody else changed this record while you were editing it. "
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
			redirect.addFlashAttribute("deleteError", "Choose how the person asked to be removed.");
			return "redirect:/crm/individuals/" + id + "#delete";
		}
		directory.delete(id, chosen);
		redirect.addFlashAttribute("notice", "The individual was deleted completely.");
		return "redirect:/crm/individuals";
	}

	private String form(Model model, IndividualForm form, @Nullable UUID id) {
		model.addAttribute("form", form);
		model.addAttribute("editing", id != null);
		if (id != null) {
			model.addAttribute("id", id);
		}
		model.addAttribute("issueOptions", CrmPageSupport.ISSUES);
		model.addAttribute("stateOptions", CrmPageSupport.STATES);
		return "crm/individuals/form";
	}
}
