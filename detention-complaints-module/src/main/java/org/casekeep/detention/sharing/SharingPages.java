package org.casekeep.detention.sharing;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.casekeep.detention.complaint.ComplaintCase.ComplaintId;
import org.casekeep.detention.complaint.PageSteps;
import org.casekeep.detention.documents.SupportingDocuments;
import org.casekeep.detention.sharing.SharingViews.Released;
import org.casekeep.detention.sharing.SharingViews.SharingDraft;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.disclosure.DisclosureAccounting;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.web.Option;
import org.casekeep.kernel.web.PageForms;
import org.jspecify.annotations.Nullable;
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
 * A complaint's sharing outside the Department in the browser (PIA 6.1-6.4): the request with the records chosen, the
 * supervisor's approval or refusal, the release of approved records, and the complaint's accounting of disclosures,
 * printable for the subject on request.
 */
@Controller
@RequestMapping("/detention/complaints/{id}/disclosures")
class SharingPages {

	static final List<Option> RECIPIENTS = Arrays.stream(RecipientKind.values())
		.map(r -> new Option(r.name(), r.label())).toList();

	private final ComplaintSharing sharing;
	private final SupportingDocuments documents;

	SharingPages(ComplaintSharing sharing, SupportingDocuments documents) {
		this.sharing = sharing;
		this.documents = documents;
	}

	@GetMapping
	String page(@PathVariable UUID id, Model model) {
		ComplaintId complaint = new ComplaintId(id);
		Actor actor = Actors.require();
		model.addAttribute("complaintId", id);
		model.addAttribute("sharings", sharing.of(complaint));
		model.addAttribute("summaries", sharing.summaries(complaint));
		model.addAttribute("documents", documents.list(complaint));
		model.addAttribute("recipients", RECIPIENTS);
		model.addAttribute("canRequest", DisclosureAccounting.mayAccount(actor));
		model.addAttribute("canApprove", DisclosureAccounting.mayApprove(actor));
		model.addAttribute("me", actor.username());
		return "detention/complaints/disclosures";
	}

	@PostMapping
	ModelAndView request(@PathVariable UUID id, @RequestParam(required = false) @Nullable String recipientKind,
			@RequestParam(required = false) @Nullable String recipient, @RequestParam(required = false) @Nullable String purpose,
			@RequestParam(required = false) @Nullable String routineUse,
			@RequestParam(required = false) @Nullable String includeComplaint,
			@RequestParam(required = false) @Nullable List<UUID> documentIds, Model model, RedirectAttributes redirect) {
		return PageSteps.run(() -> {
			sharing.request(new ComplaintId(id), new SharingDraft(recipientKind, recipient, purpose, routineUse,
					includeComplaint != null, documentIds));
			redirect.addFlashAttribute("notice", "The sharing awaits the approval of an OIDO supervisor. Nothing may be "
					+ "sent before it.");
			return PageForms.seeOther("/detention/complaints/" + id + "/disclosures");
		}, model, () -> page(id, model));
	}

	@PostMapping("/{disclosureId}/approve")
	ModelAndView approve(@PathVariable UUID id, @PathVariable UUID disclosureId, Model model, RedirectAttributes redirect) {
		return PageSteps.run(() -> {
			sharing.approve(new ComplaintId(id), disclosureId);
			redirect.addFlashAttribute("notice", "You approved the sharing. It is in the accounting of disclosures.");
			return PageForms.seeOther("/detention/complaints/" + id + "/disclosures");
		}, model, () -> page(id, model));
	}

	@PostMapping("/{disclosureId}/refuse")
	ModelAndView refuse(@PathVariable UUID id, @PathVariable UUID disclosureId, Model model, RedirectAttributes redirect) {
		return PageSteps.run(() -> {
			sharing.refuse(new ComplaintId(id), disclosureId);
			redirect.addFlashAttribute("notice", "You refused the sharing. Its records must not be shared.");
			return PageForms.seeOther("/detention/complaints/" + id + "/disclosures");
		}, model, () -> page(id, model));
	}

	/** The approved records, listed to be sent; the documents link to their downloads. */
	@PostMapping("/{disclosureId}/release")
	ModelAndView release(@PathVariable UUID id, @PathVariable UUID disclosureId, Model model) {
		return PageSteps.run(() -> {
			Released released = sharing.release(new ComplaintId(id), disclosureId);
			ModelAndView page = new ModelAndView("detention/complaints/released");
			page.addObject("complaintId", id);
			page.addObject("released", released);
			return page;
		}, model, () -> page(id, model));
	}

}
