package org.casekeep.privacy;

import java.util.List;
import java.util.UUID;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.disclosure.Disclosure;
import org.casekeep.kernel.disclosure.DisclosureAccounting;
import org.casekeep.kernel.disclosure.DisclosureRequest;
import org.casekeep.kernel.disclosure.RecordReference;
import org.casekeep.kernel.validation.InvalidInputException;
import org.jspecify.annotations.Nullable;
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

import static org.casekeep.kernel.web.PageForms.seeOther;
import static org.casekeep.kernel.web.PageForms.unprocessable;
import static org.casekeep.privacy.PrivacyPages.blankToNull;
import static org.casekeep.privacy.PrivacyPages.text;

/**
 * The accounting of disclosures in the privacy console (5 U.S.C. 552a(c)): asking for a disclosure, approving or
 * refusing those of others (OIDO PIA 6.4), and reviewing the accounting.
 */
@Controller
@RequestMapping("/privacy")
class DisclosurePages {

	static final int RECENT_DISCLOSURES = 50;

	private final DisclosureAccounting disclosures;

	DisclosurePages(DisclosureAccounting disclosures) {
		this.disclosures = disclosures;
	}

	/**
	 * The accounting of disclosures: the most recent ones, or those of one record ({@code recordType} and
	 * {@code recordId}), or those of one person ({@code subjectId}); and the form to account a new one.
	 */
	@GetMapping("/disclosures")
	String disclosures(@RequestParam(required = false) @Nullable String recordType,
			@RequestParam(required = false) @Nullable String recordId,
			@RequestParam(required = false) @Nullable String subjectId, Model model) {
		model.addAttribute("form", new DisclosureForm());
		return disclosuresPage(model, new DisclosureSearch(blankToNull(recordType), blankToNull(recordId),
				blankToNull(subjectId)));
	}

	@PostMapping("/disclosures")
	ModelAndView request(@ModelAttribute("form") DisclosureForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		form.check(binding);
		if (binding.hasErrors()) {
			return unprocessable(disclosuresPage(model, DisclosureSearch.NONE));
		}
		String recordType = form.getRecordType().strip();
		String recordId = form.getRecordId().strip();
		try {
			disclosures.request(new DisclosureRequest(form.getRecipient(), form.getPurpose(), form.getAuthority(),
					List.of(new RecordReference(recordType, recordId))));
		}
		catch (InvalidInputException ex) {
			// The kernel names the record list; the form has one record, typed as its type and ID.
			ex.problems().forEach(problem -> binding.rejectValue(
					"records".equals(problem.field()) ? "recordId" : problem.field(), "invalid", problem.message()));
			return unprocessable(disclosuresPage(model, DisclosureSearch.NONE));
		}
		redirect.addFlashAttribute("notice", "The disclosure of " + recordType + " " + recordId
				+ " awaits approval. It is final once an approver approves it.");
		return seeOther("/privacy/disclosures");
	}

	/** Approves a disclosure someone else asked for (OIDO PIA 6.4: approved before any dissemination). */
	@PostMapping("/disclosures/{id}/approve")
	ModelAndView approve(@PathVariable UUID id, RedirectAttributes redirect) {
		Disclosure disclosure = disclosures.approve(id);
		redirect.addFlashAttribute("notice", "You approved the disclosure to " + disclosure.recipient()
				+ ". It is now in the accounting of disclosures.");
		return seeOther("/privacy/disclosures");
	}

	@PostMapping("/disclosures/{id}/refuse")
	ModelAndView refuse(@PathVariable UUID id, RedirectAttributes redirect) {
		Disclosure disclosure = disclosures.refuse(id);
		redirect.addFlashAttribute("notice", "You refused the disclosure to " + disclosure.recipient()
				+ ". The records must not be shared.");
		return seeOther("/privacy/disclosures");
	}

