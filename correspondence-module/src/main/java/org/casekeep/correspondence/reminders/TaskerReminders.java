package org.casekeep.correspondence.reminders;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.casekeep.correspondence.office.TaskerViewers;
import org.casekeep.kernel.notify.Notice;
import org.casekeep.kernel.notify.Notifier;
import org.casekeep.kernel.notify.RecordAudience;
import org.casekeep.kernel.time.BusinessCalendar;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders before the due date and escalation when overdue (PIA 1.4, 5.1: taskers and their reminder emails), by
 * in-app notification and email through the kernel's {@link Notifier}.
 * <ul>
 * <li>An active assignment of an assigned tasker due within {@code casekeep.correspondence.reminder-business-days}
 * federal business days (default 2) reminds its assignee: the named expert, or the assigned component's mailbox.</li>
 * <li>Once its due date has passed, the assignee is told it is overdue and the assigning office is told too
 * (escalation).</li>
 * </ul>
 * Each notice goes at most once per assignment and due date: its dedup key holds both, so an approved extension arms
 * the reminder again for the new date. Safe on several instances at once: the notices are deduplicated by the
 * kernel's unique key, and each assignment is handled in its own short transaction under the tasker's row lock, so an
 * answer given meanwhile is seen. Assignments waiting for an earlier sequential step are left alone until they become
 * active. Overdue assignments are looked at for {@code casekeep.correspondence.escalation-lookback-days} calendar days
 * after their due date (default 30), so the job does not rescan old backlog forever.
 * <p>
 * Notices name the tasker by its id and the correspondence reference number, never by its subject, which may hold
 * personal data. Each is seen only by those who may open the tasker ({@link TaskerViewers}, its keys as they stand
 * when the notice goes): a notice to a component reaches its action officers and leadership, not every member.
 */
@Service
class TaskerReminders {

	private static final Logger LOG = LoggerFactory.getLogger(TaskerReminders.class);

	static final int BATCH = 500;
	static final String LINK = "/correspondence/taskers/";

