package org.casekeep.crm.stakeholder;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.web.AddressForm;
import org.casekeep.kernel.web.PageForms;
import org.casekeep.kernel.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages every kind of stakeholder has: search (full page, or its results for htmx), read (masked as the kernel
 * decides), add, correct and delete on request (CRM PIA 6.3). A feature's page controller extends it under its own
 * path and says what differs ({@link Texts}) and what only its kind shows. The templates
 * {@code <templates>/list}, {@code /form} and {@code /detail} share the fragments of {@code crm/fragments}.
 *
 * @param <F> the form as typed, @param <D> the draft, @param <V> the view, @param <S> the view of a search result.
 */
public abstract class StakeholderPages<F, D, V extends StakeholderDirectory.View, S> {

	/** The search criteria as typed and the sort key used, shown again above the results. */
	public record Criteria(@Nullable String name, @Nullable String issue, @Nullable String state, String sort) {
	}

	/**
	 * What the pages of one kind of stakeholder say and where they are.
	 *
	 * @param path the pages' path, as the subclass's {@code @RequestMapping} maps it, e.g. {@code /crm/individuals}.
	 * @param templates the folder of the templates, e.g. {@code crm/individuals}.
	 * @param attribute the model attribute of the detail page's view, e.g. {@code individual}.
	 * @param what what the conflict message calls the record, e.g. {@code record}.
	 */
	public record Texts(String path, String templates, String attribute, String added, String deleted,
			String chooseChannel, String what) {
	}


	private final StakeholderDirectory<D, V, S> directory;
	private final StakeholderForms<F, D, V> forms;
	private final Supplier<F> emptyForm;
	private final Texts texts;
	private final IssueCatalog issues;

	protected StakeholderPages(StakeholderDirectory<D, V, S> directory, StakeholderForms<F, D, V> forms,
			Supplier<F> emptyForm, Texts texts, IssueCatalog issues) {
		this.directory = directory;
		this.forms = forms;
		this.emptyForm = emptyForm;
		this.texts = texts;
		this.issues = issues;
	}

	/** One page of the search's results (CRM PIA 2.x: the platform's paging), sorted as asked. */
	@GetMapping
	public String list(@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String issue,
			@RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		StakeholderSort order = StakeholderSort.parse(sort, directory.sorts());
		StakeholderSearch search = StakeholderSearch.of(name, issues.parse(issue).orElse(null), state);
		model.addAttribute("results", directory.search(search, order, Paging.of(page, size)));
		// The issue and state as the drop-downs name them, whatever case was typed in the URL.
		model.addAttribute("criteria", new Criteria(name, search.issue() == null ? issue : search.issue(),
				search.state(), order.key()));
		model.addAttribute("sortOptions", StakeholderSort.options(directory.sorts()));
		model.addAttribute("pageLink", UriComponentsBuilder.fromPath(texts.path())
			.queryParamIfPresent("name", blank(name)).queryParamIfPresent("issue", blank(issue))
			.queryParamIfPresent("state", blank(state)).queryParam("sort", order.key())
			.queryParamIfPresent("size", Optional.ofNullable(size))
			.encode().build().toUriString());
		addOptions(model);
		String view = texts.templates() + "/list";
		return htmx != null ? view + " :: results" : view;
	}

	@GetMapping("/new")
	public String newForm(Model model) {
		return form(model, emptyForm.get(), null);
	}

	@PostMapping
	public ModelAndView create(@ModelAttribute("form") F form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		try {
			V created = directory.create(forms.toDraft(form));
			saved(created, redirect);
			redirect.addFlashAttribute("notice", texts.added());
			return new ModelAndView("redirect:" + texts.path() + "/" + created.id());
		}
		catch (InvalidInputException ex) {
			PageForms.reject(ex, binding);
			return PageForms.unprocessable(form(model, form, null));
		}
	}

	/** The record, and the page {@code page} of the lists it shows (the platform's paging). */
	@GetMapping("/{id}")
	public String detail(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer page, Model model) {
		model.addAttribute(texts.attribute(), directory.get(id));
		Paging paging = Paging.of(page, null);
		model.addAttribute("pageLink", texts.path() + "/" + id);
		addDetails(id, paging, model);
		model.addAttribute("canDelete", directory.mayDelete(id, Actors.require()));
		model.addAttribute("channels", RemovalChannel.values());
		return texts.templates() + "/detail";
	}

	@GetMapping("/{id}/edit")
	public String editForm(@PathVariable UUID id, Model model) {
		return form(model, forms.toForm(directory.get(id)), id);
	}

	@PostMapping("/{id}")
	public ModelAndView update(@PathVariable UUID id, @ModelAttribute("form") F form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		try {
			saved(directory.update(id, forms.toDraft(form)), redirect);
			redirect.addFlashAttribute("notice", "Changes saved.");
			return new ModelAndView("redirect:" + texts.path() + "/" + id);
		}
		catch (InvalidInputException ex) {
			PageForms.reject(ex, binding);
			return PageForms.unprocessable(form(model, form, id));
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			binding.reject("conflict", "Somebody else changed this " + texts.what() + " while you were editing it. "
					+ "Reload it to see their changes, then apply yours again.");
			return PageForms.conflict(form(model, form, id));
		}
	}

	@PostMapping("/{id}/delete")
	public String delete(@PathVariable UUID id, @RequestParam(required = false) @Nullable String channel,
			RedirectAttributes redirect) {
		RemovalChannel chosen = RemovalChannel.parse(channel).orElse(null);
		if (chosen == null) {
			redirect.addFlashAttribute("deleteError", texts.chooseChannel());
			return "redirect:" + texts.path() + "/" + id + "#delete";
		}
		directory.delete(id, chosen);
		redirect.addFlashAttribute("notice", texts.deleted());
		return "redirect:" + texts.path();
	}

	/**
	 * Adds what only this kind of stakeholder shows on its detail page; nothing by default.
	 * @param paging the page of its lists asked for.
	 */
	protected void addDetails(UUID id, Paging paging, Model model) {
	}

	/** Adds what only this kind of stakeholder tells after a save to the redirect; nothing by default. */
	protected void saved(V view, RedirectAttributes redirect) {
	}

	private String form(Model model, F form, @Nullable UUID id) {
		model.addAttribute("form", form);
		model.addAttribute("editing", id != null);
		if (id != null) {
			model.addAttribute("id", id);
		}
		addOptions(model);
		return texts.templates() + "/form";
	}

	private static Optional<String> blank(@Nullable String typed) {
		return typed == null || typed.isBlank() ? Optional.empty() : Optional.of(typed);
	}

	private void addOptions(Model model) {
		model.addAttribute("issueOptions", issues.options());
		model.addAttribute("stateOptions", AddressForm.STATES);
	}
}
