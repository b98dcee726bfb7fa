package org.casekeep.survey.recruiting;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.recruitment.RecruitmentCandidatesOffered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Takes the CRM's answers to a study's request for candidates (PIA 1.2, 2.2), as the system. Delivery is at least
 * once; the request is taken once (see {@link ParticipantRecruitment#takeOffer}).
 */
@Component
class CrmOffers {

	private final ParticipantRecruitment recruitment;

	CrmOffers(ParticipantRecruitment recruitment) {
		this.recruitment = recruitment;
	}

	@ApplicationModuleListener(id = "survey.on-recruitment-candidates-offered")
	void on(RecruitmentCandidatesOffered offer) {
		Actors.runAs(Actor.SYSTEM, () -> recruitment.takeOffer(offer));
	}
}
