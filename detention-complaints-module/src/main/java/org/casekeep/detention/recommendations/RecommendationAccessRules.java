package org.casekeep.detention.recommendations;

import org.casekeep.detention.complaint.OidoRoles;
import org.casekeep.kernel.access.AccessRule;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.retention.RecordDestroyer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what with recommendations, deny by default (PIA 3.3, 8.1): OIDO analysts (who work complaints), junior
 * auditors, investigators and managers (who work investigations) read and track them and record responses and
 * follow-up; only managers close them. Intake staff, other components and administrators nothing. Whether a user may
 * make one from a given file or complaint is checked against that source by {@link RecommendationTracking}.
 */
@Configuration(proxyBeanMethods = false)
class RecommendationAccessRules {

	@Bean
	AccessRule recommendationAccess() {
		return AccessRule.of(RecommendationTracking.RECORD_TYPE, RecommendationAccessRules::permits);
	}

	static boolean permits(Actor actor, Operation operation, RecordFacts facts) {
		boolean works = OidoRoles.worksCases(actor) || OidoRoles.worksInspections(actor);
		return works && switch (operation) {
			case READ, SEARCH, CREATE, UPDATE -> true;
			case DELETE, EXPORT, DISCLOSE -> false;
		};
	}

	/** Unscheduled like complaints (PIA 1.4, 5.1): tracked from issue, destroyed only under an approved schedule. */
	@Bean
	RecordDestroyer recommendationDestroyer(Recommendations recommendations) {
		return new RecordDestroyer() {
			@Override
			public String recordType() {
				return RecommendationTracking.RECORD_TYPE;
			}

			@Override
			@Transactional
			public void destroy(String recordId) {
				recommendations.findById(java.util.UUID.fromString(recordId)).ifPresent(recommendations::delete);
			}
		};
	}
}
