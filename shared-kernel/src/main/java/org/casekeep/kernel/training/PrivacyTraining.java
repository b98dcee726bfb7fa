package org.casekeep.kernel.training;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.casekeep.kernel.access.AccessPrecondition;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.access.PrivacyRoles;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.validation.InputCheck;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annual privacy training (OIDO PIA 8.2: "All federal employees and contractors, including OIDO staff, are required
 * to complete annual privacy and security awareness training"; 2.1: the user profile holds "data related to staff
 * schedules and trainings"). The privacy office records who completed which course on which day; training counts as
 * current for a year from that day. As an {@link AccessPrecondition} it keeps the record types modules declared
 * behind it ({@link TrainingRequirement}) from anyone whose training is not current, and fails closed: when the
 * records cannot be read, nobody's training is current.
 * <p>
 * What is current is remembered for a minute per user, so a list of records asks once; recording training forgets it
 * at once on this instance, and within the minute on others.
 */
@Service
public class PrivacyTraining implements AccessPrecondition {

	/** The record type of a training record, for audit. */
	public static final String RECORD_TYPE = "kernel.privacy-training";

	/** How long a completion counts: the training is annual. */
	static final java.time.Period VALID_FOR = java.time.Period.ofYears(1);

	private static final Logger LOG = LoggerFactory.getLogger(PrivacyTraining.class);
	private static final Duration REMEMBERED = Duration.ofMinutes(1);

	/** A completion: who, which course, when, and who recorded it. */
	public record Completion(UUID id, String username, String component, String course, LocalDate completedOn,
			LocalDate currentUntil, String recordedBy, Instant recordedAt) {
	}

	/** What the privacy office records. */
	public record Recording(@Nullable String username, @Nullable String component, @Nullable String course,
			@Nullable LocalDate completedOn) {
	}

	private record Known(boolean current, Instant until) {
	}

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final List<TrainingRequirement> requirements;
	private final Clock clock;
	private final ZoneId officeTime;
	private final Map<String, Known> known = new ConcurrentHashMap<>();

	PrivacyTraining(JdbcClient jdbc, AuditTrail audit, List<TrainingRequirement> requirements,
			org.springframework.beans.factory.ObjectProvider<Clock> clock, org.casekeep.kernel.web.PageTimes times) {
		this.officeTime = times.zone();
		this.jdbc = jdbc;
		this.audit = audit;
		this.requirements = List.copyOf(requirements);
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Override
	public boolean covers(String recordType) {
		return requirements.stream().anyMatch(r -> recordType.startsWith(r.recordTypePrefix()));
	}

	@Override
	public boolean isMetBy(Actor actor) {
		Instant now = clock.instant();
		Known remembered = known.get(actor.username());
		if (remembered != null && remembered.until().isAfter(now)) {
			return remembered.current();
		}
		boolean current;
		try {
			current = currentUntil(actor.username()).map(until -> !until.isBefore(today())).orElse(false);
		}
		catch (DataAccessException ex) {
			// Fail closed, and not remembered: the next request asks again.
			LOG.warn("Privacy training records could not be read; case data refused: {}", ex.getClass().getSimpleName());
			return false;
		}
		known.put(actor.username(), new Known(current, now.plus(REMEMBERED)));
		return current;
	}

	@Override
	public String refusal() {
		return "Your annual privacy training is not recorded as current, so case data is closed to you (privacy "
				+ "training is required every year). Complete the DHS Privacy Awareness training and ask your "
				+ "component's privacy office to record it; access opens as soon as it is recorded.";
	}

	/** The day the user's training stops being current, if they ever completed it. */
	@Transactional(readOnly = true)
	public java.util.Optional<LocalDate> currentUntil(String username) {
		return jdbc.sql("select max(completed_on) from kernel.privacy_training where username = ?").param(username)
			.query(LocalDate.class).optional().map(completed -> completed.plus(VALID_FOR));
	}

	/**
	 * Records a completion. A component's privacy officer records their own component's staff; the Chief Privacy
	 * Officer anyone's. Audited.
	 *
	 * @throws org.casekeep.kernel.validation.InvalidInputException naming each missing or wrong field (a completion
	 * in the future, or more than a year back, counts for nothing and is refused).
	 */
	@Transactional
	public Completion record(Recording recording) {
		Actor actor = Actors.require();
		InputCheck check = new InputCheck();
		String username = check.requiredText("username", recording.username(), "Username", 100);
		String component = check.requiredText("component", recording.component(), "Component", 20);
		String course = check.requiredText("course", recording.course(), "Course", 200);
		LocalDate completedOn = recording.completedOn();
		LocalDate today = today();
		if (completedOn == null) {
			check.reject("completedOn", "Give the day the training was completed");
		}
		else if (completedOn.isAfter(today)) {
			check.reject("completedOn", "The day completed cannot be in the future");
		}
		else if (completedOn.plus(VALID_FOR).isBefore(today)) {
			check.reject("completedOn", "Training completed more than a year ago is no longer current");
		}
		check.throwIfInvalid();
		boolean chief = actor.hasRole(PrivacyRoles.CHIEF_PRIVACY_OFFICER);
		if (!chief && !(actor.hasRole(PrivacyRoles.PRIVACY_OFFICER) && actor.belongsTo(component))) {
			audit.recordIndependently(new AuditEvent(AuditAction.ACCESS_DENIED, RECORD_TYPE, null, component,
					List.of(), null, "CREATE"));
			throw new AccessDeniedException("Only the privacy office of " + component + " records its staff's training");
		}
		UUID id = UUID.randomUUID();
		Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		jdbc.sql("""
				insert into kernel.privacy_training (id, username, component, course, completed_on, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, username, component, course, Date.valueOf(completedOn), actor.username(),
					java.sql.Timestamp.from(now))
			.update();
		audit.record(new AuditEvent(AuditAction.CREATE, RECORD_TYPE, id.toString(), component,
				List.of("username", "course", "completedOn"), "privacy training", null));
		known.remove(username);
		return new Completion(id, username, component, course, completedOn, completedOn.plus(VALID_FOR),
				actor.username(), now);
	}

	/**
	 * The latest completion of each person of a component (every component for the Chief Privacy Officer), those
	 * whose training lapses first at the top.
	 */
	@Transactional(readOnly = true)
	public List<Completion> latest(@Nullable String component) {
		Actor actor = Actors.require();
		boolean chief = actor.hasRole(PrivacyRoles.CHIEF_PRIVACY_OFFICER);
		if (!chief && !actor.hasRole(PrivacyRoles.PRIVACY_OFFICER)) {
			throw new AccessDeniedException("Only the privacy office reads training records");
		}
		String scope = chief ? component : actor.component();
		return jdbc.sql("""
				select distinct on (username) id, username, component, course, completed_on, recorded_by, recorded_at
				from kernel.privacy_training where cast(:component as text) is null or component = :component
				order by username, completed_on desc, recorded_at desc""")
			.param("component", scope)
			.query((rs, row) -> {
				LocalDate completed = rs.getDate(5).toLocalDate();
				return new Completion(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
						completed, completed.plus(VALID_FOR), rs.getString(6), rs.getTimestamp(7).toInstant());
			})
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing(Completion::currentUntil).thenComparing(Completion::username))
			.toList();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), officeTime);
	}
}
