package org.casekeep.detention.publication;

import org.casekeep.detention.complaint.OidoRoles;
import org.casekeep.kernel.access.AccessRule;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.retention.RecordDestroyer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may prepare public versions, deny by default (PIA 3.3, 8.1, 6.4: supervisors approve all dissemination): OIDO
 * analysts and managers, who read recommendations and may issue them from complaints, prepare those of
 * recommendations; only managers, who see every inspection file, those of inspection reports
 * ({@link #mayWorkOn}). Intake staff, junior auditors and investigators, other components and administrators nothing.
 * Deletion, export and disclosure are not offered: publishing is the disclosure, and it is recorded.
 */
@Configuration(proxyBeanMethods = false)
class PublicationAccessRules {

	@Bean
	AccessRule publicVersionAccess() {
		return AccessRule.of(PublicVersion.RECORD_TYPE, PublicationAccessRules::permits);
	}

	static boolean permits(Actor actor, Operation operation, RecordFacts facts) {
		return OidoRoles.worksCases(actor) && switch (operation) {
			case READ, SEARCH, CREATE, UPDATE -> true;
			case DELETE, EXPORT, DISCLOSE -> false;
		};
	}

	/** Whether the actor may work on public versions of this kind: reports are for managers only (PIA 8.1). */
	static boolean mayWorkOn(Actor actor, PublicVersion.SourceKind kind) {
		return kind == PublicVersion.SourceKind.RECOMMENDATION ? OidoRoles.worksCases(actor)
				: OidoRoles.isManager(actor);
	}

	/** Unscheduled like their sources (PIA 1.4, 5.1): destroyed only under an approved schedule. */
	@Bean
	RecordDestroyer publicVersionDestroyer(PublicVersions versions) {
		return RecordDestroyer.of(PublicVersion.RECORD_TYPE, id -> versions.findById(id).ifPresent(versions::delete));
	}
}
