package org.casekeep.crm.organizations;

import org.casekeep.crm.stakeholder.IssueCatalog;
import org.casekeep.crm.stakeholder.StakeholderApi;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The CRM's organizations over HTTP (bearer token). Errors are RFC 9457 problem documents. */
@RestController
@RequestMapping(OrganizationsApi.PATH)
class OrganizationsApi extends StakeholderApi<OrganizationDraft, OrganizationView, OrganizationView> {

	static final String PATH = "/api/crm/organizations";

	OrganizationsApi(OrganizationDirectory directory, IssueCatalog issues) {
		super(directory, PATH, issues);
	}
}
