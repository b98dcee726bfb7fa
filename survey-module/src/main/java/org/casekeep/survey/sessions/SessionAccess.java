package org.casekeep.survey.sessions;

import java.util.UUID;

import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.audit.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * The session a request names, for its team only ({@link SessionAccessRules}): anyone else is told there is no such
 * session (404), so not even its existence leaks, and the refusal is audited.
 */
@Component
class SessionAccess {

	private final Sessions sessions;
	private final AccessPolicy policy;
	private final AuditTrail audit;

	SessionAccess(Sessions sessions, AccessPolicy policy, AuditTrail audit) {
		this.sessions = sessions;
		this.policy = policy;
		this.audit = audit;
	}

	/**
	 * The session, when the current actor is on its team.
	 * @throws RecordNotFoundException for anyone else, the refusal audited.
	 */
	ResearchSession require(UUID sessionId, Operation operation) {
		ResearchSession session = sessions.findById(sessionId)
			.orElseThrow(() -> new RecordNotFoundException(ResearchSession.RECORD_TYPE, sessionId));
		Actor actor = Actors.current().orElse(null);
		if (actor == null || !policy.permits(actor, operation, session.facts())) {
			audit.refused(operation, session.facts());
			throw new RecordNotFoundException(ResearchSession.RECORD_TYPE, sessionId);
		}
		return session;
	}

	/** Whether the current actor is on the session's team (for lists: others do not see it at all). */
	boolean onTeam(ResearchSession session) {
		return Actors.current().map(actor -> policy.permits(actor, Operation.READ, session.facts())).orElse(false);
	}
}
