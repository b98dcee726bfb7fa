package org.casekeep.crm.stakeholder;

import org.casekeep.kernel.access.Actor;

/**
 * Whether an office administrator approved a user's access to the CRM (CRM PIA 8.1: users must be approved by their
 * office administrator, who are in turn approved by the system's administrators). The role a user holds is the
 * precondition, this approval the gate. Asked on every access decision, so it must be cheap: implementations answer
 * from one indexed lookup, at most once per request.
 */
public interface ApprovedUsers {

	/**
	 * Whether the actor's access is approved for their component (as an office administrator if they hold that role).
	 * An actor asking for the first time is put on their office administrator's list of users awaiting approval.
	 */
	boolean isApproved(Actor actor);
}
