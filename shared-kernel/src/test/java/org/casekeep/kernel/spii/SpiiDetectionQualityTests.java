package org.casekeep.kernel.spii;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Measures {@link SpiiDetector} against the labelled corpus {@code spii/corpus.tsv}: realistic snippets of letters and
 * case notes, more than half of them without SPII and many of those built to trip a detector (phone numbers, ZIP+4,
 * invoice numbers, meeting dates, invalid SSNs, receipt-like codes with wrong prefixes, A-Numbers with too few or too
 * many digits).
 * <p>
 * Corpus format: a header line, then {@code text<TAB>expected}, where {@code expected} lists {@code KIND:exact text}
 * entries separated by {@code " | "} in the order they appear (empty for no SPII). An entry whose text occurs more than
 * once in the line stands for the next occurrence not yet claimed. A finding counts as correct only if kind, start and
 * end all match.
 */
class SpiiDetectionQualityTests {

	private static final String CORPUS = "/spii/corpus.tsv";

	/** A fixed "today", so that the dates of birth in the corpus are judged the same way every year. */
	private static final Clock TODAY = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

	private static final double OVERALL_MINIMUM = 0.95;

	private static final double PER_KIND_MINIMUM = 0.90;

	record Span(SpiiKind kind, int start, int end) {
	}

	record Snippet(int line, String text, Set<Span> expected) {
	}

	/** Counts of one kind, or of all kinds together. */
	static final class Tally {

		int expected;

		int found;

		int correct;

		double precision() {
			return found == 0 ? 1.0 : (double) correct / found;
		}

		double recall() {
			return expected == 0 ? 1.0 : (double) correct / expected;
		}

		void add(Tally other) {
			expected += other.expected;
			found += other.found;
			correct += other.correct;
		}
	}

	private final SpiiDetector detector = new SpiiDetector(TODAY);

	@Test
	void findsSpiiInTheLabelledCorpusWithHighPrecisionAndRecall() throws IOException {
		List<Snippet> snippets = corpus();
		Map<SpiiKind, Tally> tallies = new EnumMap<>(SpiiKind.class);
		for (SpiiKind kind : SpiiKind.values()) {
			tallies.put(kind, new Tally());
		}
		List<String> mistakes = new ArrayList<>();
		for (Snippet snippet : snippets) {
			Set<Span> found = new HashSet<>();
			for (SpiiFinding finding : detector.scan(snippet.text())) {
				found.add(new Span(finding.kind(), finding.start(), finding.end()));
			}
			for (Span span : found) {
				Tally tally = tallies.get(span.kind());
				tally.found++;
				if (snippet.expected().contains(span)) {
					tally.correct++;
				}
				else {
					mistakes.add("  false positive " + describe(snippet, span));
				}
			}
			for (Span span : snippet.expected()) {
				tallies.get(span.kind()).expected++;
				if (!found.contains(span)) {
					mistakes.add("  missed         " + describe(snippet, span));
				}
			}
		}
		Tally overall = new Tally();
		tallies.values().forEach(overall::add);

		System.out.println(report(snippets, tallies, overall, mistakes));

		SoftAssertions softly = new SoftAssertions();
		softly.assertThat(overall.precision()).as("overall precision").isGreaterThanOrEqualTo(OVERALL_MINIMUM);
		softly.assertThat(overall.recall()).as("overall recall").isGreaterThanOrEqualTo(OVERALL_MINIMUM);
		tallies.forEach((kind, tally) -> {
			softly.assertThat(tally.expected).as("labelled %s in the corpus", kind).isGreaterThanOrEqualTo(10);
			softly.assertThat(tally.precision()).as("%s precision", kind).isGreaterThanOrEqualTo(PER_KIND_MINIMUM);
			softly.assertThat(tally.recall()).as("%s recall", kind).isGreaterThanOrEqualTo(PER_KIND_MINIMUM);
		});
		softly.assertAll();
	}

	@Test
	void corpusHoldsAtLeast200SnippetsAboutHalfOfThemWithoutSpii() throws IOException {
		List<Snippet> snippets = corpus();
		long withoutSpii = snippets.stream().filter(snippet -> snippet.expected().isEmpty()).count();
		assertThat(snippets).hasSizeGreaterThanOrEqualTo(200);
		assertThat((double) withoutSpii / snippets.size()).isBetween(0.4, 0.65);
	}

	private static String report(List<Snippet> snippets, Map<SpiiKind, Tally> tallies, Tally overall,
			List<String> mistakes) {
		long withSpii = snippets.stream().filter(snippet -> !snippet.expected().isEmpty()).count();
		StringBuilder report = new StringBuilder();
		report.append(String.format("%nSPII detection on %d labelled snippets (%d with SPII, %d without):%n",
				snippets.size(), withSpii, snippets.size() - withSpii));
		report.append(String.format("  %-15s %8s %6s %8s %10s %7s%n", "kind", "expected", "found", "correct",
				"precision", "recall"));
		tallies.forEach((kind, tally) -> report.append(row(kind.name(), tally)));
		report.append(row("overall", overall));
		StringBuilder summary = new StringBuilder("  in one line:");
		tallies.forEach((kind, tally) -> summary
			.append(String.format(" %s precision %.3f recall %.3f;", kind, tally.precision(), tally.recall())));
		summary.append(String.format(" overall precision %.3f recall %.3f%n", overall.precision(), overall.recall()));
		report.append(summary);
		if (!mistakes.isEmpty()) {
			report.append("Mistakes:%n".formatted());
			mistakes.forEach(mistake -> report.append(mistake).append(System.lineSeparator()));
		}
		return report.toString();
	}

	private static String row(String name, Tally tally) {
		return String.format("  %-15s %8d %6d %8d %10.3f %7.3f%n", name, tally.expected, tally.found, tally.correct,
				tally.precision(), tally.recall());
	}

	private static String describe(Snippet snippet, Span span) {
		return span.kind() + " '" + snippet.text().substring(span.start(), span.end()) + "' in line " + snippet.line()
				+ ": " + snippet.text();
	}

	static List<Snippet> corpus() throws IOException {
		try (InputStream in = Objects.requireNonNull(SpiiDetectionQualityTests.class.getResourceAsStream(CORPUS),
				CORPUS + " is missing");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			List<Snippet> snippets = new ArrayList<>();
			String line = reader.readLine(); // header
			int number = 1;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				String[] columns = line.split("\t", -1);
				if (columns.length != 2) {
					throw new IllegalStateException(CORPUS + " line " + number + " must have two tab-separated columns");
				}
				snippets.add(new Snippet(number, columns[0], expectedSpans(number, columns[0], columns[1])));
			}
			return snippets;
		}
	}

	private static Set<Span> expectedSpans(int line, String text, String expected) {
		Set<Span> spans = new HashSet<>();
		Map<String, Integer> searchFrom = new HashMap<>();
		if (expected.isBlank()) {
			return spans;
		}
		for (String entry : expected.split(" \\| ")) {
			int colon = entry.indexOf(':');
			SpiiKind kind = SpiiKind.valueOf(entry.substring(0, colon));
			String value = entry.substring(colon + 1);
			int start = text.indexOf(value, searchFrom.getOrDefault(value, 0));
			if (start < 0) {
				throw new IllegalStateException(CORPUS + " line " + line + ": '" + value + "' is not in the text");
			}
			searchFrom.put(value, start + value.length());
			spans.add(new Span(kind, start, start + value.length()));
		}
		return spans;
	}
}
