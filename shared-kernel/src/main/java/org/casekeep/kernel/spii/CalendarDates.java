package org.casekeep.kernel.spii;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Dates as people write them in U.S. correspondence, and whether one can be somebody's date of birth.
 * <p>
 * Written forms: {@code MM/DD/YYYY} and {@code M/D/YY} (also with {@code -} or {@code .}, month first as in the U.S.),
 * {@code YYYY-MM-DD} (also with {@code /} or {@code .}), {@code January 5, 1980} (also {@code Jan. 5 1980},
 * {@code January 5th, 1980}) and {@code 5 Jan 1980} (also {@code 5th of January, 1980}). Month names are English.
 */
final class CalendarDates {

	/** Nobody alive was born earlier than this many years ago. */
	private static final int OLDEST_AGE = 125;

	private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
			+ "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![\\p{L}])\\.?";

	private static final String ORDINAL = "(?:st|nd|rd|th)?";

	/** The written forms; a date is not part of a longer run of digits or of a dotted version string. */
	static final Pattern WRITTEN = Pattern.compile("(?<![\\p{L}\\p{N}_])(?<!\\d[-./])(?:"
			+ "(?<usMonth>\\d{1,2})(?<usSep>[-/.])(?<usDay>\\d{1,2})\\k<usSep>(?<usYear>\\d{4}|\\d{2})"
			+ "|(?<isoYear>\\d{4})(?<isoSep>[-/.])(?<isoMonth>\\d{1,2})\\k<isoSep>(?<isoDay>\\d{1,2})"
			+ "|(?<mdyMonth>" + MONTH + ")\\s+(?<mdyDay>\\d{1,2})" + ORDINAL + ",?\\s+(?<mdyYear>\\d{4})"
			+ "|(?<dmyDay>\\d{1,2})" + ORDINAL + "\\s+(?:of\\s+)?(?<dmyMonth>" + MONTH + "),?\\s+(?<dmyYear>\\d{4})"
			+ ")(?![\\p{L}\\p{N}_])(?![-./]\\d)", Pattern.CASE_INSENSITIVE);

	private static final List<String> MONTH_PREFIXES = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
			"sep", "oct", "nov", "dec");

	private CalendarDates() {
	}

	/**
	 * @param date a match of {@link #WRITTEN}.
	 * @param today the current date where the text is read.
	 * @return the date if it exists in the calendar, is not after {@code today} and not more than {@value #OLDEST_AGE}
	 *         years before it; otherwise {@literal null}. A two-digit year is taken in the century that puts it on or
	 *         before {@code today}.
	 */
	static @Nullable LocalDate birthDate(MatchResult date, LocalDate today) {
		LocalDate parsed = calendarDate(date, today);
		if (parsed == null || parsed.isAfter(today) || parsed.isBefore(today.minusYears(OLDEST_AGE))) {
			return null;
		}
		return parsed;
	}

	private static @Nullable LocalDate calendarDate(MatchResult date, LocalDate today) {
		try {
			if (date.group("usMonth") != null) {
				return LocalDate.of(year(date.group("usYear"), today), number(date.group("usMonth")),
						number(date.group("usDay")));
			}
			if (date.group("isoYear") != null) {
				return LocalDate.of(number(date.group("isoYear")), number(date.group("isoMonth")),
						number(date.group("isoDay")));
			}
			if (date.group("mdyMonth") != null) {
				return LocalDate.of(number(date.group("mdyYear")), month(date.group("mdyMonth")),
						number(date.group("mdyDay")));
			}
			return LocalDate.of(number(date.group("dmyYear")), month(date.group("dmyMonth")),
					number(date.group("dmyDay")));
		}
		catch (DateTimeException ex) {
			return null; // 02/30/1980, 13/01/1980: shaped like a date, but not one
		}
	}

	private static int year(String written, LocalDate today) {
		int year = number(written);
		if (written.length() == 4) {
			return year;
		}
		int century = today.getYear() / 100 * 100;
		return century + year <= today.getYear() ? century + year : century - 100 + year;
	}

	private static int month(String name) {
		return MONTH_PREFIXES.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
	}

	private static int number(String digits) {
		return Integer.parseInt(digits);
	}
}
