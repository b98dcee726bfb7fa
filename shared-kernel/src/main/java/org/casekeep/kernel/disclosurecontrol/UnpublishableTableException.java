package org.casekeep.kernel.disclosurecontrol;

/**
 * Disclosure control refuses to publish: the audit could not run to its end (the solver failed or ran out of
 * iterations, or its answer contradicted the true counts) or no further suppression could make the tables pass.
 * Nothing of the tables may be published then; this fails closed rather than open.
 */
public class UnpublishableTableException extends RuntimeException {

	public UnpublishableTableException(String message) {
		super(message);
	}

	public UnpublishableTableException(String message, Throwable cause) {
		super(message, cause);
	}
}
