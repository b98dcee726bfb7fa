package org.casekeep.kernel.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A federal fiscal year, running 1 October – 30 September and named after the calendar year in which it ends: FY2027
 * runs from 1 October 2026 to 30 September 2027. (Fiscal years had this shape from FY1977 on; earlier dates are
 * still assigned to the October–September year holding them.)
 *
 * @param year the calendar year in which the fiscal year ends.
 */
public record FiscalYear(int year) implements Comparable<FiscalYear> {

	private static final Pattern TEXT = Pattern.compile("FY(\\d{4})", Pattern.CASE_INSENSITIVE);

	/**
	 * @throws DateTimeException if the fiscal year would start or end outside the range of {@link LocalDate}.
	 */
	public FiscalYear {
		if (year <= Year.MIN_VALUE || year > Year.MAX_VALUE) {
			throw new DateTimeException("Fiscal year out of range: " + year);
		}
	}

	/** The fiscal year holding the date. */
	public static FiscalYear of(LocalDate date) {
		return new FiscalYear(date.getMonthValue() >= 10 ? date.getYear() + 1 : date.getYear());
	}

	/** The fiscal year holding the instant's date in UTC, the time of storage (as for retention cut-offs). */
	public static FiscalYear of(Instant instant) {
		return of(instant, ZoneOffset.UTC);
	}

	/** The fiscal year holding the instant's date in the zone, e.g. an office's for a report of its workload. */
	public static FiscalYear of(Instant instant, ZoneId zone) {
		return of(instant.atZone(zone).toLocalDate());
	}

	/**
	 * Reads the form of {@link #toString()}, {@code FY2027} (letters in either case).
	 *
	 * @throws DateTimeParseException if the text is not of that form.
	 */
	public static FiscalYear parse(CharSequence text) {
		Objects.requireNonNull(text, "text");
		Matcher matcher = TEXT.matcher(text.toString().strip());
		if (!matcher.matches()) {
			throw new DateTimeParseException("Fiscal year '" + text + "' is not of the form FY2027", text, 0);
		}
		return new FiscalYear(Integer.parseInt(matcher.group(1)));
	}

	/** 1 October of the year before {@link #year()}: the first day. */
	public LocalDate start() {
		return LocalDate.of(year - 1, 10, 1);
	}

	/** 30 September of {@link #year()}: the last day, inclusive. */
	public LocalDate end() {
		return LocalDate.of(year, 9, 30);
	}

	/**
	 * The retention cut-off of records of this fiscal year: 1 October of {@link #year()}, the day after
	 * {@linkplain #end() the end}, from which retention periods counted "after the end of the fiscal year" run.
	 */
	public LocalDate cutoff() {
		return end().plusDays(1);
	}

	/** Whether the date lies in this fiscal year. */
	public boolean contains(LocalDate date) {
		return !date.isBefore(start()) && !date.isAfter(end());
	}

	public FiscalYear next() {
		return new FiscalYear(year + 1);
	}

	public FiscalYear previous() {
		return new FiscalYear(year - 1);
	}

	@Override
	public int compareTo(FiscalYear other) {
		return Integer.compare(year, other.year);
	}

	/** {@code FY2027}. */
	@Override
	public String toString() {
		return "FY" + year;
	}
}
