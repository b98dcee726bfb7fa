package org.casekeep.correspondence.reminders;

import java.util.Optional;
import java.util.Set;

import org.casekeep.correspondence.events.TaskerAssigned;
import org.casekeep.correspondence.office.TaskerViewers;
import org.casekeep.kernel.notify.Notice;
import org.casekeep.kernel.notify.Notifier;
import org.casekeep.kernel.notify.RecordAudience;
import org.casekeep.kernel.time.BusinessCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells an assignee at once that a tasker was assigned to them (Correspondence PIA overview, "Receipt &amp;
 * Assignment": personnel are assigned to review and respond), instead of first hearing of it two days before it is
 * due. The notice names the tasker by its id and the letter's reference number and says when it is due, never its
 * subject; it is seen only by those who may open the tasker. Delivered at least once; the dedup key holds the
 * assignment, so a redelivery notifies nobody twice. On by default; {@code casekeep.correspondence.assignment-notices}
 * {@code false} leaves assignees to the reminders alone.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "casekeep.correspondence.assignment-notices",
		havingValue = "true", matchIfMissing = true)
class AssignmentNotices {

	private static final BusinessCalendar CALENDAR = BusinessCalendar.federal();

	private final JdbcClient jdbc;
	private final Notifier notifier;

	AssignmentNotices(JdbcClient jdbc, Notifier notifier) {
		this.jdbc = jdbc;
		this.notifier = notifier;
	}

	@ApplicationModuleListener(id = "correspondence.on-tasker-assigned")
	void on(TaskerAssigned assigned) {
		Optional<Found> found = jdbc.sql("""
				select t.viewers, c.reference_number from correspondence.tasker t
				left join correspondence.correspondence c on c.id = t.correspondence_id
				where t.id = ?""")
			.param(assigned.taskerId())
			.query((rs, row) -> new Found(Set.of((String[]) rs.getArray(1).getArray()), rs.getString(2)))
			.optional();
		if (found.isEmpty()) {
			return;
		}
		String label = found.get().reference() != null ? "tasker on " + found.get().reference()
				: "tasker " + assigned.taskerId();
		String due = TaskerReminders.day(CALENDAR.localDate(assigned.dueAt()));
		String subject = "New " + label + ", due " + due;
		String body = "The " + assigned.assigningComponent() + " office assigned a tasker to "
				+ (assigned.assigneeUsername() != null ? "you" : "your office (" + assigned.assigneeComponent() + ")")
				+ ". It is due " + due + ".\n"
				+ (found.get().reference() != null ? "Correspondence: " + found.get().reference() + "\n" : "")
				+ "Tasker: " + assigned.taskerId() + "\nOpen it in Casekeep to read the letter and answer.";
		String link = TaskerReminders.LINK + assigned.taskerId();
		String key = "assigned:tasker:" + assigned.taskerId() + ":assignment:" + assigned.assignmentId();
		Notice notice = assigned.assigneeUsername() != null
				? Notice.toUser(assigned.assigneeUsername(), subject, body, link, key)
				: Notice.toComponent(assigned.assigneeComponent(), subject, body, link, key);
		notifier.notify(notice.withAudience(new RecordAudience(TaskerViewers.RECORD_TYPE, found.get().viewers())));
	}

	private record Found(Set<String> viewers, @org.jspecify.annotations.Nullable String reference) {
	}
}
