package org.casekeep.crm.stakeholder;

import java.util.List;

/**
 * Finding a component's stakeholders by their owner, for moving them to another owner when the owner leaves. The
 * repository of each kind of stakeholder extends it (Spring Data derives the query).
 *
 * @param <S> the kind of stakeholder.
 */
public interface OwnedStakeholders<S extends Stakeholder> {

	/** The stakeholders the component owns through the user. */
	List<S> findByOwningComponentAndOwnerUsername(String owningComponent, String ownerUsername);
}
