package org.casekeep.kernel.spii;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.casekeep.kernel.validation.InputCheck;
import org.jspecify.annotations.Nullable;

/**
 * A finding of {@link RedactionScan} in a text under review, and what a person decided about it: redact it, or keep
 * it with a reason. An aggregate holds its findings as an element collection of this embeddable (columns
 * {@code kind, label, start_at, end_at, resolution, reason, resolved_by}) and guards when they may be decided; the
 * rules of deciding, of what is still open and of rendering the redacted text are written here once.
 */
@Embeddable
public class ReviewedFinding implements RedactionScan.Redaction {

	/** What was decided. */
	public enum Resolution {
		REDACTED, KEPT
	}

	private String kind;
	private String label;
	private int startAt;
	private int endAt;
	@Enumerated(EnumType.STRING)
	private @Nullable Resolution resolution;
	private @Nullable String reason;
	private @Nullable String resolvedBy;

	protected ReviewedFinding() {
	}

	private ReviewedFinding(String kind, String label, int startAt, int endAt) {
		this.kind = kind;
		this.label = label;
		this.startAt = startAt;
		this.endAt = endAt;
	}

	/** A finding of a scan, not decided yet. */
	public static ReviewedFinding of(RedactionScan.Finding found) {
		return new ReviewedFinding(found.kind(), found.label(), found.start(), found.end());
	}

	/** The findings of a scan, none decided yet. */
	public static List<ReviewedFinding> allOf(List<RedactionScan.Finding> found) {
		return found.stream().map(ReviewedFinding::of).toList();
	}

	/** A span a reviewer marked by hand: decided "redact" at once. */
	public static ReviewedFinding redactedByHand(int start, int end, String by) {
		ReviewedFinding manual = new ReviewedFinding(RedactionScan.MANUAL, "marked by hand", start, end);
		manual.resolution = Resolution.REDACTED;
		manual.resolvedBy = by;
		return manual;
	}

	/**
	 * Decides on finding {@code index} of {@code findings}.
	 * @param whyKept the message when a kept finding has no reason, e.g. "Say why it may stay in the analysis data".
	 * @throws org.casekeep.kernel.validation.InvalidInputException (422) for a finding that does not exist
	 * ({@code finding}), no decision ({@code resolution}) or a kept one without a reason ({@code reason}).
	 */
	public static void resolve(List<ReviewedFinding> findings, int index, @Nullable Resolution resolution,
			@Nullable String reason, String by, String whyKept) {
		InputCheck input = new InputCheck();
		if (index < 0 || index >= findings.size()) {
			input.reject("finding", "This text has no finding " + index);
		}
		if (resolution == null) {
			input.reject("resolution", "Choose to redact it or to keep it");
		}
		String why = input.text("reason", reason, "Reason", 500);
		if (resolution == Resolution.KEPT && why == null) {
			input.reject("reason", whyKept);
		}
		input.throwIfInvalid();
		ReviewedFinding finding = findings.get(index);
		finding.resolution = resolution;
		finding.reason = resolution == Resolution.KEPT ? why : null;
		finding.resolvedBy = by;
	}

	/** The positions of the findings nobody decided on yet. */
	public static List<Integer> unresolved(List<ReviewedFinding> findings) {
		List<Integer> open = new ArrayList<>();
		for (int i = 0; i < findings.size(); i++) {
			if (findings.get(i).resolution == null) {
				open.add(i);
			}
		}
		return open;
	}

	/** The text with every finding decided "redact" replaced by its {@linkplain RedactionScan#marker marker}. */
	public static String redacted(String text, List<ReviewedFinding> findings) {
		return RedactionScan.redact(text, findings.stream().filter(f -> f.resolution == Resolution.REDACTED).toList());
	}

	/** Where and what, for a message naming an open finding: e.g. "A-Number at characters 12–22". */
	public String describe() {
		return label + " at characters " + startAt + "–" + endAt;
	}

	@Override public String kind() { return kind; }
	public String label() { return label; }
	@Override public int start() { return startAt; }
	@Override public int end() { return endAt; }
	public @Nullable Resolution resolution() { return resolution; }
	public @Nullable String reason() { return reason; }
	public @Nullable String resolvedBy() { return resolvedBy; }
}
