package org.casekeep.correspondence.trackers;

/** The kinds of value a tracker field holds, each checked on every write. */
enum FieldType {
	/** One line of text, at most 500 characters. */
	TEXT,
	/** Free text, at most 10,000 characters. */
	LONG_TEXT,
	/** A date, {@code YYYY-MM-DD}. */
	DATE,
	/** Yes or no. */
	BOOLEAN,
	/** One of the field's options. */
	CHOICE,
	/** A whole number. */
	NUMBER,
	/** An email address. */
	EMAIL,
	/** A USCIS receipt number (kernel {@code ReceiptNumber}). */
	RECEIPT_NUMBER,
	/** An A-Number (kernel {@code ANumber}). */
	A_NUMBER
}
