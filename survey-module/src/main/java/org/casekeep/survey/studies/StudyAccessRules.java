package org.casekeep.survey.studies;

import org.casekeep.kernel.access.AccessRule;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.retention.RecordDestroyer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may do what with studies, deny by default. A researcher creates studies and runs those of their own research
 * unit; the component privacy office reads and reviews its component's studies; the DHS Privacy Office
 * ({@code research_approver}) reads and approves every study (PIA overview, 2.5). Nobody exports or discloses a
 * study here. Everyone else: nothing.
 */
@Configuration(proxyBeanMethods = false)
class StudyAccessRules {

	@Bean
	AccessRule studyAccess() {
		return AccessRule.of(Study.RECORD_TYPE, StudyAccessRules::permits);
	}

	/** PIA 2.5: the component privacy office reviews its own component's studies and questions. */
	@Bean
	AccessRule studyReview() {
		return AccessRule.of(StudyRegistry.REVIEW_TYPE, (actor, operation, facts) -> operation == Operation.UPDATE
				&& actor.hasRole(ResearchRoles.PRIVACY_OFFICER) && facts.ownedByComponentOf(actor));
	}

	/** PIA overview and 2.5: the DHS Privacy Office approves. */
	@Bean
	AccessRule studyApproval() {
		return AccessRule.of(StudyRegistry.APPROVAL_TYPE, (actor, operation, facts) -> operation == Operation.UPDATE
				&& actor.hasRole(ResearchRoles.RESEARCH_APPROVER));
	}

	/** PIA 1.4, 5.1: a study is destroyed under GRS 6.5 item 010 with its instruments and waves. */
	@Bean
	RecordDestroyer studyDestroyer(Studies studies) {
		return RecordDestroyer.of(Study.RECORD_TYPE, id -> studies.findById(id).ifPresent(studies::delete));
	}

	static boolean permits(Actor actor, Operation operation, RecordFacts facts) {
		boolean researcher = actor.hasRole(ResearchRoles.RESEARCHER);
		boolean approver = actor.hasRole(ResearchRoles.RESEARCH_APPROVER);
		boolean privacyOfficer = actor.hasRole(ResearchRoles.PRIVACY_OFFICER);
		return switch (operation) {
			case CREATE -> researcher;
			case SEARCH -> researcher || approver || privacyOfficer;
			case READ -> approver || ((researcher || privacyOfficer) && facts.ownedByComponentOf(actor));
			case UPDATE -> researcher && facts.ownedByComponentOf(actor);
			case DELETE, EXPORT, DISCLOSE -> false;
		};
	}
}
