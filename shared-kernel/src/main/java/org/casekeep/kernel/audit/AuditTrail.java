package org.casekeep.kernel.audit;

import java.util.List;

import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.access.Refusals;

/**
 * The append-only, hash-chained audit trail. It is also where the access policy's refusals go
 * ({@link Refusals}), on the security chain.
 */
public interface AuditTrail extends Refusals {

	/**
	 * Appends an entry for the current actor inside the caller's transaction, so that the entry and the change it
	 * records commit or roll back together. Must be called within a transaction.
	 */
	void record(AuditEvent event);

	/**
	 * Appends one entry per event, in order, like {@link #record} called for each, in one round trip to the database.
	 * For operations that change many records at once (batch intake).
	 */
	default void recordAll(List<AuditEvent> events) {
		events.forEach(this::record);
	}

	/**
	 * Appends an entry in a transaction of its own that commits even if the caller's transaction rolls back. Used for
	 * access denials, logins and acknowledgements. Written to the security chain, so it never waits on a lock held by
	 * the caller's transaction.
	 */
	void recordIndependently(AuditEvent event);

	/** An access refusal: written independently, so that it survives the refused caller's rollback. */
	@Override
	default void refused(Operation operation, RecordFacts facts) {
		recordIndependently(new AuditEvent(AuditAction.ACCESS_DENIED, facts.recordType(), facts.recordId(),
				facts.owningComponent(), List.of(), null, operation.name()));
	}
}
