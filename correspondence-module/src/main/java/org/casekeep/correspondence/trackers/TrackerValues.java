package org.casekeep.correspondence.trackers;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.casekeep.correspondence.trackers.TrackerType.Field;
import org.casekeep.kernel.validation.FieldProblem;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.values.ANumber;
import org.casekeep.kernel.values.EmailAddress;
import org.casekeep.kernel.values.InvalidValueException;
import org.casekeep.kernel.values.ReceiptNumber;
import org.jspecify.annotations.Nullable;

/**
 * Checks field values against their tracker type's declaration on every write: an unknown field, a value of the wrong
 * type or a missing required one is refused before anything is stored, naming the field (HTTP 422). Values are kept
 * in their normal form (a date as {@code YYYY-MM-DD}, a receipt number in capitals). Messages never repeat a value.
 */
final class TrackerValues {

	static final int TEXT_MAX = 500;

	static final int LONG_TEXT_MAX = 10_000;

	private TrackerValues() {
	}

	/**
	 * The given values merged over the current ones, normalised; a blank value clears the field.
	 * @param intake whether this is the intake form, where every required field must be given.
	 * @throws InvalidInputException naming every field that cannot be accepted.
	 */
	static Map<String, Object> merge(TrackerType type, Map<String, ? extends @Nullable Object> current,
			Map<String, ? extends @Nullable Object> given, boolean intake) {
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, Object> merged = new LinkedHashMap<>();
		current.forEach((name, value) -> {
			if (value != null) {
				merged.put(name, value);
			}
		});
		given.forEach((name, raw) -> {
			Field field = type.field(name).orElse(null);
			if (field == null) {
				problems.add(new FieldProblem(name, "Not a field of the " + type.name()));
				return;
			}
			if (blank(raw)) {
				merged.remove(name);
				return;
			}
			try {
				merged.put(name, normalise(field, raw));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem(name, field.label() + ": " + ex.getMessage()));
			}
		});
		for (Field field : type.fields()) {
			boolean problemAlready = problems.stream().anyMatch(p -> p.field().equals(field.name()));
			if (field.required() && !merged.containsKey(field.name()) && !problemAlready
					&& (intake || given.containsKey(field.name()))) {
				problems.add(new FieldProblem(field.name(), field.label() + " is required"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return merged;
	}

	private static boolean blank(@Nullable Object raw) {
		return raw == null || raw instanceof String text && text.isBlank();
	}

	private static Object normalise(Field field, Object raw) {
		return switch (field.type()) {
			case TEXT -> text(raw, TEXT_MAX);
			case LONG_TEXT -> text(raw, LONG_TEXT_MAX);
			case DATE -> date(raw).toString();
			case BOOLEAN -> bool(raw);
			case NUMBER -> number(raw);
			case CHOICE -> {
				String value = text(raw, TEXT_MAX);
				if (!field.options().contains(value)) {
					throw new IllegalArgumentException("must be one of " + String.join(", ", field.options()));
				}
				yield value;
			}
			case EMAIL -> valueOf(raw, text -> EmailAddress.of(text).value(), "must be an email address");
			case RECEIPT_NUMBER -> valueOf(raw, text -> ReceiptNumber.of(text).value(),
					"must be a USCIS receipt number: three letters and ten digits");
			case A_NUMBER -> valueOf(raw, text -> ANumber.of(text).value(), "must be an A-Number: A and 8 or 9 digits");
		};
	}

	private static String text(Object raw, int max) {
		if (!(raw instanceof String text)) {
			throw new IllegalArgumentException("must be text");
		}
		String trimmed = text.strip();
		if (trimmed.length() > max) {
			throw new IllegalArgumentException("must be at most " + max + " characters");
		}
		if (trimmed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
			throw new IllegalArgumentException("must not contain control characters");
		}
		return trimmed;
	}

	static LocalDate date(Object raw) {
		if (raw instanceof String text) {
			try {
				return LocalDate.parse(text.strip());
			}
			catch (DateTimeParseException ex) {
				// answered below
			}
		}
		throw new IllegalArgumentException("must be a date, YYYY-MM-DD");
	}

	private static Boolean bool(Object raw) {
		if (raw instanceof Boolean value) {
			return value;
		}
		if (raw instanceof String text) {
			switch (text.strip().toLowerCase(Locale.ROOT)) {
				case "true", "yes", "on":
					return true;
				case "false", "no", "off":
					return false;
				default:
					break;
			}
		}
		throw new IllegalArgumentException("must be yes or no");
	}

	private static Long number(Object raw) {
		if (raw instanceof Integer || raw instanceof Long) {
			return ((Number) raw).longValue();
		}
		if (raw instanceof String text) {
			try {
				return Long.parseLong(text.strip());
			}
			catch (NumberFormatException ex) {
				// answered below
			}
		}
		throw new IllegalArgumentException("must be a whole number");
	}

	private static String valueOf(Object raw, java.util.function.Function<String, String> parse, String message) {
		if (raw instanceof String text) {
			try {
				return parse.apply(text.strip());
			}
			catch (InvalidValueException ex) {
				// the value type's message may describe it; ours is shorter and never repeats it
			}
		}
		throw new IllegalArgumentException(message);
	}

	/** Whether a field counts as given for a stage that requires it: a value, and for a yes-or-no, yes. */
	static boolean given(@Nullable Object value) {
		return value != null && !Boolean.FALSE.equals(value);
	}
}
