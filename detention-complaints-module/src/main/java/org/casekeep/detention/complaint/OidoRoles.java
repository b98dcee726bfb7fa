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

	/** Managers: everything analysts do; told at once of emergencies; all investigations and inspections (PIA 8.1). */
	public static final String MANAGER = "oido_manager";

	/** Junior auditors: the initial intake of investigations; edit those assigned to them (PIA 8.1). */
	public static final String JUNIOR_AUDITOR = "oido_junior_auditor";

	/** Investigators and subject matter experts: edit the investigations assigned to them (PIA 8.1). */
	public static final String INVESTIGATOR = "oido_investigator";

	private OidoRoles() {
	}

	/** Whether the actor is OIDO staff at all: an OIDO role and the OIDO component (PIA 3.3, 8.3). */
	public static boolean isOidoStaff(Actor actor) {
		return actor.belongsTo(COMPONENT) && actor.hasAnyRole(INTAKE, ANALYST, MANAGER);
	}

	/** Whether the actor works investigations and inspections: an OIDO junior auditor, investigator or manager (PIA 8.1). */
	public static boolean worksInspections(Actor actor) {
		return actor.belongsTo(COMPONENT) && actor.hasAnyRole(JUNIOR_AUDITOR, INVESTIGATOR, MANAGER);
	}

	/** Whether the actor is an OIDO manager, who sees every investigation and approves overrides (PIA 8.1). */
	public static boolean isManager(Actor actor) {
		return actor.belongsTo(COMPONENT) && actor.hasRole(MANAGER);
	}

	/** Whether the actor reviews and edits complaints: an OIDO analyst or manager (PIA 8.1). */
	public static boolean worksCases(Actor actor) {
		return actor.belongsTo(COMPONENT) && actor.hasAnyRole(ANALYST, MANAGER);
	}
}
