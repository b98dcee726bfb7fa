package org.casekeep.kernel.disclosurecontrol;

import java.util.List;

/**
 * The linear-programming audit of a publication: every hidden cell's feasible range, and the rule it was checked
 * against (every range at least {@code protectionWidth} wide).
 *
 * @param protectionWidth the width each range needed, from the {@link DisclosurePolicy}.
 * @param ranges one per hidden cell, in cell order.
 */
public record AuditReport(int protectionWidth, List<CellRange> ranges) {

	public AuditReport {
		ranges = List.copyOf(ranges);
	}

	/** Whether every hidden cell is protected: none exact, none narrower than the protection width. */
	public boolean passed() {
		return failures().isEmpty();
	}

	/** The hidden cells a reader can pin down too closely. */
	public List<CellRange> failures() {
		return ranges.stream().filter(range -> !range.isAtLeast(protectionWidth)).toList();
	}
}
