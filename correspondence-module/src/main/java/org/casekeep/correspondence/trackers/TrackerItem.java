package org.casekeep.correspondence.trackers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.casekeep.correspondence.trackers.TrackerType.Milestone;
import org.casekeep.correspondence.trackers.TrackerType.Stage;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.retention.RetentionFacts;
import org.casekeep.kernel.time.BusinessCalendar;
import org.casekeep.kernel.validation.FieldProblem;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * One item of a tracker: its stage, the stages it reached and when, its field values and the dates retention counts
 * from. Guards its own transitions as its type declares them.
 */
final class TrackerItem {

	static final BusinessCalendar CALENDAR = BusinessCalendar.federal();

	private final UUID id;
	private final String typeCode;
	private final String reference;
	private final @Nullable String owningComponent;
	private final String requester;
	private final Instant receivedAt;
	private final long version;
	private String stage;
	private Map<String, Object> values;
	private final Map<String, Instant> reached;
	private @Nullable Instant closedAt;
	private @Nullable Instant finalDecisionAt;
	private Instant updatedAt;

	TrackerItem(UUID id, String typeCode, String reference, String stage, @Nullable String owningComponent,
			String requester, Map<String, Object> values, Map<String, Instant> reached, Instant receivedAt,
			Instant updatedAt, @Nullable Instant closedAt, @Nullable Instant finalDecisionAt, long version) {
		this.id = id;
		this.typeCode = typeCode;
		this.reference = reference;
		this.stage = stage;
		this.owningComponent = owningComponent;
		this.requester = requester;
		this.values = new LinkedHashMap<>(values);
		this.reached = new LinkedHashMap<>(reached);
		this.receivedAt = receivedAt;
		this.updatedAt = updatedAt;
		this.closedAt = closedAt;
		this.finalDecisionAt = finalDecisionAt;
		this.version = version;
	}

	/** A new item at its type's initial stage, its values checked against the intake form. */
	static TrackerItem receive(TrackerType type, String reference, Actor submitter,
			Map<String, ? extends @Nullable Object> given, Instant now) {
		Map<String, Object> values = TrackerValues.merge(type, Map.of(), given, true);
		Stage initial = type.initialStage();
		return new TrackerItem(UUID.randomUUID(), type.code(), reference, initial.code(), submitter.component(),
				submitter.username(), values, Map.of(initial.code(), now), now, now, null, null, 0);
	}

	/**
	 * Moves the item to another stage, with any field values the step brings (a SIR number, a signed release).
	 * @throws WorkflowConflictException if the current stage does not lead there (409).
	 * @throws AccessDeniedException if the stage is entered only by roles the actor lacks (a supervisor's review).
	 * @throws InvalidInputException if a value is refused or a field the stage requires has none, naming it.
	 */
	Stage advance(TrackerType type, String target, Actor actor, Map<String, ? extends @Nullable Object> given,
			Instant now) {
		Stage current = type.requireStage(stage);
		Stage next = type.stage(target).orElseThrow(
				() -> InvalidInputException.of("stage", "Not a stage of the " + type.name()));
		if (!current.next().contains(next.code())) {
			throw new WorkflowConflictException("The item is " + current.label() + ": it cannot move to "
					+ next.label() + (current.isFinal() ? " (it is closed)" : ""));
		}
		if (!next.by().isEmpty() && next.by().stream().noneMatch(actor::hasRole)) {
			throw new AccessDeniedException("Only " + String.join(" or ", next.by()) + " may move an item to "
					+ next.label());
		}
		Map<String, Object> merged = TrackerValues.merge(type, values, given, false);
		List<FieldProblem> missing = new ArrayList<>();
		for (String required : next.requires()) {
			if (!TrackerValues.given(merged.get(required))) {
				String label = type.field(required).orElseThrow().label();
				missing.add(new FieldProblem(required, label + " is required before " + next.label()));
			}
		}
		if (!missing.isEmpty()) {
			throw new InvalidInputException(missing);
		}
		values = merged;
		stage = next.code();
		reached.put(next.code(), now);
		if (next.closes() && closedAt == null) {
			closedAt = now;
		}
		if (next.finalDecision() && finalDecisionAt == null) {
			finalDecisionAt = now;
		}
		updatedAt = now;
		return next;
	}

	/** Changes field values without moving the item. */
	void correct(TrackerType type, Map<String, ? extends @Nullable Object> given, Instant now) {
		if (type.requireStage(stage).isFinal()) {
			throw new WorkflowConflictException("The item is " + type.requireStage(stage).label()
					+ ": it can no longer be changed");
		}
		values = TrackerValues.merge(type, values, given, false);
		updatedAt = now;
	}

	/** The due date of a milestone: days after the item was received, or after the date field it counts from. */
	Optional<LocalDate> dueDate(Milestone milestone) {
		LocalDate from;
		if (milestone.from() != null) {
			Object start = values.get(milestone.from());
			if (start == null) {
				return Optional.empty();
			}
			from = LocalDate.parse((String) start);
		}
		else {
			from = CALENDAR.localDate(receivedAt);
		}
		return Optional.of(milestone.counting() == TrackerType.DayCount.BUSINESS_DAYS
				? CALENDAR.addBusinessDays(from, milestone.days()) : from.plusDays(milestone.days()));
	}

	Optional<Instant> reachedAt(String stageCode) {
		return Optional.ofNullable(reached.get(stageCode));
	}

	/** Whether the milestone's stage was not reached and its due date has passed. */
	boolean overdue(Milestone milestone, Instant now) {
		return reachedAt(milestone.reachedAt()).isEmpty()
				&& dueDate(milestone).map(due -> CALENDAR.localDate(now).isAfter(due)).orElse(false);
	}

	/** The earliest due date of a milestone not reached yet, for sorting lists. */
	Optional<LocalDate> nextDue(TrackerType type) {
		return type.milestones().stream().filter(m -> reachedAt(m.reachedAt()).isEmpty())
			.flatMap(m -> dueDate(m).stream()).min(LocalDate::compareTo);
	}

	/** The flags the item carries (SCOPSSCATA: service request pending 30 days before the customer wrote). */
	List<TrackerType.Flag> flags(TrackerType type) {
		LocalDate received = CALENDAR.localDate(receivedAt);
		return type.flags().stream().filter(flag -> {
			Object date = values.get(flag.field());
			return date != null && !LocalDate.parse((String) date).plusDays(flag.daysBeforeReceipt()).isAfter(received);
		}).toList();
	}

	RecordFacts facts(TrackerType type) {
		return new RecordFacts(type.recordType(), id.toString(), owningComponent, requester, java.util.Set.of());
	}

	RetentionFacts retentionFacts() {
		return new RetentionFacts(receivedAt, updatedAt, closedAt, finalDecisionAt);
	}

	UUID id() {
		return id;
	}

	String typeCode() {
		return typeCode;
	}

	String reference() {
		return reference;
	}

	String stage() {
		return stage;
	}

	@Nullable String owningComponent() {
		return owningComponent;
	}

	String requester() {
		return requester;
	}

	Map<String, Object> values() {
		return java.util.Collections.unmodifiableMap(values);
	}

	Map<String, Instant> reached() {
		return java.util.Collections.unmodifiableMap(reached);
	}

	Instant receivedAt() {
		return receivedAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	@Nullable Instant closedAt() {
		return closedAt;
	}

	@Nullable Instant finalDecisionAt() {
		return finalDecisionAt;
	}

	long version() {
		return version;
	}
}
