package org.casekeep.survey.participants;

import org.casekeep.kernel.access.AccessRule;
import org.casekeep.kernel.access.Operation;
import org.casekeep.survey.studies.ResearchRoles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may see and recruit a study's participants, deny by default: the researchers of the study's research unit, its
 * recruiters (PIA overview "Recruiting Participants", 3.4: access to contact information limited to those with a
 * business need). The Privacy Office, the component privacy office and everyone else: nothing.
 */
@Configuration(proxyBeanMethods = false)
class ParticipantAccessRules {

	@Bean
	AccessRule participantAccess() {
		return AccessRule.of(Participant.RECORD_TYPE, (actor, operation, facts) -> switch (operation) {
			case CREATE, READ, UPDATE, SEARCH -> actor.hasRole(ResearchRoles.RESEARCHER) && facts.ownedByComponentOf(actor);
			case DELETE, EXPORT, DISCLOSE -> false;
		});
	}
}
