package org.casekeep.kernel.access;

/**
 * A module's rule for one record type. The {@link AccessPolicy} denies everything no rule permits.
 */
public interface AccessRule {

	/** The record type this rule governs, e.g. {@code crm.individual}. */
	String recordType();

	/**
	 * Whether the actor may perform the operation.
	 * @param facts the record's facts; for {@link Operation#CREATE} and {@link Operation#SEARCH} only the type is set.
	 */
	boolean permits(Actor actor, Operation operation, RecordFacts facts);

	/**
	 * Why the rule refuses this actor everything, when it is something the user can act on (for example access that
	 * awaits an administrator's approval); {@literal null} for an ordinary refusal. Shown to the user as it is, so it
	 * must not name a record or hold personal data.
	 */
	default @org.jspecify.annotations.Nullable String refusal(Actor actor) {
		return null;
	}

	/** The decision of a rule, for {@link #of}. */
	@FunctionalInterface
	interface Decision {

		boolean permits(Actor actor, Operation operation, RecordFacts facts);
	}

	/** A rule for one record type that decides with the given function. */
	static AccessRule of(String recordType, Decision decision) {
		return of(recordType, decision, actor -> null);
	}

	/** A rule for one record type that decides with the given function and explains with {@code refusal}. */
	static AccessRule of(String recordType, Decision decision,
			java.util.function.Function<Actor, @org.jspecify.annotations.Nullable String> refusal) {
		java.util.Objects.requireNonNull(recordType, "recordType must not be null");
		return new AccessRule() {
			@Override
			public String recordType() {
				return recordType;
			}

			@Override
			public boolean permits(Actor actor, Operation operation, RecordFacts facts) {
				return decision.permits(actor, operation, facts);
			}

			@Override
			public @org.jspecify.annotations.Nullable String refusal(Actor actor) {
				return refusal.apply(actor);
			}
		};
	}
}
