package org.casekeep.survey.instruments;

import java.util.List;

import org.casekeep.kernel.validation.OneOf;
import org.jspecify.annotations.Nullable;

/** What the API and pages submit for instruments, as text so that a wrong value is refused naming its field. */
public final class InstrumentDrafts {

	private InstrumentDrafts() {
	}

	/** A new instrument. */
	public record InstrumentDraft(@Nullable String title) {
	}

	/** A question: choices for single and multiple choice, scale points for a rating scale, the kind of demographic. */
	public record QuestionDraft(@OneOf(QuestionKind.class) @Nullable String kind, @Nullable String text,
			@Nullable List<String> choices, @Nullable String scalePoints,
			@OneOf(Demographic.class) @Nullable String demographic) {
	}

	/** The five elements of the Privacy Act notice (PIA 4.1, footnote 4). */
	public record NoticeDraft(@Nullable String authority, @Nullable String purpose, @Nullable String routineUses,
			@Nullable String voluntary, @Nullable String effects) {
	}

	/** Why a reviewer deems a question an over-collection (PIA 2.5). */
	public record OverCollectionDraft(@Nullable String reason) {
	}
}
