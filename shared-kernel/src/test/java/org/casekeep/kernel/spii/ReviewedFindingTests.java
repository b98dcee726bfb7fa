package org.casekeep.kernel.spii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.casekeep.kernel.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class ReviewedFindingTests {

	private static final String TEXT = "Luis Ortega, A#212345678, was moved.";

	private final List<ReviewedFinding> findings = new ArrayList<>(ReviewedFinding.allOf(new RedactionScan().scan(TEXT,
			List.of(new RedactionScan.People("INTERVIEWEE_NAME", "interviewee's name", List.of("Luis Ortega"))))));

	@Test
	void everyFindingIsOpenUntilItIsRedactedOrKeptWithAReason() {
		assertThat(ReviewedFinding.unresolved(findings)).containsExactly(0, 1);
		assertThatThrownBy(() -> ReviewedFinding.resolve(findings, 0, ReviewedFinding.Resolution.KEPT, " ", "ana",
				"Say why")).isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).problems()).extracting("field", "message")
				.containsExactly(org.assertj.core.api.Assertions.tuple("reason", "Say why")));
		assertThatThrownBy(() -> ReviewedFinding.resolve(findings, 5, null, null, "ana", "Say why"))
			.isInstanceOf(InvalidInputException.class);
		ReviewedFinding.resolve(findings, 0, ReviewedFinding.Resolution.KEPT, "Public official", "ana", "Say why");
		assertThat(findings.getFirst().reason()).isEqualTo("Public official");
		assertThat(findings.getFirst().resolvedBy()).isEqualTo("ana");
		assertThat(ReviewedFinding.unresolved(findings)).containsExactly(1);
		assertThat(findings.get(1).describe()).isEqualTo("A-Number at characters 13–24");
	}

	@Test
	void theRedactedTextReplacesOnlyWhatWasDecidedRedactAndSpansMarkedByHand() {
		ReviewedFinding.resolve(findings, 0, ReviewedFinding.Resolution.KEPT, "Public official", "ana", "Say why");
		ReviewedFinding.resolve(findings, 1, ReviewedFinding.Resolution.REDACTED, null, "ana", "Say why");
		findings.add(ReviewedFinding.redactedByHand(30, 35, "ana"));
		assertThat(ReviewedFinding.unresolved(findings)).isEmpty();
		assertThat(ReviewedFinding.redacted(TEXT, findings)).isEqualTo("Luis Ortega, [REDACTED A_NUMBER], was [REDACTED].");
	}
}
