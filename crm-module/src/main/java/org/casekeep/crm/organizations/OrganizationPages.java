package org.casekeep.crm.organizations;

import org.casekeep.crm.stakeholder.IssueCatalog;
import org.casekeep.crm.stakeholder.StakeholderPages;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The CRM's organization pages: search, read, add, correct, delete on request. */
@Controller
@RequestMapping("/crm/organizations")
class OrganizationPages
		extends StakeholderPages<OrganizationForm, OrganizationDraft, OrganizationView, OrganizationView> {

	OrganizationPages(OrganizationDirectory directory, OrganizationFormMapper forms, IssueCatalog issues) {
		super(directory, forms, OrganizationForm::new, new Texts("/crm/organizations", "crm/organizations",
				"organization", "Organization added.", "The organization was deleted.",
				"Choose how the removal was requested.", "organization"), issues);
	}
}
