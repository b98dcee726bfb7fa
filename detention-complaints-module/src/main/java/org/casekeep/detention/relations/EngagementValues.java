package org.casekeep.detention.relations;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.casekeep.kernel.validation.InputCheck;
import org.jspecify.annotations.Nullable;

/** An engagement's values, checked: what {@link StakeholderEngagement} takes. */
record EngagementValues(String name, EngagementType type, LocalDate startsOn, @Nullable LocalDate endsOn,
		@Nullable String location, @Nullable String subject, List<String> areas, List<String> staff,
		Set<UUID> participants) {

	/** The most participants or staff one engagement names, so that no request writes without bound. */
	static final int MAX_PEOPLE = 200;

	/** What a user types for an engagement (API and page). */
	record Draft(@Nullable String name, @Nullable String type, @Nullable String startsOn, @Nullable String endsOn,
			@Nullable String location, @Nullable String subject, @Nullable List<String> areas,
			@Nullable List<String> staff, @Nullable List<UUID> participants, @Nullable Long version) {
	}

	/**
	 * Checks a draft; problems are collected in {@code check}.
	 * @param areas the codes of the areas of interest the office keeps.
	 * @param stakeholders the participants named that exist.
	 */
	static @Nullable EngagementValues check(InputCheck check, Draft draft, Set<String> areas, Set<UUID> stakeholders) {
		String name = check.requiredText("name", draft.name(), "Name", 200);
		EngagementType type = check.required("type", draft.type(), "Type",
				raw -> StakeholderValues.constant(EngagementType.class, raw));
		LocalDate startsOn = check.required("startsOn", draft.startsOn(), "First day", EngagementValues::date);
		LocalDate endsOn = check.optional("endsOn", draft.endsOn(), EngagementValues::date);
		if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
			check.reject("endsOn", "The last day cannot be before the first");
		}
		String location = check.text("location", draft.location(), "Location", 300);
		String subject = check.text("subject", draft.subject(), "Subject", 2000);
		List<String> codes = codes(draft.areas());
		for (String area : codes) {
			if (!areas.contains(area)) {
				check.reject("areas", "'" + area + "' is not an area of interest the office keeps");
			}
		}
		List<String> staff = draft.staff() == null ? List.of() : draft.staff().stream()
			.filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().sorted().toList();
		if (staff.size() > MAX_PEOPLE || staff.stream().anyMatch(s -> s.length() > 100)) {
			check.reject("staff", "Name at most " + MAX_PEOPLE + " OIDO staff, by their user names");
		}
		List<UUID> named = draft.participants() == null ? List.of()
				: draft.participants().stream().filter(java.util.Objects::nonNull).distinct().toList();
		if (named.size() > MAX_PEOPLE) {
			check.reject("participants", "Name at most " + MAX_PEOPLE + " participants");
		}
		for (UUID participant : named) {
			if (!stakeholders.contains(participant)) {
				check.reject("participants", "There is no stakeholder " + participant);
			}
		}
		if (check.hasProblems() || name == null || type == null || startsOn == null) {
			return null;
		}
		return new EngagementValues(name, type, startsOn, endsOn, location, subject, codes, staff,
				new java.util.LinkedHashSet<>(named));
	}

	static List<String> codes(@Nullable List<String> raw) {
		return raw == null ? List.of() : raw.stream().filter(a -> a != null && !a.isBlank())
			.map(a -> a.strip().toUpperCase(Locale.ROOT)).distinct().sorted().toList();
	}

	static LocalDate date(String raw) {
		try {
			return LocalDate.parse(raw);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new IllegalArgumentException("Enter a date as YYYY-MM-DD", ex);
		}
	}
}
