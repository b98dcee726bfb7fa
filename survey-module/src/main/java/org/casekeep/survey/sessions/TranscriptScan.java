package org.casekeep.survey.sessions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casekeep.kernel.spii.SpiiDetector;
import org.casekeep.kernel.spii.SpiiFinding;
import org.casekeep.kernel.spii.SpiiKind;

/**
 * Finds in a transcript what may identify a person (PIA "Focus Groups", 2.5): the names of the session's participants
 * and of its team, whole or by a part of three letters or more (a first name alone, a surname alone; a two-letter
 * part only as capitalised in the name), and the SPII the kernel's {@link SpiiDetector} finds. Never inside a longer
 * word; where findings overlap the first and then the longest wins. It finds; people decide.
 */
final class TranscriptScan {

	static final String PARTICIPANT_NAME = "PARTICIPANT_NAME";
	static final String TEAM_NAME = "TEAM_NAME";

	private static final SpiiDetector SPII = new SpiiDetector();
	private static final String NOT_IN_WORD_BEFORE = "(?<![\\p{L}\\p{N}_])";
	private static final String NOT_IN_WORD_AFTER = "(?![\\p{L}\\p{N}_])";

	private TranscriptScan() {
	}

	/** The findings of the text, in text order, none overlapping. */
	static List<Transcript.Finding> scan(String text, Collection<String> participantNames,
			Collection<String> teamNames) {
		List<Transcript.Finding> candidates = new ArrayList<>();
		names(text, participantNames, PARTICIPANT_NAME, "participant's name", candidates);
		names(text, teamNames, TEAM_NAME, "study team member's name", candidates);
		for (SpiiFinding found : SPII.scan(text)) {
			candidates.add(new Transcript.Finding(found.kind().name(), found.kind().label(), found.start(),
					found.end()));
		}
		candidates.sort(Comparator.comparingInt(Transcript.Finding::start)
			.thenComparing(Comparator.comparingInt((Transcript.Finding f) -> f.end() - f.start()).reversed()));
		List<Transcript.Finding> kept = new ArrayList<>();
		int end = -1;
		for (Transcript.Finding candidate : candidates) {
			if (candidate.start() >= end) {
				kept.add(candidate);
				end = candidate.end();
			}
		}
		return kept;
	}

	/** What replaces a redacted finding: {@code [REDACTED NAME]} for a name, the kernel's marker for SPII. */
	static String marker(String kind) {
		return switch (kind) {
			case PARTICIPANT_NAME, TEAM_NAME -> "[REDACTED NAME]";
			default -> SpiiDetector.redactionMarker(SpiiKind.valueOf(kind));
		};
	}

	private static void names(String text, Collection<String> names, String kind, String label,
			List<Transcript.Finding> into) {
		for (Pattern pattern : patterns(names)) {
			Matcher matcher = pattern.matcher(text);
			while (matcher.find()) {
				into.add(new Transcript.Finding(kind, label, matcher.start(), matcher.end()));
			}
		}
	}

	private static List<Pattern> patterns(Collection<String> names) {
		Set<String> insensitive = new LinkedHashSet<>();
		Set<String> exact = new LinkedHashSet<>();
		for (String name : names) {
			String whole = name.strip().replaceAll("\\s+", " ");
			if (whole.isEmpty()) {
				continue;
			}
			insensitive.add(whole.toLowerCase(Locale.ROOT));
			for (String part : whole.split("[\\s.,_\\-]+")) {
				if (part.codePointCount(0, part.length()) >= 3) {
					insensitive.add(part.toLowerCase(Locale.ROOT));
				}
				else if (part.length() == 2 && Character.isUpperCase(part.charAt(0))) {
					exact.add(part);
				}
			}
		}
		List<Pattern> patterns = new ArrayList<>();
		insensitive.forEach(n -> patterns.add(Pattern.compile(NOT_IN_WORD_BEFORE + Pattern.quote(n).replace(" ", "\\E\\s+\\Q")
				+ NOT_IN_WORD_AFTER, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
		exact.forEach(n -> patterns.add(Pattern.compile(NOT_IN_WORD_BEFORE + Pattern.quote(n) + NOT_IN_WORD_AFTER)));
		return patterns;
	}
}
