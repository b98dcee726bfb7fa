package org.casekeep.survey.studies;

import org.casekeep.kernel.validation.OneOf;
import org.jspecify.annotations.Nullable;

/**
 * A new study as a researcher submits it. Kept as text so that a wrong value is refused naming its field (422).
 * Dates are YYYY-MM-DD.
 */
public record StudyDraft(@Nullable String title, @OneOf(ResearchMethod.class) @Nullable String method,
		@Nullable String purpose, @OneOf(Population.class) @Nullable String population,
		@Nullable Boolean federalEmployeesOnly, @Nullable String plannedParticipants, @Nullable String startsOn,
		@Nullable String endsOn, @Nullable String vendorTool) {
}
