package org.casekeep.kernel.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.access.PrivacyRoles;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.notify.Notice;
import org.casekeep.kernel.notify.Notifier;
import org.casekeep.kernel.notify.RecordAudience;
import org.casekeep.kernel.spii.SpiiDetector;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ISSO's weekly review of the audit trail (CRM PIA 2.4 and 8.5: "auditing of the event logs on a weekly basis by
 * the ISSO", against misuse of the data by authorized users). Each federal week (Monday to Sunday, UTC) a review is due, of the
 * week before it; the ISSO signs it off with what was reviewed (the period, how many entries, how many refusals) and
 * an optional note, which stays in the review's own row and never enters the audit trail. The sign-off itself is
 * audited. A week that passes without a sign-off earns the ISSOs a reminder ({@link AuditReviewReminder}).
 * <p>
 * The ISSO signs off; the ISSO and the Chief Privacy Officer see the reviews.
 */
@Service
public class AuditReviews {

	/** The record type of reviews in audit entries and in the reminders' audience. */
	public static final String RECORD_TYPE = "kernel.audit-review";

	/** Where the sign-off page is. */
	public static final String LINK = "/privacy/audit/reviews";

	static final int NOTE_MAX = 2000;

	private static final String PURPOSE = "weekly audit review (CRM PIA 2.4, 8.5)";

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Notifier notifier;
	private final String issoComponent;
	private final SpiiDetector spii = new SpiiDetector();
	private final Clock clock;

	@Autowired
	AuditReviews(JdbcClient jdbc, AuditTrail audit, Notifier notifier,
			@Value("${casekeep.audit.isso-component:OCIO}") String issoComponent) {
		this(jdbc, audit, notifier, issoComponent, Clock.systemUTC());
	}

	AuditReviews(JdbcClient jdbc, AuditTrail audit, Notifier notifier, String issoComponent, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.notifier = notifier;
		this.issoComponent = issoComponent;
		this.clock = clock;
	}

	/** The Monday (UTC) of the federal week holding the instant. */
	public static LocalDate weekOf(Instant instant) {
		return instant.atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/** Who sees the reviews: the ISSO and the Chief Privacy Officer. */
	public static boolean maySee(Actor actor) {
		return actor.hasAnyRole(PrivacyRoles.ISSO, PrivacyRoles.CHIEF_PRIVACY_OFFICER);
	}

	/** Who signs a review off: the ISSO (CRM PIA 2.4). */
	public static boolean maySignOff(Actor actor) {
		return actor.hasRole(PrivacyRoles.ISSO);
	}

	/**
	 * The reviews of this week and the {@code weeks - 1} before it, newest first, each with its status and report.
	 * @throws AccessDeniedException for anyone but the ISSO and the Chief Privacy Officer.
	 */
	@Transactional(readOnly = true)
	public List<AuditReview> weeks(int weeks) {
		Actor actor = Actors.require();
		if (!maySee(actor)) {
			throw new AccessDeniedException("The weekly audit reviews are the ISSO's and the Chief Privacy Officer's");
		}
		LocalDate current = weekOf(clock.instant());
		LocalDate oldest = current.minusWeeks(Math.max(1, weeks) - 1L);
		Map<LocalDate, AuditReview> signed = jdbc.sql("""
				select * from kernel.audit_review where week_start between ? and ?""")
			.params(oldest, current).query((rs, n) -> signed(rs)).list().stream()
			.collect(Collectors.toMap(AuditReview::week, Function.identity()));
		List<AuditReview> result = new ArrayList<>();
		for (LocalDate week = current; !week.isBefore(oldest); week = week.minusWeeks(1)) {
			AuditReview review = signed.get(week);
			result.add(review != null ? review : unsigned(week, week.equals(current)
					? AuditReview.Status.DUE : AuditReview.Status.MISSED));
		}
		return result;
	}

	/**
	 * Signs off the review due in the week holding {@code week} (late, for a week that passed): counts the entries
	 * and refusals of the period it covers, keeps them with the note, and audits the sign-off (the counts, never the
	 * note).
	 * @throws InvalidInputException naming {@code week} (missing, in the future) or {@code note} (too long, or holding
	 * sensitive personal data).
	 * @throws WorkflowConflictException if the week was signed off already.
	 * @throws AccessDeniedException for anyone but the ISSO.
	 */
	@Transactional
	public AuditReview signOff(@Nullable LocalDate week, @Nullable String note) {
		Actor actor = Actors.require();
		if (!maySignOff(actor)) {
			throw new AccessDeniedException("The weekly audit review is signed off by the ISSO");
		}
		if (week == null) {
			throw InvalidInputException.of("week", "Say which week's review you sign off");
		}
		LocalDate monday = week.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		if (monday.isAfter(weekOf(clock.instant()))) {
			throw InvalidInputException.of("week", "A week to come cannot be reviewed yet");
		}
		String text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.length() > NOTE_MAX) {
			throw InvalidInputException.of("note", "At most " + NOTE_MAX + " characters");
		}
		if (text != null && !spii.scan(text).isEmpty()) {
			throw InvalidInputException.of("note", "The note must not hold sensitive personal data (such as a Social "
					+ "Security or A-Number): name entries by their id instead");
		}
		AuditReview counted = unsigned(monday, AuditReview.Status.SIGNED_OFF);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		int inserted = jdbc.sql("""
				insert into kernel.audit_review (week_start, period_from, period_to, entries, denials, note,
				    signed_off_by, signed_off_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (week_start) do nothing""")
			.params(monday, Timestamp.from(counted.periodFrom()), Timestamp.from(counted.periodTo()), counted.entries(),
					counted.denials(), text, actor.username(), Timestamp.from(now))
			.update();
		if (inserted == 0) {
			throw new WorkflowConflictException("The review of the week of " + monday + " was signed off already");
		}
		List<String> fields = new ArrayList<>(List.of("period", "entries", "denials"));
		if (text != null) {
			fields.add("note");
		}
		audit.record(new AuditEvent(AuditAction.CREATE, RECORD_TYPE, monday.toString(), null, fields, PURPOSE,
				"period " + counted.periodFrom() + " to " + counted.periodTo() + ": " + counted.entries()
						+ " entries, " + counted.denials() + " denied"));
		return new AuditReview(monday, AuditReview.Status.SIGNED_OFF, counted.periodFrom(), counted.periodTo(),
				counted.entries(), counted.denials(), text, actor.username(), now);
	}

