package org.casekeep.detention.complaint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casekeep.kernel.spii.SpiiDetector;
import org.casekeep.kernel.spii.SpiiFinding;

/**
 * Finds the identifiers submitters offer unasked in a complaint's description (PIA 2.1: "such information may include
 * PII such as Visa number or Passport number"): whatever the kernel's SPII detector finds (SSNs, A-Numbers, receipt
 * numbers, dates of birth), and passport and visa numbers, which it does not know: 6 to 12 letters and digits with at
 * least one digit, within 30 characters after the word passport or visa (or, since the portal is also in Spanish, pasaporte or
 * visado). Findings are offered for redaction, never
 * applied without the intake staff's choice, and never logged.
 */
public final class DescriptionScan {

	/** A finding: its kind, as it is shown and recorded, and where it is. Its {@link #toString()} leaves the text out. */
	public record Finding(String kind, int start, int end, String text) {

		@Override
		public String toString() {
			return "Finding[kind=" + kind + ", start=" + start + ", end=" + end + "]";
		}
	}

	static final String PASSPORT_NUMBER = "PASSPORT_NUMBER";

	static final String VISA_NUMBER = "VISA_NUMBER";

	private static final Pattern TRAVEL_DOCUMENT = Pattern.compile(
			"(?i)\\b(passport|pasaporte|visa|visado)\\b[^\\n]{0,30}?(?<![\\p{L}\\p{N}])((?=[A-Z0-9]*\\d)[A-Z0-9]{6,12})(?![\\p{L}\\p{N}])");

	private final SpiiDetector detector = new SpiiDetector();

	/** The findings, not overlapping, in text order. */
	public List<Finding> scan(String text) {
		List<Finding> findings = new ArrayList<>();
		for (SpiiFinding finding : detector.scan(text)) {
			findings.add(new Finding(finding.kind().name(), finding.start(), finding.end(), finding.text()));
		}
		Matcher matcher = TRAVEL_DOCUMENT.matcher(text);
		while (matcher.find()) {
			String kind = matcher.group(1).toLowerCase(Locale.ROOT).startsWith("vis") ? VISA_NUMBER : PASSPORT_NUMBER;
			int start = matcher.start(2);
			int end = matcher.end(2);
			if (findings.stream().noneMatch(f -> f.start() < end && start < f.end())) {
				findings.add(new Finding(kind, start, end, matcher.group(2)));
			}
		}
		findings.sort(Comparator.comparingInt(Finding::start));
		return List.copyOf(findings);
	}

	/** The text with each finding replaced by {@code [REDACTED <KIND>]}. */
	static String redact(String text, List<Finding> findings) {
		StringBuilder redacted = new StringBuilder(text.length());
		int copied = 0;
		for (Finding finding : findings) {
			redacted.append(text, copied, finding.start()).append("[REDACTED ").append(finding.kind()).append(']');
			copied = finding.end();
		}
		return redacted.append(text, copied, text.length()).toString();
	}
}
