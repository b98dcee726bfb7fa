package org.casekeep.correspondence;

/** What a reviewer decides for one SPII finding (PIA 3.4). */
public enum SpiiReviewChoice {
	/** Remove the value from every stored text; for an attachment also drop the original file. */
	REDACT,
	/** Keep the value because the response needs it; requires an audited justification. */
	KEEP
}
