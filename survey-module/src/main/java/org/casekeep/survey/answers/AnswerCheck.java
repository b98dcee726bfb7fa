package org.casekeep.survey.answers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.casekeep.kernel.spii.SpiiDetector;
import org.casekeep.kernel.spii.SpiiFinding;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.survey.instruments.InstrumentView;
import org.casekeep.survey.instruments.InstrumentView.QuestionView;
import org.casekeep.survey.instruments.QuestionKind;
import org.springframework.stereotype.Component;

/**
 * Checks what a respondent gives against the approved questions, the same for an answer sent, one keyed in from paper
 * and one saved to finish later: every value must fit its question, every problem is named at once by its field, an
 * unanswered question is no problem (PIA overview: every question is voluntary), and open text is scanned for SPII
 * and what is found redacted before anything is stored (PIA 2.5).
 */
@Component
class AnswerCheck {

	private final SpiiDetector spii = new SpiiDetector();

	/** Every answer given, checked against its question; every problem at once, each naming its field. */
	List<AnswerValue> checked(List<InstrumentView> all, Map<String, List<String>> form) {
		InputCheck input = new InputCheck();
		List<AnswerValue> values = new ArrayList<>();
		for (InstrumentView instrument : all) {
			int version = instrument.approvedVersion() == null ? instrument.currentVersion()
					: instrument.approvedVersion();
			for (QuestionView question : instrument.questions()) {
				String field = AnswerIntake.FIELD_PREFIX + question.id();
				List<String> given = form.getOrDefault(field, List.of()).stream()
					.filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
				if (given.isEmpty()) {
					continue; // PIA overview: participation, and every question, is voluntary.
				}
				for (Checked one : check(question, given, field, input)) {
					values.add(new AnswerValue(instrument.id(), version, question.id(), one.value(), one.redacted()));
				}
			}
		}
		input.throwIfInvalid();
		return values;
	}

	private record Checked(String value, boolean redacted) {
	}

	private List<Checked> check(QuestionView question, List<String> given, String field, InputCheck input) {
		QuestionKind kind = question.kind();
		if (kind != QuestionKind.MULTIPLE_CHOICE && given.size() > 1) {
			input.reject(field, "Give one answer");
			return List.of();
		}
		String one = given.getFirst();
		switch (kind) {
			case YES_NO -> {
				if (!one.equals("YES") && !one.equals("NO")) {
					input.reject(field, "Answer yes or no");
					return List.of();
				}
			}
			case RATING_SCALE -> {
				int points = question.scalePoints() == null ? 5 : question.scalePoints();
				try {
					int rating = Integer.parseInt(one);
					if (rating < 1 || rating > points) {
						throw new NumberFormatException();
					}
				}
				catch (NumberFormatException ex) {
					input.reject(field, "Choose a rating from 1 to " + points);
					return List.of();
				}
			}
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
				if (!question.choices().containsAll(given) || new LinkedHashSet<>(given).size() != given.size()) {
					input.reject(field, "Choose among the answers offered");
					return List.of();
				}
				return given.stream().map(v -> new Checked(v, false)).toList();
			}
			case DEMOGRAPHIC -> {
				if (!question.choices().isEmpty() && !question.choices().contains(one)) {
					input.reject(field, "Choose among the answers offered");
					return List.of();
				}
				if (question.choices().isEmpty()) {
					return List.of(redacted(one, 200, field, input));
				}
			}
			case OPEN_ENDED -> {
				return List.of(redacted(one, AnswerIntake.MAX_OPEN_ANSWER, field, input));
			}
		}
		return List.of(new Checked(one, false));
	}

	/** PIA 2.5: open answers are scanned for SPII on receipt and what is found is redacted before storage. */
	private Checked redacted(String text, int max, String field, InputCheck input) {
		if (text.length() > max) {
			input.reject(field, "Keep the answer under " + max + " characters");
		}
		List<SpiiFinding> findings = spii.scan(text);
		return findings.isEmpty() ? new Checked(text, false) : new Checked(spii.redact(text, findings), true);
	}

	/** The checked values as form fields ({@code q-<question id>}), to fill a page or seal a saved draft with. */
	static Map<String, List<String>> asFields(List<AnswerValue> values) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		for (AnswerValue value : values) {
			fields.computeIfAbsent(AnswerIntake.FIELD_PREFIX + value.getQuestionId(), k -> new ArrayList<>())
				.add(value.getValue());
		}
		return fields;
	}
}
