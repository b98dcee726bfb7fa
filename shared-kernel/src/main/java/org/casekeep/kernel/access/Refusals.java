package org.casekeep.kernel.access;

/**
 * Where the {@link AccessPolicy} leaves a trace of every refusal. Implemented by the kernel's audit trail, which
 * writes it in a transaction of its own so that it survives the refused caller's rollback; declared here so that the
 * decision does not depend on how it is recorded.
 */
@FunctionalInterface
public interface Refusals {

	/** Records that the current actor (or nobody signed in) was refused the operation on the record. */
	void refused(Operation operation, RecordFacts facts);
}
