package org.casekeep.kernel.pii;

/** What kind of personal data a field holds (DESIGN.md rule 3). */
public enum PiiCategory {
	/** Names of people. */
	NAME,
	/** Phone numbers, email addresses, postal addresses. */
	CONTACT,
	/** Identifiers assigned to a person: case numbers, A-Numbers, receipt numbers. */
	IDENTIFIER,
	/** Race, ethnicity, religion, date of birth and other demographic facts. */
	DEMOGRAPHIC,
	/** Sensitive PII: SSNs, A-Numbers, medical or detention details whose loss could harm a person. */
	SENSITIVE_PII,
	/** Free text that may hold anything a person wrote, including PII. */
	FREE_TEXT,
	/** Employment facts: title, organisation. */
	PROFESSIONAL
}
