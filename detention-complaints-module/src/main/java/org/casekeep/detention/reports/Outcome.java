package org.casekeep.detention.reports;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.casekeep.detention.complaint.ComplaintStatus;

/**
 * Where complaints stand, in the fewer groups the annual report to Congress publishes instead of every status: a
 * status held by few complaints (merged duplicates, for one) would otherwise be suppressed at almost every facility and
 * month, with complements around each, and the report would say little (PIA overview "Reporting and Metrics").
 */
public enum Outcome {
	OPEN("Awaiting triage or in progress", ComplaintStatus.RECEIVED, ComplaintStatus.ACCEPTED),
	REFERRED("Referred to another office", ComplaintStatus.REFERRED),
	DECLINED("Declined or merged into another complaint", ComplaintStatus.DECLINED, ComplaintStatus.MERGED),
	CLOSED("Resolved and closed", ComplaintStatus.CLOSED);

	private final String label;

	private final List<ComplaintStatus> statuses;

	Outcome(String label, ComplaintStatus... statuses) {
		this.label = label;
		this.statuses = List.of(statuses);
	}

	public String label() {
		return label;
	}

	/** The outcome of a status as SQL over {@code c.status}: every status falls in exactly one outcome. */
	static String sql() {
		return Arrays.stream(values())
			.flatMap(outcome -> outcome.statuses.stream()
				.map(status -> "when '" + status.name() + "' then '" + outcome.name() + "'"))
			.collect(Collectors.joining(" ", "case c.status ", " end"));
	}
}
