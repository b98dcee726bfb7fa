package org.casekeep.survey.participants;

import org.casekeep.kernel.access.AccessRule;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.recruitment.RecruitmentCandidatesOffered;
import org.casekeep.survey.studies.ResearchRoles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

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

	/** Takes the CRM's answers (PIA 1.2, 2.2); delivery is at least once, the request is taken once. */
	@Component
	static class CrmOffers {

		private final ParticipantRecruitment recruitment;

		CrmOffers(ParticipantRecruitment recruitment) {
			this.recruitment = recruitment;
		}

		@ApplicationModuleListener(id = "survey.on-recruitment-candidates-offered")
		void on(RecruitmentCandidatesOffered offer) {
			Actors.runAs(Actor.SYSTEM, () -> recruitment.takeOffer(offer));
		}
	}
}
