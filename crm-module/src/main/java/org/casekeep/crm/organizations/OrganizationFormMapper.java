package org.casekeep.crm.organizations;

import org.casekeep.crm.stakeholder.StakeholderForms;
import org.mapstruct.Mapper;

/** Maps between the organization form and the organization's draft and view (MapStruct writes the code). */
@Mapper
interface OrganizationFormMapper extends StakeholderForms<OrganizationForm, OrganizationDraft, OrganizationView> {
}
