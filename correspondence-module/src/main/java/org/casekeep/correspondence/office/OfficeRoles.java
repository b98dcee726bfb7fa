package org.casekeep.correspondence.office;

import org.casekeep.kernel.access.Actor;

/**
 * The roles of the correspondence office (PIA 3.3, 8.3) and the one component whose Executive Secretariat sees every
 * component's work. Every rule of the module names roles and that component through these constants.
 */
public final class OfficeRoles {

	/** The Executive Secretariat of a component: takes correspondence in, assigns, clears and dispatches. */
	public static final String EXEC_SEC = "exec_sec";

	/** An action officer of a component: answers what is assigned to the component or one of its offices. */
	public static final String ACTION_OFFICER = "action_officer";

	/** The Executive Secretariat's own component, DHS Headquarters (PIA "Receipt &amp; Assignment"). */
	public static final String EXECUTIVE_SECRETARIAT = "ESEC";

	private OfficeRoles() {
	}

	/**
	 * Whether the actor is the Executive Secretariat of ESEC ({@code exec_sec} of {@code ESEC}), which routes and
	 * compiles for the whole Department and so sees the correspondence and taskers of every component.
	 */
	public static boolean seesEverything(Actor actor) {
		return actor.hasRole(EXEC_SEC) && belongsToExecutiveSecretariat(actor);
	}

	/** Whether the actor, whatever their role, works in ESEC. */
	public static boolean belongsToExecutiveSecretariat(Actor actor) {
		return actor.belongsTo(EXECUTIVE_SECRETARIAT);
	}
}
