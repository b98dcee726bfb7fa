package org.casekeep.kernel.notify;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A module's answer to "where may the requester of this record be written to", for notices of
 * {@link Notice.Kind#REQUESTER}. The module that owns the record type registers one bean; the {@link Notifier} asks
 * it only when it is about to send, so the address is never copied out of its record. With no contributor for the
 * type the notice is kept in the application and sent nowhere (fail closed). Reading the address is the module's
 * read of its own personal data: the {@link Notifier} audits it.
 */
public interface RequesterAddresses {

	/** The kernel record type, as given to {@link Notice#toRequester}. */
	String recordType();

	/**
	 * The requester's email address on the record, if they gave one and the record still exists.
	 *
	 * @param recordId as given to {@link Notice#toRequester}.
	 */
	Optional<Address> emailOf(String recordId);

	/**
	 * Where to write, and the component owning the record (so its privacy office sees the read in its audit review).
	 */
	record Address(String email, @Nullable String owningComponent) {
	}

	/** The record's field the address is read from, for the audit entry (e.g. {@code email}). */
	default String field() {
		return "email";
	}
}
