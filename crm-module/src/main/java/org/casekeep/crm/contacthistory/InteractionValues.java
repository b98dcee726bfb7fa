package org.casekeep.crm.contacthistory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import org.casekeep.kernel.validation.InputCheck;
import org.jspecify.annotations.Nullable;

/** The validated, normalised values of an {@link InteractionDraft}. */
record InteractionValues(InteractionMode mode, Instant occurredAt, @Nullable String outcome,
		@Nullable String sourceReference) {

	/** Clock skew tolerated between a user's device and the server for "just now". */
	private static final java.time.Duration SKEW = java.time.Duration.ofMinutes(5);

	/**
	 * @throws org.casekeep.kernel.validation.InvalidInputException naming every field that cannot be accepted.
	 */
	static InteractionValues of(InteractionDraft draft, Instant now) {
		InputCheck check = new InputCheck();
		InteractionMode mode = check.required("mode", draft.mode(), "Mode of communication",
				raw -> InteractionMode.parse(raw).filter(InteractionMode::recordedByUsers)
					.orElseThrow(() -> new IllegalArgumentException("Mode of communication must be one of "
							+ String.join(", ", InteractionMode.userModes()))));
		Instant occurredAt = check.required("occurredAt", draft.occurredAt(), "Date of the interaction", raw -> {
			Instant when = parse(raw);
			if (when.isAfter(now.plus(SKEW))) {
				throw new IllegalArgumentException("Date of the interaction cannot be in the future");
			}
			return when.truncatedTo(ChronoUnit.MICROS);
		});
		String outcome = check.text("outcome", draft.outcome(), "Outcome", Interaction.OUTCOME_MAX);
		String reference = check.text("sourceReference", draft.sourceReference(), "Reference", 100);
		check.throwIfInvalid();
		return new InteractionValues(mode, occurredAt, outcome, reference);
	}

	private static Instant parse(String raw) {
		try {
			return OffsetDateTime.parse(raw).toInstant();
		}
		catch (DateTimeParseException notAnInstant) {
			try {
				return LocalDate.parse(raw).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			catch (DateTimeParseException notADate) {
				throw new IllegalArgumentException(
						"Date of the interaction must be a date (2026-11-20) or a time with offset (2026-11-20T15:30:00Z)");
			}
		}
	}
}
