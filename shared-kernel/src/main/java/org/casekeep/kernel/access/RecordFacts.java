package org.casekeep.kernel.access;

import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The facts about one record that access decisions depend on: ownership by component and user, and assignment.
 *
 * @param recordType the kernel record type, must not be {@literal null}.
 * @param recordId the record's identifier, {@literal null} for a record not created yet.
 * @param owningComponent the component owning the record.
 * @param ownerUsername the user owning the record.
 * @param assignees the users the record is assigned to (need-to-know).
 */
public record RecordFacts(String recordType, @Nullable String recordId, @Nullable String owningComponent,
		@Nullable String ownerUsername, Set<String> assignees) {

	public RecordFacts {
		Objects.requireNonNull(recordType, "recordType must not be null");
		assignees = Set.copyOf(assignees);
	}

	public static RecordFacts of(String recordType, Object recordId, @Nullable String owningComponent,
			@Nullable String ownerUsername) {
		return new RecordFacts(recordType, String.valueOf(recordId), owningComponent, ownerUsername, Set.of());
	}

	/** Facts for a record type as a whole (searching, creating). */
	public static RecordFacts ofType(String recordType) {
		return new RecordFacts(recordType, null, null, null, Set.of());
	}

	public boolean ownedBy(Actor actor) {
		return ownerUsername != null && ownerUsername.equals(actor.username());
	}

	public boolean ownedByComponentOf(Actor actor) {
		return actor.belongsTo(owningComponent);
	}

	public boolean assignedTo(Actor actor) {
		return assignees.contains(actor.username());
	}
}