	/**
	 * Reminds the ISSOs of the week just passed if its review was not signed off, once per week (the dedup key), in
	 * the caller's transaction. A week before the audit trail's first entry is nobody's to review.
	 * @return whether a reminder was sent now.
	 */
	@Transactional
	public boolean remindIfMissed(Instant now) {
		LocalDate passed = weekOf(now).minusWeeks(1);
		Instant passedEnd = passed.plusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		boolean signedOff = jdbc.sql("select exists (select 1 from kernel.audit_review where week_start = ?)")
			.param(passed).query(Boolean.class).single();
		boolean running = jdbc.sql("select exists (select 1 from kernel.audit_entry where occurred_at < ?)")
			.param(Timestamp.from(passedEnd)).query(Boolean.class).single();
		if (signedOff || !running) {
			return false;
		}
		return notifier.notify(Notice.toComponent(issoComponent,
				"The weekly audit review of the week of " + passed + " was not signed off",
				"The review due in the week of " + passed + " (CRM PIA 2.4) has no sign-off. Review the audit trail "
						+ "and sign it off, late.", LINK, "audit-review-missed:" + passed)
			.withAudience(new RecordAudience(RECORD_TYPE, Set.of())));
	}

	/** A week's review not signed off, with the period it covers counted as the trail holds it now. */
	private AuditReview unsigned(LocalDate week, AuditReview.Status status) {
		Instant from = week.minusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant to = week.atStartOfDay(ZoneOffset.UTC).toInstant();
		long[] counts = jdbc.sql("""
				select count(*), count(*) filter (where action = 'ACCESS_DENIED') from kernel.audit_entry
				where occurred_at >= ? and occurred_at < ?""")
			.params(Timestamp.from(from), Timestamp.from(to))
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
		return new AuditReview(week, status, from, to, counts[0], counts[1], null, null, null);
	}

	private static AuditReview signed(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new AuditReview(rs.getObject("week_start", LocalDate.class), AuditReview.Status.SIGNED_OFF,
				rs.getTimestamp("period_from").toInstant(), rs.getTimestamp("period_to").toInstant(),
				rs.getLong("entries"), rs.getLong("denials"), rs.getString("note"), rs.getString("signed_off_by"),
				rs.getTimestamp("signed_off_at").toInstant());
	}
}
