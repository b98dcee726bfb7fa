package org.casekeep.correspondence.taskers;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * What a line of a tasker's history says, in the office's words rather than its stored codes: the action
 * ({@code ANSWERED_CONCUR} reads "Answered: Concur") and the statuses it moved between, a tasker's or an
 * assignment's. The statuses' labels are their enums'; only the actions are named here, once.
 */
final class TaskerHistoryLabels {

	private static final Map<String, String> ACTIONS = Map.ofEntries(
			Map.entry("CREATED", "Created"),
			Map.entry("ASSIGNED", "Assigned"),
			Map.entry(TaskerChanges.DEPARTMENT_ASSIGNED, "Assigned to the whole Department"),
			Map.entry("ACTIVATED", "Sent to the assignee"),
			Map.entry("REASSIGNED", "Reassigned"),
			Map.entry("EXTENSION_REQUESTED", "Extension requested"),
			Map.entry("EXTENSION_APPROVED", "Extension approved"),
			Map.entry("EXTENSION_REFUSED", "Extension refused"),
			Map.entry("EXTENDED", "Due date extended"),
			Map.entry("OVERDUE", "Became overdue"),
			Map.entry("STATUS", "Status changed"),
			Map.entry("COMPILED", "Response compiled"),
			Map.entry("CLEARANCE_SIGNED", "Clearance level signed"),
			Map.entry("CLEARED", "Cleared"),
			Map.entry("DISPATCHED", "Response dispatched"),
			Map.entry("CLOSED", "Closed"),
			Map.entry("CANCELLED", "Cancelled"));

	private static final String ANSWERED = "ANSWERED_";

	/** The labels of the statuses, tasker's and assignment's (their names do not overlap). */
	private static final Map<String, String> STATUSES = statuses();

	private TaskerHistoryLabels() {
	}

	/** The action as people read it; an action this list does not know is shown as it was stored. */
	static String action(String code) {
		if (code.startsWith(ANSWERED)) {
			String kind = code.substring(ANSWERED.length());
			return Arrays.stream(Assignment.AnswerKind.values()).filter(k -> k.name().equals(kind)).findFirst()
				.map(k -> "Answered: " + k.getLabel()).orElse("Answered");
		}
		return ACTIONS.getOrDefault(code, code);
	}

	/** "Draft → Assigned", "Assigned", or empty: the move of the line. */
	static String move(@Nullable String from, @Nullable String to) {
		String shownTo = to == null ? "" : STATUSES.getOrDefault(to, to);
		return from == null || from.equals(to) ? shownTo : STATUSES.getOrDefault(from, from) + " → " + shownTo;
	}

	private static Map<String, String> statuses() {
		Map<String, String> labels = new LinkedHashMap<>();
		Stream.of(TaskerStatus.values()).forEach(s -> labels.put(s.name(), s.getLabel()));
		Stream.of(Assignment.Status.values()).forEach(s -> labels.put(s.name(), s.getLabel()));
		return Map.copyOf(labels);
	}
}
