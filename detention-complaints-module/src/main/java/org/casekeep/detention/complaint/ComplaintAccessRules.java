package org.casekeep.detention.complaint;

import java.util.Set;

import org.casekeep.kernel.access.AccessRule;
import org.casekeep.kernel.training.TrainingRequirement;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.notify.ViewerKeys;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may do what with complaints, deny by default (PIA 3.3, 8.1, 8.3): OIDO intake staff create complaints and
 * nothing else; OIDO analysts and managers read, search and edit all of them; nobody outside OIDO anything, not
 * platform administrators, not other components. A complaint is disclosed outside the Department only through the
 * kernel's accounting of disclosures, by those who work cases, once an OIDO manager other than the requester approved
 * it (PIA 6.4); the kernel's own roles decide who may ask and approve. Deletion and export are not offered yet.
 */
@Configuration(proxyBeanMethods = false)
class ComplaintAccessRules {

	static final String EMERGENCY_AUDIENCE = ComplaintRecords.EMERGENCY_AUDIENCE;

	@Bean
	AccessRule complaintAccess() {
		return AccessRule.of(ComplaintRecords.RECORD_TYPE, ComplaintAccessRules::permits);
	}

	static boolean permits(Actor actor, Operation operation, RecordFacts facts) {
		return switch (operation) {
			// PIA 8.1: administrative staff "will only have access to create complaints".
			case CREATE -> OidoRoles.isOidoStaff(actor);
			// PIA 8.1: case managers and analysts "edit and review all complaints".
			case READ, SEARCH, UPDATE -> OidoRoles.worksCases(actor);
			// PIA 6.4: shared by case workers; the kernel's accounting holds it until a supervisor approves.
			case DISCLOSE -> OidoRoles.worksCases(actor);
			case DELETE, EXPORT -> false;
		};
	}

	/**
	 * Every record of the ombudsman (complaints, their documents, and whatever else the module keeps under
	 * {@code detention.}) is closed to a user whose annual privacy training is not current (PIA 8.2), whatever their
	 * role: the kernel's policy refuses before any rule is asked, and explains why.
	 */
	@Bean
	TrainingRequirement caseDataNeedsCurrentTraining() {
		return new TrainingRequirement("detention.", "OIDO PIA 8.2");
	}

	/** Notices that name a complaint are seen by those who read every complaint: OIDO analysts and managers. */
	@Bean
	ViewerKeys complaintViewers() {
		return new ViewerKeys() {
			@Override
			public String recordType() {
				return ComplaintRecords.RECORD_TYPE;
			}

			@Override
			public Set<String> keysOf(Actor actor) {
				return Set.of();
			}

			@Override
			public boolean opensEvery(Actor actor) {
				return OidoRoles.worksCases(actor);
			}
		};
	}

	/** Emergency notices are seen by OIDO managers only. */
	@Bean
	ViewerKeys emergencyViewers() {
		return new ViewerKeys() {
			@Override
			public String recordType() {
				return EMERGENCY_AUDIENCE;
			}

			@Override
			public Set<String> keysOf(Actor actor) {
				return Set.of();
			}

			@Override
			public boolean opensEvery(Actor actor) {
				return actor.belongsTo(OidoRoles.COMPONENT) && actor.hasRole(OidoRoles.MANAGER);
			}
		};
	}
}
