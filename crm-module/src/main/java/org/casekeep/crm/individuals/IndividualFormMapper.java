package org.casekeep.crm.individuals;

import org.casekeep.crm.stakeholder.StakeholderForms;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps between the individual form and the individual's draft and view (MapStruct writes the code). */
@Mapper
interface IndividualFormMapper extends StakeholderForms<IndividualForm, IndividualDraft, IndividualView> {

	@Override
	@Mapping(target = "organizationId", ignore = true)
	IndividualDraft toDraft(IndividualForm form);
}
