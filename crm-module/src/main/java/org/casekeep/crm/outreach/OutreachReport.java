package org.casekeep.crm.outreach;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Where DHS has stakeholders and where it has nobody: the counts of every state and territory, grouped by FEMA
 * region, over one period and optionally one issue and one component.
 *
 * @param from first day of the period, included.
 * @param to last day of the period, included.
 * @param issue the issue counted ({@link org.casekeep.crm.stakeholder.Issue} name), or {@literal null} for all.
 * @param component the component counted, or {@literal null} for all: stakeholders it owns, interactions it had.
 * @param regions the ten regions, in order, each with all its states, also those with nobody.
 * @param elsewhere stakeholders outside any region: Armed Forces mail, and records without an address.
 * @param total everything counted.
 */
public record OutreachReport(LocalDate from, LocalDate to, @Nullable String issue, @Nullable String component,
		List<Region> regions, List<Place> elsewhere, OutreachCounts total) {

	/** Code of the place that stands for records without an address. */
	public static final String NO_ADDRESS = "NONE";

	/** A state or territory ({@code code} its USPS code), or {@link #NO_ADDRESS}. */
	public record Place(String code, String name, OutreachCounts counts) {
	}

	/** A FEMA region with the sum of its states. */
	public record Region(String name, int number, String label, String office, OutreachCounts counts,
			List<Place> states) {
	}

	/** The regions, then the states, in which DHS has no stakeholder: where outreach is missing. */
	public List<String> withNobody() {
		return Stream.concat(
				regions.stream().filter(region -> region.counts().nobody()).map(Region::label),
				regions.stream().flatMap(region -> region.states().stream())
					.filter(place -> place.counts().nobody()).map(Place::name))
			.toList();
	}
}
