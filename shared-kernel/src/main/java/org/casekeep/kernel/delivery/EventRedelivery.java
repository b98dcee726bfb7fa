package org.casekeep.kernel.delivery;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.access.PrivacyRoles;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Fail closed on event delivery (OWASP A10): a publication whose listener failed (a retention event, a letter for the
 * contact history) is resubmitted until it completes, never dropped. Resubmission runs on one instance at a time
 * (ShedLock) with back-off: a first retry a minute after the failure, then after 2, 4, 8 ... minutes, at most an hour
 * apart. A publication that was never completed and never failed (its instance stopped mid-delivery) is resubmitted
 * after {@value #ABANDONED_MINUTES} minutes.
 * <p>
 * Each retry is logged with the listener, the event type and the number of failures, never the event's contents or
 * the failure's message, which may quote personal data (Spring Modulith's own failure message is kept out of the log
 * by its log level). {@link #stuck} lists what keeps failing for the privacy console.
 */
@Service
public class EventRedelivery {

	static final int ABANDONED_MINUTES = 10;
	static final Duration FIRST_RETRY = Duration.ofMinutes(1);
	static final Duration LONGEST_WAIT = Duration.ofHours(1);
	/** Failures after which a delivery counts as stuck on the console. */
	static final int STUCK_AFTER = 3;
	static final int BATCH = 200;

	private static final Logger LOG = LoggerFactory.getLogger(EventRedelivery.class);

	private final IncompleteEventPublications incomplete;
	private final JdbcClient jdbc;

	EventRedelivery(IncompleteEventPublications incomplete, JdbcClient jdbc) {
		this.incomplete = incomplete;
		this.jdbc = jdbc;
	}

	@Scheduled(fixedDelayString = "${casekeep.events.redelivery-interval:PT1M}",
			initialDelayString = "${casekeep.events.redelivery-interval:PT1M}")
	@SchedulerLock(name = "event-redelivery", lockAtMostFor = "PT10M", lockAtLeastFor = "PT10S")
	public void scheduledRedelivery() {
		redeliver(Instant.now());
	}

	/**
	 * Resubmits every incomplete publication that is due at {@code now}.
	 * @return how many were resubmitted.
	 */
	public int redeliver(Instant now) {
		Map<UUID, StuckDelivery> due = incompleteDeliveries().stream().filter(delivery -> isDue(delivery, now))
			.collect(Collectors.toMap(StuckDelivery::publication, delivery -> delivery));
		if (due.isEmpty()) {
			return 0;
		}
		for (StuckDelivery delivery : due.values()) {
			if (delivery.attempts() > 0) {
				LOG.warn("Resubmitting event publication {} to listener {} ({}) after {} failed deliveries",
						delivery.publication(), delivery.listener(), delivery.eventType(), delivery.attempts());
			}
			else {
				LOG.warn("Resubmitting event publication {} to listener {} ({}), left undelivered since {}",
						delivery.publication(), delivery.listener(), delivery.eventType(), delivery.publishedAt());
			}
		}
		Set<UUID> ids = due.keySet();
		incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults().withBatchSize(BATCH)
			.withFilter(publication -> ids.contains(publication.getIdentifier())));
		return ids.size();
	}

	/**
	 * The deliveries that keep failing ({@value #STUCK_AFTER} failures or more) or were abandoned, oldest first, for
	 * the ISSO, the privacy office and administrators. Holds no event's contents.
	 */
	public List<StuckDelivery> stuck() {
		Actor actor = Actors.require();
		if (!mayReview(actor)) {
			throw new AccessDeniedException("Undelivered events are reviewed by the ISSO, the privacy office and "
					+ "administrators");
		}
		Instant abandoned = Instant.now().minus(Duration.ofMinutes(ABANDONED_MINUTES));
		return incompleteDeliveries().stream()
			.filter(delivery -> delivery.attempts() >= STUCK_AFTER || delivery.publishedAt().isBefore(abandoned))
			.toList();
	}

	/** Who may see undelivered events on the console. */
	public static boolean mayReview(Actor actor) {
		return actor.hasAnyRole(PrivacyRoles.ISSO, PrivacyRoles.CHIEF_PRIVACY_OFFICER, PrivacyRoles.PRIVACY_OFFICER,
				PrivacyRoles.PLATFORM_ADMIN);
	}

	/** A failed delivery waits 1, 2, 4 ... minutes (at most an hour) after its last try; an untried one 10 minutes. */
	static boolean isDue(StuckDelivery delivery, Instant now) {
		if (delivery.attempts() == 0) {
			return !delivery.publishedAt().plus(Duration.ofMinutes(ABANDONED_MINUTES)).isAfter(now);
		}
		Instant last = delivery.lastAttemptAt() != null ? delivery.lastAttemptAt() : delivery.publishedAt();
		return !last.plus(waitAfter(delivery.attempts())).isAfter(now);
	}

	static Duration waitAfter(int failures) {
		int doublings = Math.min(Math.max(failures - 1, 0), 6);
		Duration wait = FIRST_RETRY.multipliedBy(1L << doublings);
		return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
	}

	private List<StuckDelivery> incompleteDeliveries() {
		return jdbc.sql("""
				select id, listener_id, event_type, publication_date, coalesce(completion_attempts, 0),
				       last_resubmission_date
				from public.event_publication where completion_date is null order by publication_date""")
			.query((rs, row) -> new StuckDelivery(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant(), rs.getInt(5), instant(rs.getTimestamp(6))))
			.list();
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
