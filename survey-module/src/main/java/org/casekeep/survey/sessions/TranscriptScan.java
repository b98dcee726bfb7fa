package org.casekeep.survey.sessions;

import java.util.Collection;
import java.util.List;

import org.casekeep.kernel.spii.RedactionScan;
import org.casekeep.kernel.spii.ReviewedFinding;
import org.casekeep.kernel.spii.SpiiDetector;

/**
 * Finds in a transcript what may identify a person (PIA "Focus Groups", 2.5): the names of the session's participants
 * and of its team, whole or by a part of three letters or more (a first name alone, a surname alone; a two-letter
 * part only as capitalised in the name), and the SPII the kernel's {@link SpiiDetector} finds. Never inside a longer
 * word; where findings overlap the first and then the longest wins. It finds; people decide. The
 * scanning is the kernel's {@link RedactionScan}; this names the session's groups of people.
 */
final class TranscriptScan {

	static final String PARTICIPANT_NAME = "PARTICIPANT_NAME";
	static final String TEAM_NAME = "TEAM_NAME";

	private static final RedactionScan SCAN = new RedactionScan();

	private TranscriptScan() {
	}

	/** The findings of the text, in text order, none overlapping. */
	static List<ReviewedFinding> scan(String text, Collection<String> participantNames,
			Collection<String> teamNames) {
		return SCAN.scan(text, List.of(
				new RedactionScan.People(PARTICIPANT_NAME, "participant's name", participantNames),
				new RedactionScan.People(TEAM_NAME, "study team member's name", teamNames)))
			.stream().map(ReviewedFinding::of).toList();
	}
}
