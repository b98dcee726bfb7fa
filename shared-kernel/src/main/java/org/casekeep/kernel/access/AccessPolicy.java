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
	private final List<AccessPrecondition> preconditions;

	/** A policy of the rules alone, with no precondition (for benchmarks that build one by hand). */
	public AccessPolicy(List<AccessRule> rules, Refusals refusals) {
		this(rules, refusals, List.of());
	}

	@org.springframework.beans.factory.annotation.Autowired
	public AccessPolicy(List<AccessRule> rules, Refusals refusals, List<AccessPrecondition> preconditions) {
		this.rules = rules.stream().collect(Collectors.toUnmodifiableMap(AccessRule::recordType, Function.identity()));
		this.refusals = refusals;
		this.preconditions = List.copyOf(preconditions);
	}

	/**
	 * Whether the actor may perform the operation; {@literal false} for record types no rule governs, and for those
	 * behind a precondition the actor does not meet.
	 */
	public boolean permits(Actor actor, Operation operation, RecordFacts facts) {
		AccessRule rule = rules.get(facts.recordType());
		return rule != null && unmet(actor, facts.recordType()) == null && rule.permits(actor, operation, facts);
	}

	/** The first precondition on the record type the actor does not meet, or {@literal null}. */
	private @org.jspecify.annotations.Nullable AccessPrecondition unmet(Actor actor, String recordType) {
		for (AccessPrecondition precondition : preconditions) {
			if (precondition.covers(recordType) && !precondition.isMetBy(actor)) {
				return precondition;
			}
		}
		return null;
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
		AccessPrecondition unmet = actor == null || rule == null ? null : unmet(actor, facts.recordType());
		String reason = actor == null || rule == null ? null : unmet != null ? unmet.refusal() : rule.refusal(actor);
		if (reason != null) {
			throw new ExplainedAccessDenial(reason);
		}
		throw new AccessDeniedException("Not permitted to " + operation.name().toLowerCase(java.util.Locale.ROOT)
				+ " " + facts.recordType() + (facts.recordId() == null ? "" : " " + facts.recordId()));
	}
}
