package org.casekeep.detention.complaint;

import org.casekeep.kernel.access.Actor;

/** The Office of the Immigration Detention Ombudsman's roles and component, as the identity provider grants them; written here once. */
public final class OidoRoles {

	/** The component every OIDO user belongs to; nobody outside it sees anything (PIA 3.3). */
	public static final String COMPONENT = "OIDO";

	/** Administrative staff: create complaints and nothing else; they cannot read them afterwards (PIA 8.1). */
	public static final String INTAKE = "oido_intake";

	/** Case managers and analysts: review and edit all complaints (PIA 8.1). */
	public static final String ANALYST = "oido_analyst";

	/** Managers: everything analysts do; told at once of emergencies. */
	public static final String MANAGER = "oido_manager";

	private OidoRoles() {
	}

	/** Whether the actor is OIDO staff at all: an OIDO role and the OIDO component (PIA 3.3, 8.3). */
	public static boolean isOidoStaff(Actor actor) {
		return actor.belongsTo(COMPONENT) && actor.hasAnyRole(INTAKE, ANALYST, MANAGER);
	}

	/** Whether the actor reviews and edits complaints: an OIDO analyst or manager (PIA 8.1). */
	public static boolean worksCases(Actor actor) {
		return actor.belongsTo(COMPONENT) && actor.hasAnyRole(ANALYST, MANAGER);
	}
}
