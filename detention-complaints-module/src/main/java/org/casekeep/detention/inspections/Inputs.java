package org.casekeep.detention.inspections;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.web.Option;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * How the inspection and recommendation forms and API read what users send, for
 * {@link org.casekeep.kernel.validation.InputCheck} (each converter throws {@link IllegalArgumentException} with a message
 * for people, which the check names the field with), and the version check of every change.
 */
public final class Inputs {

	private Inputs() {
	}

	/** A constant of the enum by its name in any case, or a message naming the choices. */
	public static <E extends Enum<E>> Function<String, E> choice(Class<E> type, String label) {
		return raw -> Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equalsIgnoreCase(raw.strip()))
			.findFirst().orElseThrow(() -> new IllegalArgumentException(label + " must be one of "
					+ Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
	}

	/** A date as YYYY-MM-DD. */
	public static Function<String, LocalDate> date(String label) {
		return raw -> {
			try {
				return LocalDate.parse(raw);
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException(label + " must be a date, YYYY-MM-DD");
			}
		};
	}

	/**
	 * A complaint's case number as OIDO hands it out, {@code OIDO-<year>-<6 digits>} (PIA 2.1). Only its form is
	 * checked: the complaint itself is for analysts and managers to read.
	 */
	public static Function<String, String> caseNumber() {
		return raw -> {
			String number = raw.strip().toUpperCase(Locale.ROOT);
			if (!number.matches("OIDO-\\d{4}-\\d{6}")) {
				throw new IllegalArgumentException("A case number reads OIDO-<year>-<6 digits>");
			}
			return number;
		};
	}

	/**
	 * Checks the version a user saw against the record's, so that no change is lost (optimistic locking).
	 * @throws InvalidInputException naming {@code version} if it is missing (422).
	 * @throws ObjectOptimisticLockingFailureException if somebody changed the record since (409).
	 */
	public static void requireVersion(@Nullable Long seen, long current, Class<?> type, Object id) {
		if (seen == null) {
			throw InvalidInputException.of("version", "The version you saw is required, so no change is lost");
		}
		if (seen != current) {
			throw new ObjectOptimisticLockingFailureException(type, id);
		}
	}

	/** The constants of an enum as the options of a select, with their labels. */
	public static <E extends Enum<E>> List<Option> options(E[] values, Function<E, String> label) {
		return Arrays.stream(values).map(value -> new Option(value.name(), label.apply(value))).toList();
	}
}
