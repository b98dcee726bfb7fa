package org.casekeep.detention.documents;

/** What a supporting document is (PIA 2.1, overview). */
public enum DocumentKind {
	/** The paper intake form taken in person, scanned before the paper is destroyed. */
	SCANNED_FORM,
	LEGAL_RECORD,
	MEDICAL_RECORD,
	/** Records of disability accommodation, personal property or the conditions of detention. */
	OTHER_RECORD,
	/** Sent by the submitter on the public portal, with the complaint or later, as received (PIA 2.4). */
	SENT_BY_SUBMITTER
}
