package org.casekeep.survey.instruments;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A question as checked by {@link InstrumentDesk}. */
record QuestionValues(QuestionKind kind, String text, List<String> choices, @Nullable Integer scalePoints,
		@Nullable Demographic demographic) {
}
