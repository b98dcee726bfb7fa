package org.casekeep.kernel.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one way every page writes a moment or a day, so that a clerk reads the same format with its time zone
 * everywhere: {@code 3 Dec 2026, 14:05 EST} for an instant, {@code 3 Dec 2026} for a date. Instants are stored in UTC
 * and shown in the office's zone, {@code casekeep.web.time-zone} (default {@value #DEFAULT_ZONE}). Templates call it
 * as the model attribute {@code times} the {@link Shell} gives every page: {@code ${times.instant(item.receivedAt)}},
 * {@code ${times.date(tasker.dueAt)}}, {@code <time th:datetime="${times.iso(x)}">}. Every method answers an empty string for {@literal null}, so that the
 * shell's {@code detail-row} shows "Not recorded".
 */
@Component
public class PageTimes {

	/** The zone of the offices when the configuration names none. */
	public static final String DEFAULT_ZONE = "America/New_York";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.US);

	private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm z", Locale.US);

	private final ZoneId zone;

	public PageTimes(@Value("${casekeep.web.time-zone:" + DEFAULT_ZONE + "}") String zone) {
		this.zone = ZoneId.of(zone);
	}

	/** The zone pages show instants in. */
	public ZoneId zone() {
		return zone;
	}

	/** An instant in the office's zone with the zone's abbreviation, e.g. {@code 3 Dec 2026, 14:05 EST}. */
	public String instant(@Nullable Instant instant) {
		return instant == null ? "" : INSTANT.format(instant.atZone(zone));
	}

	/**
	 * A day, e.g. {@code 3 Dec 2026}: a {@link LocalDate} as it is, an {@link Instant} as the day it falls on in the
	 * office's zone (a due date, a day received). One method for both, so that templates need not choose.
	 * @throws IllegalArgumentException for anything else.
	 */
	public String date(@Nullable TemporalAccessor day) {
		return switch (day) {
			case null -> "";
			case Instant instant -> DATE.format(instant.atZone(zone));
			case LocalDate date -> DATE.format(date);
			case ZonedDateTime zoned -> DATE.format(zoned.withZoneSameInstant(zone));
			default -> throw new IllegalArgumentException("Not a day: " + day.getClass().getSimpleName());
		};
	}

	/** The machine-readable form for {@code <time datetime>}: ISO-8601 in UTC. */
	public String iso(@Nullable Instant instant) {
		return instant == null ? "" : instant.toString();
	}
}
