package org.casekeep.detention.inspections;

import org.casekeep.detention.complaint.OidoRoles;
import org.casekeep.kernel.access.AccessRule;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may do what with investigation and inspection files, deny by default (PIA 3.3, 8.1, 8.3): junior auditors open
 * files (initial intake); junior auditors, investigators and subject matter experts read and edit the files assigned
 * to them; managers all files. Everybody who works inspections may list the files they may know of (an unannounced
 * inspection only its team and managers, until the visit: {@link InspectionFile#knownTo}). Intake staff, analysts,
 * other components and administrators nothing. Deletion, export and disclosure are not offered.
 */
@Configuration(proxyBeanMethods = false)
class InspectionAccessRules {

	@Bean
	AccessRule inspectionAccess() {
		return AccessRule.of(InspectionRecords.RECORD_TYPE, InspectionAccessRules::permits);
	}

	static boolean permits(Actor actor, Operation operation, RecordFacts facts) {
		if (!OidoRoles.worksInspections(actor)) {
			return false;
		}
		boolean manager = OidoRoles.isManager(actor);
		return switch (operation) {
			// PIA 8.1: "Junior Auditors will be responsible for the initial intake of investigations."
			case CREATE -> manager || actor.hasRole(OidoRoles.JUNIOR_AUDITOR);
			case SEARCH -> true;
			// Type-level checks pass for all who work inspections; a file itself only for its team and managers.
			case READ, UPDATE -> manager || facts.recordId() == null || facts.assignedTo(actor);
			case DELETE, EXPORT, DISCLOSE -> false;
		};
	}
}
