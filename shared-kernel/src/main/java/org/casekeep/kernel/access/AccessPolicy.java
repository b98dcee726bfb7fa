package org.casekeep.kernel.access;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Decides who may do what with which record: roles, component, record ownership and assignment, <em>deny by
 * default</em> (DESIGN.md rule 5). Application services call it, so the API, pages, exports and events all obey the
 * same decision. Every refusal leaves an audit entry that survives the caller's rollback.
 */
@Component
public class AccessPolicy {

	private final Map<String, AccessRule> rules;
	private final Refusals refusals;

	public AccessPolicy(List<AccessRule> rules, Refusals refusals) {
		this.rules = rules.stream().collect(Collectors.toUnmodifiableMap(AccessRule::recordType, Function.identity()));
		this.refusals = refusals;
	}

	/** Whether the actor may perform the operation; {@literal false} for record types no rule governs. */
	public boolean permits(Actor actor, Operation operation, RecordFacts facts) {
		AccessRule rule = rules.get(facts.recordType());
		return rule != null && rule.permits(actor, operation, facts);
	}

	/**
	 * Checks the current actor's permission.
	 * @return the current actor, allowed to proceed.
	 * @throws AccessDeniedException when refused; the refusal is audited on the security chain first.
	 */
	public Actor check(Operation operation, RecordFacts facts) {
		Actor actor = Actors.current().orElse(null);
		if (actor != null && permits(actor, operation, facts)) {
			return actor;
		}
		refusals.refused(operation, facts);
		AccessRule rule = rules.get(facts.recordType());
		String reason = actor == null || rule == null ? null : rule.refusal(actor);
		if (reason != null) {
			throw new ExplainedAccessDenial(reason);
		}
		throw new AccessDeniedException("Not permitted to " + operation.name().toLowerCase(java.util.Locale.ROOT)
				+ " " + facts.recordType() + (facts.recordId() == null ? "" : " " + facts.recordId()));
	}
}