	private String disclosuresPage(Model model, DisclosureSearch search) {
		Actor actor = Actors.require();
		boolean canReview = DisclosureAccounting.mayReview(actor);
		boolean canAccount = DisclosureAccounting.mayAccount(actor);
		model.addAttribute("canReview", canReview);
		model.addAttribute("canAccount", canAccount);
		model.addAttribute("canApprove", DisclosureAccounting.mayApprove(actor));
		model.addAttribute("me", actor.username());
		model.addAttribute("awaiting", DisclosureAccounting.mayApprove(actor)
				? disclosures.awaitingApproval(RECENT_DISCLOSURES) : List.of());
		model.addAttribute("requested", canAccount ? disclosures.requestedByMe(RECENT_DISCLOSURES) : List.of());
		model.addAttribute("search", search);
		model.addAttribute("searchError", null);
		model.addAttribute("disclosures", List.of());
		model.addAttribute("listHeading", null);
		// People who only account (for example a CRM administrator) get the form alone. Everyone else goes through the
		// kernel, which lets reviewers read and refuses (and audits) anyone else.
		if (canReview || !canAccount) {
			if (search.subjectId() != null) {
				model.addAttribute("disclosures", disclosures.forSubject(search.subjectId()));
				model.addAttribute("listHeading", "Disclosures of records about person " + search.subjectId());
			}
			else if (search.recordType() != null && search.recordId() != null) {
				model.addAttribute("disclosures", disclosures.forRecord(search.recordType(), search.recordId()));
				model.addAttribute("listHeading",
						"Disclosures of record " + search.recordType() + " " + search.recordId());
			}
			else {
				if (search.recordType() != null) {
					model.addAttribute("searchError", new SearchError("search-record-id",
							"Enter the record ID as well as the record type"));
				}
				else if (search.recordId() != null) {
					model.addAttribute("searchError", new SearchError("search-record-type",
							"Enter the record type as well as the record ID"));
				}
				model.addAttribute("disclosures", disclosures.recent(RECENT_DISCLOSURES));
				model.addAttribute("listHeading", "Most recent disclosures");
			}
		}
		return "privacy/disclosures";
	}

	/** What the accounting was searched for; every part {@literal null} when not given. */
	record DisclosureSearch(@Nullable String recordType, @Nullable String recordId, @Nullable String subjectId) {

		static final DisclosureSearch NONE = new DisclosureSearch(null, null, null);

		public boolean byRecord() {
			return subjectId == null && recordType != null && recordId != null;
		}

		public boolean byPerson() {
			return subjectId != null;
		}
	}

	/** A search criterion that cannot be used alone: the id of the input it concerns and what to do. */
	record SearchError(String field, String message) {
	}

	/** The disclosure form as typed (one record per disclosure). */
	public static class DisclosureForm {

		private String recipient = "";

		private String purpose = "";

		private String authority = "";

		private String recordType = "";

		private String recordId = "";

		/** Puts an error next to each field that cannot be accepted, in the order of the form. */
		void check(BindingResult binding) {
			text(binding, "recipient", recipient, "Recipient", 300, "Enter who received the records");
			text(binding, "purpose", purpose, "Purpose", 1000, "Enter why the records were shared");
			text(binding, "authority", authority, "Authority", 300,
					"Enter the routine use or the law that allowed the disclosure");
			text(binding, "recordType", recordType, "Record type", 100, "Enter the type of the record that was shared");
			text(binding, "recordId", recordId, "Record ID", 100, "Enter the ID of the record that was shared");
		}

		public String getRecipient() { return recipient; }
		public void setRecipient(@Nullable String recipient) { this.recipient = recipient == null ? "" : recipient; }
		public String getPurpose() { return purpose; }
		public void setPurpose(@Nullable String purpose) { this.purpose = purpose == null ? "" : purpose; }
		public String getAuthority() { return authority; }
		public void setAuthority(@Nullable String authority) { this.authority = authority == null ? "" : authority; }
		public String getRecordType() { return recordType; }
		public void setRecordType(@Nullable String recordType) { this.recordType = recordType == null ? "" : recordType; }
		public String getRecordId() { return recordId; }
		public void setRecordId(@Nullable String recordId) { this.recordId = recordId == null ? "" : recordId; }
	}

}
