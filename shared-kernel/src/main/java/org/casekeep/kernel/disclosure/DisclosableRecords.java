package org.casekeep.kernel.disclosure;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.jspecify.annotations.Nullable;

/**
 * A module's answer, for one record type it owns, to "does this record exist, and what decides who may disclose it?".
 * The accounting of disclosures asks it for every record named in a request and lets the kernel's access policy decide
 * {@link Operation#DISCLOSE} on the facts it returns, so that nobody can account for (and so appear to legitimise) the
 * sharing of a record that does not exist or that they may not share. A record type no module answers for cannot be
 * disclosed at all (deny by default).
 */
public interface DisclosableRecords {

	/** The record type answered for, e.g. {@code crm.individual}. */
	String recordType();

	/**
	 * The record, if it exists.
	 *
	 * @param recordId as typed by the requester; an id that is not well formed is simply not found.
	 */
	Optional<Found> find(String recordId);

	/**
	 * A record that may be named in a disclosure.
	 *
	 * @param governedBy the facts the access policy decides {@link Operation#DISCLOSE} on: the record's own, or those
	 * of the record it is part of (a letter's attachment is shared as the letter is); its owning component is the
	 * component whose privacy office approves and reviews the disclosure.
	 * @param subjectId the person the record is about, so that the accounting is found by person; {@literal null}
	 * when it is about nobody in particular.
	 * @param notShareableYet why the record's state does not allow sharing it yet (for example correspondence
	 * awaiting its SPII review), told only to a requester who may disclose it; {@literal null} when it may be shared.
	 */
	record Found(RecordFacts governedBy, @Nullable String subjectId, @Nullable String notShareableYet) {

		public Found {
			Objects.requireNonNull(governedBy, "governedBy must not be null");
		}

		public Found(RecordFacts governedBy, @Nullable String subjectId) {
			this(governedBy, subjectId, null);
		}
	}

	/** A record id typed as a UUID, for modules whose records have one; empty when it is not one. */
	static Optional<UUID> uuid(String recordId) {
		try {
			return Optional.of(UUID.fromString(recordId));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** The answer for one record type, by the given lookup. */
	static DisclosableRecords of(String recordType, Function<String, Optional<Found>> lookup) {
		Objects.requireNonNull(recordType, "recordType must not be null");
		return new DisclosableRecords() {
			@Override
			public String recordType() {
				return recordType;
			}

			@Override
			public Optional<Found> find(String recordId) {
				return lookup.apply(recordId);
			}
		};
	}
}
