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

	/** The decision of a rule, for {@link #of}. */
	@FunctionalInterface
	interface Decision {

		boolean permits(Actor actor, Operation operation, RecordFacts facts);
	}

	/** A rule for one record type that decides with the given function. */
	static AccessRule of(String recordType, Decision decision) {
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
		};
	}
}
