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
}
