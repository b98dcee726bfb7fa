package org.casekeep.crm.stakeholder;

import java.util.Set;
import java.util.UUID;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.web.Paging;
import org.casekeep.kernel.web.ResultPage;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * What every directory of stakeholders offers, whatever the kind: the use cases its API and pages share. Every
 * method checks the access policy for the current user (a refusal is an {@link AccessDeniedException}, audited),
 * releases what it returns through the kernel's guard and audits every change.
 *
 * @param <D> the draft (as typed), @param <V> the view, @param <S> the view of a search result.
 */
public interface StakeholderDirectory<D, V extends StakeholderDirectory.View, S> {

	/** A view of a stakeholder as it leaves the CRM: a record released through the kernel's guard. */
	interface View {

		UUID id();
	}

	/**
	 * Creates a stakeholder owned by the current user and their component.
	 * @throws InvalidInputException naming every rejected field; nothing is written.
	 */
	V create(D draft);

	/** @throws RecordNotFoundException if there is no such stakeholder. */
	V get(UUID id);

	/**
	 * Changes a stakeholder. Any CRM user may correct a record (CRM PIA 1.5, 7.2).
	 * @throws InvalidInputException naming every rejected field; nothing is written.
	 * @throws ObjectOptimisticLockingFailureException if somebody changed it since the draft's version.
	 */
	V update(UUID id, D draft);

	/**
	 * Finds stakeholders by name, issue and state (every criterion optional): one page of them, in the order asked
	 * for, each released through the kernel's guard.
	 * @param sort one of {@link #sorts()}.
	 */
	ResultPage<S> search(StakeholderSearch criteria, StakeholderSort sort, Paging paging);

	/** The orders this kind of stakeholder can be listed in. */
	Set<StakeholderSort> sorts();

	/** Whether the user may delete the record (its owner, or a CRM administrator of its component). */
	boolean mayDelete(UUID id, Actor actor);

	/**
	 * Deletes a stakeholder completely on request (CRM PIA 6.3); the audit entry names the channel of the request
	 * and no personal data.
	 */
	void delete(UUID id, RemovalChannel channel);
}
