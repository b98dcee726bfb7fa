package org.casekeep.kernel.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Collects every problem of one input before failing, so the user sees all of them at once.
 * <pre>
 * InputCheck check = new InputCheck();
 * String phone = check.optional("workPhone", draft.workPhone(), raw -> PhoneNumber.of(raw).e164());
 * check.throwIfInvalid();
 * </pre>
 */
public final class InputCheck {

	private final List<FieldProblem> problems = new ArrayList<>();

	/** Trims; blank becomes {@literal null}; otherwise converts, recording a problem if the value is rejected. */
	public <T> @Nullable T optional(String field, @Nullable String raw, Function<String, T> convert) {
		String trimmed = trim(raw);
		if (trimmed == null) {
			return null;
		}
		try {
			return convert.apply(trimmed);
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem(field, ex.getMessage()));
			return null;
		}
	}

	/** Like {@link #optional} but a blank value is itself a problem. */
	public <T> @Nullable T required(String field, @Nullable String raw, String label, Function<String, T> convert) {
		if (trim(raw) == null) {
			problems.add(new FieldProblem(field, label + " is required"));
			return null;
		}
		return optional(field, raw, convert);
	}

	/** A trimmed text of at most {@code max} characters; blank becomes {@literal null}. */
	public @Nullable String text(String field, @Nullable String raw, String label, int max) {
		return optional(field, raw, value -> atMost(value, label, max));
	}

	/** Like {@link #text} but a blank value is itself a problem ("Label is required"). */
	public @Nullable String requiredText(String field, @Nullable String raw, String label, int max) {
		return required(field, raw, label, value -> atMost(value, label, max));
	}

	private static String atMost(String value, String label, int max) {
		if (value.length() > max) {
			throw new IllegalArgumentException(label + " must be at most " + max + " characters");
		}
		return value;
	}

	public void reject(String field, String message) {
		problems.add(new FieldProblem(field, message));
	}

	public boolean hasProblems() {
		return !problems.isEmpty();
	}

	public void throwIfInvalid() {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static @Nullable String trim(@Nullable String raw) {
		if (raw == null) {
			return null;
		}
		String trimmed = raw.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}
}
