package org.casekeep.crm.individuals;

import java.util.List;
import java.util.UUID;

import org.casekeep.crm.stakeholder.IssueCatalog;
import org.casekeep.crm.contacthistory.ContactHistory;
import org.casekeep.crm.contacthistory.Coordination;
import org.casekeep.crm.contacthistory.InteractionMode;
import org.casekeep.crm.stakeholder.StakeholderPages;
import org.casekeep.kernel.web.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The CRM's individual pages: search, read (masked as the kernel decides) with the contact history, add, correct,
 * delete on request, and the events the individual attended. After a save, the notes-content warnings (PIA 1.1, 1.7) are shown on the detail page.
 */
@Controller
@RequestMapping("/crm/individuals")
class IndividualPages extends StakeholderPages<IndividualForm, IndividualDraft, IndividualView, IndividualSummary> {

	private final ContactHistory contactHistory;
	private final Coordination coordination;
	private final EventsAttended eventsAttended;

	IndividualPages(IndividualDirectory directory, IndividualFormMapper forms, ContactHistory contactHistory,
			Coordination coordination, EventsAttended eventsAttended, IssueCatalog issues) {
		super(directory, forms, IndividualForm::new, new Texts("/crm/individuals", "crm/individuals", "individual",
				"Individual added.", "The individual was deleted completely.",
				"Choose how the person asked to be removed.", "record"), issues);
		this.contactHistory = contactHistory;
		this.coordination = coordination;
		this.eventsAttended = eventsAttended;
	}

	@Override
	protected void addDetails(UUID id, Paging paging, Model model) {
		model.addAttribute("interactions", contactHistory.history(id, paging));
		model.addAttribute("modeOptions", InteractionMode.userOptions());
		model.addAttribute("coordination", coordination.of(id));
		model.addAttribute("eventsAttended", eventsAttended.attendedBy(id));
		if (!model.containsAttribute("warnings")) {
			model.addAttribute("warnings", List.of());
		}
	}

	@Override
	protected void saved(IndividualView view, RedirectAttributes redirect) {
		redirect.addFlashAttribute("warnings", view.warnings());
	}
}
