package org.casekeep.kernel.disclosurecontrol;

import org.jspecify.annotations.Nullable;

/**
 * One cell as published: its count, or suppressed. A suppressed cell carries no value at all, so neither
 * {@code toString}, JSON nor any renderer can reveal it, and nothing says whether it was hidden for being small or as
 * a complement (that would narrow it to 1 – threshold−1).
 *
 * @param cell which population the cell counts.
 * @param count the published count, {@code null} where suppressed.
 */
public record PublishedCell(CellKey cell, @Nullable Long count) {

	public static PublishedCell suppressed(CellKey cell) {
		return new PublishedCell(cell, null);
	}

	public boolean isSuppressed() {
		return count == null;
	}

	/** The count, or the text for a suppressed cell, as a CSV or PDF renderer shows it. */
	public String display(String suppressedText) {
		return count == null ? suppressedText : Long.toString(count);
	}

	@Override
	public String toString() {
		return cell + ": " + display("suppressed");
	}
}
