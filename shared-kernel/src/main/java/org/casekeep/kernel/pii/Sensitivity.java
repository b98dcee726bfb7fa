package org.casekeep.kernel.pii;

/** How much harm a disclosure of the field could do; drives the data inventory and export rules. */
public enum Sensitivity {
	/** Business contact data a person gave for outreach (work phone, work address). */
	LOW,
	/** Personal contact data (cell phone, personal email), notes. */
	MODERATE,
	/** Sensitive PII: never exported in bulk, never placed in events or notifications. */
	HIGH
}
