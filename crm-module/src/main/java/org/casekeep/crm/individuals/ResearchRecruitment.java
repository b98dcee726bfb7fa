package org.casekeep.crm.individuals;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.recruitment.RecruitmentListRequested;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Answers a study's request for recruitment candidates (customer research PIA 1.2, 2.2). Delivery is at least once;
 * a request answered twice offers the same people twice under the same request id, which the study takes once.
 */
@Component
class ResearchRecruitment {

	private final ResearchContacts contacts;

	ResearchRecruitment(ResearchContacts contacts) {
		this.contacts = contacts;
	}

	@ApplicationModuleListener(id = "crm.on-recruitment-list-requested")
	void on(RecruitmentListRequested request) {
		Actors.runAs(Actor.SYSTEM, () -> contacts.offer(request));
	}
}
