package org.casekeep.survey.sessions;

import org.casekeep.kernel.access.AccessRule;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.retention.RecordDestroyer;
import org.casekeep.survey.studies.ResearchRoles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may see and run a session and what it holds, deny by default: its team, the researchers of the study's unit
 * named on it (PIA "Audio and Video Recordings": access restricted to users with a verified business need; 8.3).
 * Its recordings and transcripts follow the same rule. Nobody deletes, exports or discloses them here; recordings
 * are destroyed by the retention of their own type.
 */
@Configuration(proxyBeanMethods = false)
class SessionAccessRules {

	@Bean
	AccessRule sessionAccessRule() {
		return AccessRule.of(ResearchSession.RECORD_TYPE, SessionAccessRules::permits);
	}

	@Bean
	AccessRule recordingAccessRule() {
		return AccessRule.of(Recording.RECORD_TYPE, SessionAccessRules::permits);
	}

	@Bean
	AccessRule transcriptAccessRule() {
		return AccessRule.of(Transcript.RECORD_TYPE, SessionAccessRules::permits);
	}

	/** PIA "Interviews", 5.1: a recording kept a year at most; purging is idempotent, it may find nothing left. */
	@Bean
	RecordDestroyer recordingDestroyer(RecordingVault vault) {
		return RecordDestroyer.of(Recording.RECORD_TYPE, vault::destroy);
	}

	static boolean permits(Actor actor, Operation operation, RecordFacts facts) {
		boolean teamMember = actor.hasRole(ResearchRoles.RESEARCHER) && facts.ownedByComponentOf(actor)
				&& facts.assignedTo(actor);
		return switch (operation) {
			case READ, UPDATE -> teamMember;
			case CREATE, SEARCH, DELETE, EXPORT, DISCLOSE -> false;
		};
	}
}
