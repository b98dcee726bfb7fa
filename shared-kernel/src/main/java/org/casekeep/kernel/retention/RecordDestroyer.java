package org.casekeep.kernel.retention;

import java.time.Instant;
import java.util.Optional;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * How a module destroys the records of one type it owns once their retention period has ended. A module registers
 * one destroyer bean for every record type it tracks on its own (see
 * {@link org.casekeep.kernel.pii.PersonalDataRecord#partOf()}); a type without one stops the application at start-up.
 * <p>
 * The kernel calls {@link #destroy} for each {@link RetentionPeriodEnded}, as the system actor, inside the transaction
 * in which it then writes the destruction certificate: if the destroyer fails, nothing is certified and the event is
 * delivered again.
 */
public interface RecordDestroyer {

	/** The record type destroyed, as declared by {@code @PersonalDataRecord(type = ...)}. */
	String recordType();

	/**
	 * Destroys the record and everything that is part of it (attachments, assignments, history). Delivery is at
	 * least once, so a record already gone must be nothing to do.
	 *
	 * @param recordId the tracked record's identifier, must not be {@literal null}.
	 */
	void destroy(String recordId);

	/**
	 * When a schedule keeps a record until something else happened too ("or when the related records are destroyed,
	 * whichever is later"), the time until which it must be kept although its period ended; the kernel then keeps
	 * tracking it until that time and asks again. Empty (the default) to destroy it now.
	 */
	default Optional<Instant> keptUntil(String recordId) {
		return Optional.empty();
	}

	/** A destroyer of a record type whose records are identified by UUIDs. */
	static RecordDestroyer of(String recordType, Consumer<UUID> destroy) {
		Objects.requireNonNull(recordType, "recordType must not be null");
		Objects.requireNonNull(destroy, "destroy must not be null");
		return new RecordDestroyer() {
			@Override
			public String recordType() {
				return recordType;
			}

			@Override
			public void destroy(String recordId) {
				destroy.accept(UUID.fromString(recordId));
			}

			@Override
			public String toString() {
				return "RecordDestroyer[" + recordType + "]";
			}
		};
	}
}