	private static final BusinessCalendar CALENDAR = BusinessCalendar.federal();
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.US);
	private static final UUID NO_ID = new UUID(0, 0);

	private final JdbcClient jdbc;
	private final Notifier notifier;
	private final TransactionTemplate transactions;
	private final int businessDays;
	private final int lookbackDays;

	TaskerReminders(JdbcClient jdbc, Notifier notifier, TransactionTemplate transactions,
			@Value("${casekeep.correspondence.reminder-business-days:2}") int businessDays,
			@Value("${casekeep.correspondence.escalation-lookback-days:30}") int lookbackDays) {
		if (businessDays < 0 || lookbackDays < 1) {
			throw new IllegalArgumentException("Reminder business days must be ≥ 0 and the escalation lookback ≥ 1 day");
		}
		this.jdbc = jdbc;
		this.notifier = notifier;
		this.transactions = transactions;
		this.businessDays = businessDays;
		this.lookbackDays = lookbackDays;
	}

	/**
	 * Sends the reminders and escalations due at {@code now}.
	 * @return how many notices were new (each one an in-app notification and, when an address is known, an email).
	 */
	int remind(Instant now) {
		Instant at = now.truncatedTo(ChronoUnit.MICROS);
		LocalDate today = CALENDAR.localDate(at);
		Instant horizon = horizon(at, businessDays);
		Instant from = at.minus(lookbackDays, ChronoUnit.DAYS);
		Instant afterDue = from.minus(1, ChronoUnit.MICROS);
		UUID afterId = NO_ID;
		int sent = 0;
		while (true) {
			List<Candidate> batch = candidates(from, horizon, afterDue, afterId);
			for (Candidate candidate : batch) {
				try {
					Integer count = transactions.execute(status -> remind(candidate, at, today));
					sent += count == null ? 0 : count;
				}
				catch (RuntimeException ex) {
					// One assignment that cannot be notified must not hold back the others; the next run tries again.
					LOG.warn("Could not remind assignment {} of tasker {}: {}", candidate.assignmentId(),
							candidate.taskerId(), ex.getMessage());
				}
			}
			if (batch.size() < BATCH) {
				return sent;
			}
			Candidate last = batch.get(batch.size() - 1);
			afterDue = last.dueAt();
			afterId = last.assignmentId();
		}
	}

	private List<Candidate> candidates(Instant from, Instant horizon, Instant afterDue, UUID afterId) {
		return jdbc.sql("""
				select t.id, c.reference_number, t.assigning_component, a.id, a.component, a.office, a.username, a.due_at
				from correspondence.tasker t
				join correspondence.tasker_assignment a on a.tasker_id = t.id
				left join correspondence.correspondence c on c.id = t.correspondence_id
				where t.status = 'ASSIGNED' and a.status = 'ACTIVE'
				  and a.due_at >= ? and a.due_at < ?
				  and (a.due_at, a.id) > (?, ?)
				order by a.due_at, a.id
				limit ?""")
			.params(Timestamp.from(from), Timestamp.from(horizon), Timestamp.from(afterDue), afterId, BATCH)
			.query((rs, row) -> new Candidate(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getString(7),
					rs.getTimestamp(8).toInstant()))
			.list();
	}

	/**
	 * In its own transaction: re-checks the assignment under the tasker's row lock and takes the tasker's viewer keys,
	 * then notifies those of the recipients who may open the tasker.
	 */
	private int remind(Candidate c, Instant now, LocalDate today) {
		Optional<RecordAudience> stillOpen = jdbc.sql("""
				select t.viewers from correspondence.tasker t
				join correspondence.tasker_assignment a on a.tasker_id = t.id
				where a.id = ? and a.status = 'ACTIVE' and t.status = 'ASSIGNED' and a.due_at = ?
				for update of t""")
			.params(c.assignmentId(), Timestamp.from(c.dueAt()))
			.query((rs, row) -> new RecordAudience(TaskerViewers.RECORD_TYPE,
					Set.of((String[]) rs.getArray(1).getArray())))
			.optional();
		if (stillOpen.isEmpty()) {
			return 0;
		}
		RecordAudience audience = stillOpen.get();
		LocalDate due = CALENDAR.localDate(c.dueAt());
		String key = "tasker:" + c.taskerId() + ":assignment:" + c.assignmentId() + ":";
		String link = LINK + c.taskerId();
		if (!CALENDAR.isOverdue(c.dueAt(), now)) {
			int days = CALENDAR.businessDaysBetween(today, due);
			String when = days <= 0 ? "today" : "in " + days + (days == 1 ? " business day" : " business days");
			String subject = "Reminder: " + c.label() + " is due " + DAY.format(due);
			String body = "A tasker assigned to " + c.assignee() + " is due " + DAY.format(due) + " (" + when + ").\n"
					+ c.reference() + "Please answer it in Casekeep, or ask the assigning office (" + c.assigningComponent()
					+ ") for an extension.";
			return notifyAssignee(c, subject, body, link, key + "due-soon:" + due, audience) ? 1 : 0;
		}
		int late = Math.max(0, CALENDAR.businessDaysBetween(due, today));
		String lateness = late == 0 ? "" : " (" + late + (late == 1 ? " business day" : " business days") + " late)";
		int sent = 0;
		String subject = "Overdue: " + c.label() + " was due " + DAY.format(due);
		String body = "A tasker assigned to " + c.assignee() + " was due " + DAY.format(due) + " and is overdue"
				+ lateness + ".\n" + c.reference() + "Please answer it in Casekeep now, or ask the assigning office ("
				+ c.assigningComponent() + ") for an extension. The assigning office has been told.";
		if (notifyAssignee(c, subject, body, link, key + "overdue:" + due, audience)) {
			sent++;
		}
		String escalation = "Escalation: " + c.label() + " assigned to " + c.assigneeUnit() + " is overdue";
		String escalationBody = "A tasker your office (" + c.assigningComponent() + ") assigned to " + c.assigneeUnit()
				+ " was due " + DAY.format(due) + " and has not been answered" + lateness + ".\n" + c.reference()
				+ "Follow up with the assignee, or reassign or extend the assignment in Casekeep.";
		if (notifier.notify(Notice.toComponent(c.assigningComponent(), escalation, escalationBody, link,
				key + "escalated:" + due).withAudience(audience))) {
			sent++;
		}
		return sent;
	}

	/**
	 * Assignments due before the instant returned are due within {@code businessDays} business days of {@code now}:
	 * it is the start of the ({@code businessDays}+1)-th business day after today, so a Friday's window of two
	 * business days holds the following Tuesday, and the weekend and holidays in between, but not Wednesday.
	 */
	static Instant horizon(Instant now, int businessDays) {
		LocalDate today = CALENDAR.localDate(now);
		return CALENDAR.addBusinessDays(today, businessDays + 1).atStartOfDay(CALENDAR.zone()).toInstant();
	}

	/** A day as written in notices: {@code Tuesday 1 December 2026}. */
	static String day(LocalDate date) {
		return DAY.format(date);
	}

	private boolean notifyAssignee(Candidate c, String subject, String body, String link, String key,
			RecordAudience audience) {
		Notice notice = c.username() != null ? Notice.toUser(c.username(), subject, body, link, key)
				: Notice.toComponent(c.component(), subject, body, link, key);
		return notifier.notify(notice.withAudience(audience));
	}

	/** An active assignment found by the scan; re-checked under lock before anyone is notified. */
	private record Candidate(UUID taskerId, @Nullable String referenceNumber, String assigningComponent,
			UUID assignmentId, String component, @Nullable String office, @Nullable String username, Instant dueAt) {

		/** How the tasker is named in a subject line: by the correspondence reference, or else by its id. */
		String label() {
			return referenceNumber != null ? "tasker on " + referenceNumber : "tasker " + taskerId;
		}

		/** The lines that identify the tasker in a body, without its subject (which may name a person). */
		String reference() {
			return (referenceNumber != null ? "Correspondence: " + referenceNumber + "\n" : "") + "Tasker: " + taskerId
					+ "\n";
		}

		/** The assignee as seen by themselves. */
		String assignee() {
			return username != null ? "you (" + component + ")" : assigneeUnit();
		}

		/** The assignee as seen by the assigning office. */
		String assigneeUnit() {
			if (username != null) {
				return username + " (" + component + ")";
			}
			return office != null ? component + " / " + office : component;
		}
	}
}
