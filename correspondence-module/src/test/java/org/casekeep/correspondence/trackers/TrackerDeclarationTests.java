package org.casekeep.correspondence.trackers;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.casekeep.kernel.pii.PiiCategory;
import org.casekeep.kernel.pii.RecordTypeDescriptor;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The tracker declarations without Spring: the eight of Appendix A are read and consistent, what they contribute to
 * the kernel catalog, and a declaration that contradicts itself stops the start with a message naming the mistake.
 */
class TrackerDeclarationTests {

	static final String MINIMAL = """
			code: test-tracker
			name: Test tracker
			source: Correspondence PIA Appendix A, test
			legalBasis: test
			retention: GRS_4_1_010
			referencePrefix: TST
			library: {roles: [tester]}
			fields:
			  - {name: title, label: Title, type: TEXT, required: true}
			stages:
			  - {code: OPEN, label: Open, initial: true, next: [DONE]}
			  - {code: DONE, label: Done, closes: true}
			""";

	@Test
	void theEightTrackersOfAppendixAAreDeclaredAndConsistent() {
		TrackerTypes types = TrackerTypes.load();
		assertThat(types.all()).extracting(TrackerType::code).containsExactlyInAnyOrder("rams", "occ-pmt",
				"opq-report-requests", "lets", "stars-privacy-incidents", "ra-tracker", "scopsscata", "emma");
		assertThat(types.all()).allSatisfy(type -> assertThat(type.source()).startsWith("Correspondence PIA Appendix A"));
		RecordTypeDescriptor lets = types.recordTypes().stream()
			.filter(t -> t.type().equals("correspondence.tracker.lets")).findFirst().orElseThrow();
		assertThat(lets.retention()).isEqualTo("LETS_5Y");
		assertThat(lets.module()).isEqualTo("correspondence");
		assertThat(lets.field("constituentANumber").orElseThrow().category()).isEqualTo(PiiCategory.SENSITIVE_PII);
		assertThat(lets.fields()).as("only fields declaring personal data are catalogued")
			.doesNotContainKeys("inquiryType", "privacyReleaseSigned");
	}

	@Test
	void aMinimalDeclarationIsRead() {
		TrackerType type = parse(MINIMAL).checked();
		assertThat(type.recordType()).isEqualTo("correspondence.tracker.test-tracker");
		assertThat(type.initialStage().code()).isEqualTo("OPEN");
		assertThat(type.library().submitters()).isEqualTo(TrackerType.Submitters.LIBRARY);
	}

	@Test
	void aDeclarationThatContradictsItselfIsRefusedNamingTheMistake() {
		Map<String, String> broken = Map.of(
				MINIMAL.replace("next: [DONE]", "next: [LATER]"), "stage OPEN leads to unknown stage LATER",
				MINIMAL.replace("required: true}", "required: true, intake: false}"),
				"required field title is not on the intake form",
				MINIMAL.replace("library: {roles: [tester]}", "library: {roles: []}"), "library must name at least one role",
				MINIMAL.replace("closes: true}", "closes: true, requires: [shoeSize]}"), "requires unknown field shoeSize",
				MINIMAL.replace(", initial: true", ""), "needs exactly one initial stage");
		broken.forEach((yaml, message) -> assertThatIllegalStateException().isThrownBy(() -> parse(yaml).checked())
			.withMessageContaining(message));
		assertThatIllegalStateException().isThrownBy(() -> parse(MINIMAL.replace("type: TEXT", "type: TEXT, colour: red")))
			.withMessageContaining("colour");
		assertThatIllegalStateException().isThrownBy(() -> parse(MINIMAL + """
				  - {code: LATE, label: Late}
				milestones:
				  - {code: M, label: M, reachedAt: DONE, days: 3, from: title}
				""").checked()).withMessageContaining("counts from title, not a date field");
		assertThatIllegalStateException().isThrownBy(() -> new TrackerTypes(List.of(parse(MINIMAL), parse(MINIMAL))))
			.withMessageContaining("declared twice");
	}

	private static TrackerType parse(String yaml) {
		return TrackerTypes.parse(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "test.yml"));
	}
}
