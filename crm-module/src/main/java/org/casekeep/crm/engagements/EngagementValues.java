package org.casekeep.crm.engagements;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.casekeep.crm.stakeholder.IssueCatalog;
import org.casekeep.kernel.validation.InputCheck;
import org.jspecify.annotations.Nullable;

/** The validated, normalised values of an {@link EngagementDraft}. */
record EngagementValues(String name, LocalDate heldOn, @Nullable LocalDate endsOn, @Nullable String location,
		@Nullable String agenda, List<String> issues) {

	/**
	 * @param today the day (UTC) an event may be held on at the latest.
	 * @param kept the issues the event already names (a retired one may stay).
	 * @throws org.casekeep.kernel.validation.InvalidInputException naming every field that cannot be accepted.
	 */
	static EngagementValues of(EngagementDraft draft, LocalDate today, IssueCatalog catalog,
			List<String> kept) {
		InputCheck check = new InputCheck();
		String name = check.requiredText("name", draft.name(), "Name of the event", 200);
		LocalDate heldOn = check.required("heldOn", draft.heldOn(), "Date of the event", raw -> {
			LocalDate day = day(raw, "Date of the event");
			// PIA 1.1, item 3: events DHS has collaborated on; attending one is contact (PIA 3.2), so not ahead of time.
			if (day.isAfter(today)) {
				throw new IllegalArgumentException("Date of the event cannot be in the future");
			}
			return day;
		});
		LocalDate endsOn = check.optional("endsOn", draft.endsOn(), raw -> day(raw, "Last day of the event"));
		if (heldOn != null && endsOn != null && endsOn.isBefore(heldOn)) {
			check.reject("endsOn", "Last day of the event cannot be before its first day");
		}
		String location = check.text("location", draft.location(), "Location", 200);
		String agenda = check.text("agenda", draft.agenda(), "Agenda", Engagement.AGENDA_MAX);
		List<String> issues = catalog.accept(check, "issues", draft.issues(), kept);
		check.throwIfInvalid();
		return new EngagementValues(name, heldOn, endsOn, location, agenda, issues);
	}

	private static LocalDate day(String raw, String label) {
		try {
			return LocalDate.parse(raw);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(label + " must be a date as YYYY-MM-DD, e.g. 2026-11-20");
		}
	}
}
