package org.casekeep.survey.studies;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A study's description as checked and normalised by {@link StudyRegistry}. */
record StudyValues(String title, ResearchMethod method, String purpose, Population population,
		boolean federalEmployeesOnly, int plannedParticipants, LocalDate startsOn, LocalDate endsOn,
		@Nullable String vendorTool) {
}
