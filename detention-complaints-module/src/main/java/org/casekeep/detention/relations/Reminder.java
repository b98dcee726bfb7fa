package org.casekeep.detention.relations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/**
 * A reminder for a future action after an engagement (PIA 2.1), owned by the OIDO user who is to act; shown on the
 * pages until done, and told to its owner on its due date when they asked for a notice.
 */
@Embeddable
record Reminder(@Column(name = "id") UUID id, LocalDate dueOn, String action, String ownerUsername, boolean sendNotice,
		@Nullable Instant notifiedAt, @Nullable Instant doneAt) {

	Reminder done(Instant now) {
		return new Reminder(id, dueOn, action, ownerUsername, sendNotice, notifiedAt, now);
	}

	Reminder notified(Instant now) {
		return new Reminder(id, dueOn, action, ownerUsername, sendNotice, now, doneAt);
	}
}
