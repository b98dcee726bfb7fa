package org.casekeep.correspondence.taskers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.casekeep.correspondence.office.TaskerViewers;
import org.casekeep.correspondence.routing.AssignmentTarget;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.db.AssignedIdEntity;
import org.casekeep.kernel.pii.PersonalData;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.casekeep.kernel.pii.PiiCategory;
import org.casekeep.kernel.pii.Sensitivity;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.jspecify.annotations.Nullable;

/**
 * A tasker (ESTT, IQ, FEMA ACT): a request from an assigning office to components, offices or named subject matter
 * experts to answer by a due date counted in federal business days, and the compiled, cleared and dispatched
 * response. Refers to its correspondence by id only. The aggregate root of its {@link Assignment}s.
 */
@Entity
@Table(schema = "correspondence", name = "tasker")
@PersonalDataRecord(type = Tasker.RECORD_TYPE, retention = "GRS_4_1_010",
		legalBasis = "6 U.S.C. 112; SORN DHS/ALL-016 Correspondence Records",
		source = "Correspondence PIA, Review & Analysis and Response; Appendix ESTT, FEMA ACT")
class Tasker extends AssignedIdEntity {

	static final String RECORD_TYPE = TaskerViewers.RECORD_TYPE;

	@Id
	private UUID id;
	private @Nullable UUID correspondenceId;
	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.LOW,
			description = "Subject of a tasker; may name the correspondent")
	private String subject;
	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.LOW,
			description = "Instructions to the assignees")
	private @Nullable String instructions;
	private String assigningComponent;
	/** A code of {@link TaskerTypes}: which clearance levels its response goes through. */
	private String type;
	private String createdBy;
	private int businessDays;
	private Instant createdAt;
	private @Nullable Instant assignedAt;
	private Instant dueAt;
	@Enumerated(EnumType.STRING)
	private TaskerStatus status;
	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.LOW,
			description = "The response compiled from the assignees' answers")
	private @Nullable String compiledResponse;
	private @Nullable String compiledBy;
	private @Nullable Instant compiledAt;
	private @Nullable String clearedBy;
	private @Nullable Instant clearedAt;
	private @Nullable String dispatchedBy;
	private @Nullable Instant dispatchedAt;
	private @Nullable Instant closedAt;
	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.LOW,
			description = "Why a tasker was cancelled")
	private @Nullable String cancelReason;
	private @Nullable Instant overdueFlaggedAt;
	private Instant updatedAt;
	@Version
	private long version;

	@jakarta.persistence.ElementCollection
	@jakarta.persistence.CollectionTable(schema = "correspondence", name = "tasker_clearance",
			joinColumns = @JoinColumn(name = "tasker_id"))
	@OrderBy("level")
	private List<ClearanceSignOff> clearances = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	@JoinColumn(name = "tasker_id", nullable = false)
	// Lists load the assignments of many taskers (visibility facts, badges): in batches, not one query each.
	@org.hibernate.annotations.BatchSize(size = 50)
	@OrderBy("position")
	private List<Assignment> assignments = new ArrayList<>();

	protected Tasker() {
	}

	Tasker(@Nullable UUID correspondenceId, String subject, @Nullable String instructions, String assigningComponent,
			String type, String createdBy, int businessDays, Instant now, Instant dueAt) {
		this.id = UUID.randomUUID();
		this.correspondenceId = correspondenceId;
		this.subject = subject;
		this.instructions = instructions;
		this.assigningComponent = assigningComponent;
		this.type = type;
		this.createdBy = createdBy;
		this.businessDays = businessDays;
		this.createdAt = now;
		this.updatedAt = now;
		this.dueAt = dueAt;
		this.status = TaskerStatus.DRAFT;
	}

	@Override
	public UUID getId() { return id; }
	@Nullable UUID getCorrespondenceId() { return correspondenceId; }
	String getSubject() { return subject; }
	@Nullable String getInstructions() { return instructions; }
	String getAssigningComponent() { return assigningComponent; }
	String getType() { return type; }
	List<ClearanceSignOff> getClearances() { return List.copyOf(clearances); }
	String getCreatedBy() { return createdBy; }
	int getBusinessDays() { return businessDays; }
	Instant getCreatedAt() { return createdAt; }
	@Nullable Instant getAssignedAt() { return assignedAt; }
	Instant getDueAt() { return dueAt; }
	TaskerStatus getStatus() { return status; }
	@Nullable String getCompiledResponse() { return compiledResponse; }
	@Nullable String getCompiledBy() { return compiledBy; }
	@Nullable Instant getCompiledAt() { return compiledAt; }
	@Nullable String getClearedBy() { return clearedBy; }
	@Nullable Instant getClearedAt() { return clearedAt; }
	@Nullable String getDispatchedBy() { return dispatchedBy; }
	@Nullable Instant getDispatchedAt() { return dispatchedAt; }
	@Nullable Instant getClosedAt() { return closedAt; }
	@Nullable String getCancelReason() { return cancelReason; }
	@Nullable Instant getOverdueFlaggedAt() { return overdueFlaggedAt; }
	Instant getUpdatedAt() { return updatedAt; }
	long getVersion() { return version; }
	List<Assignment> getAssignments() { return List.copyOf(assignments); }

	Optional<Assignment> assignment(UUID assignmentId) {
		return assignments.stream().filter(a -> a.getId().equals(assignmentId)).findFirst();
	}

	List<Assignment> currentAssignments() {
		return assignments.stream().filter(Assignment::isCurrent).toList();
	}

	int nextStage() {
		return assignments.stream().mapToInt(Assignment::getStage).max().orElse(-1) + 1;
	}

	/** The stage whose open assignments are active now: the lowest stage still holding an open assignment. */
	int activeStage() {
		return currentAssignments().stream().filter(Assignment::isOpen).mapToInt(Assignment::getStage).min()
			.orElse(Integer.MAX_VALUE);
	}

	Assignment addAssignment(int stage, AssignmentTarget target, @Nullable UUID replacesId) {
		return addAssignment(stage, target, replacesId, false);
	}

	/** Adds an assignment to an assigned tasker, waiting until {@link #activateReady} activates its stage. */
	Assignment addAssignment(int stage, AssignmentTarget target, @Nullable UUID replacesId, boolean departmentWide) {
		requireAnswering("assigned");
		Assignment assignment = new Assignment(assignments.size(), stage, target, dueAt, replacesId, departmentWide);
		assignments.add(assignment);
		return assignment;
	}

	/**
	 * Replaces an open assignment by one for another assignee in the same stage; the old one stays for the history.
	 *
	 * @return the new assignment, waiting until {@link #activateReady}.
	 */
	Assignment reassign(Assignment replaced, AssignmentTarget target) {
		requireAnswering("reassigned");
		replaced.supersede();
		return addAssignment(replaced.getStage(), target, replaced.getId());
	}

	/**
	 * Activates every waiting assignment of the active stage and the stages before it.
	 * @return the assignments activated now.
	 */
	List<Assignment> activateReady() {
		int active = activeStage();
		List<Assignment> activated = new ArrayList<>();
		for (Assignment assignment : currentAssignments()) {
			if (assignment.getStatus() == Assignment.Status.WAITING && assignment.getStage() <= active) {
				assignment.activate();
				activated.add(assignment);
			}
		}
		return activated;
	}

	/** Moves a draft to {@code ASSIGNED}, its due date counting from now; an assigned tasker stays assigned. */
	void markAssigned(Instant now) {
		requireMayBecome(TaskerStatus.ASSIGNED);
		if (status == TaskerStatus.DRAFT) {
			status = TaskerStatus.ASSIGNED;
			assignedAt = now;
			dueAt = TaskerDueDates.dueAt(now, businessDays);
		}
		touch(now);
	}

	/**
	 * Refuses compiling unless the tasker is assigned and every current assignment is answered.
	 *
	 * @throws InvalidInputException naming {@code status}, or {@code assignments} while any is open.
	 */
	void requireCompilable() {
		requireMayBecome(TaskerStatus.COMPILED);
		long open = currentAssignments().stream().filter(Assignment::isOpen).count();
		if (open > 0) {
			throw InvalidInputException.of("assignments", open + (open == 1 ? " assignment is" : " assignments are")
					+ " not answered yet; compile once every assignee has answered");
		}
	}

	void compile(String response, String by, Instant now) {
		requireCompilable();
		moveTo(TaskerStatus.COMPILED, now);
		compiledResponse = response;
		compiledBy = by;
		compiledAt = now;
	}

	/**
	 * Signs the next clearance level of the compiled response; the last level clears it. Separation of duties
	 * (Correspondence PIA 8.1 and overview, "Response"): nobody clears a response alone — not the person who compiled it,
	 * not one who kept an SPII value of its letter, and nobody signs two levels.
	 *
	 * @param levels the clearance levels of the tasker's type, in order.
	 * @param mayNotClear who kept SPII of the letter.
	 * @return whether the response is now cleared.
	 * @throws WorkflowConflictException when not compiled, or the signer may not sign.
	 */
	boolean clear(String by, List<String> levels, java.util.Set<String> mayNotClear, Instant now) {
		requireMayBecome(TaskerStatus.CLEARED);
		if (by.equals(compiledBy)) {
			throw new WorkflowConflictException("You compiled this response, so another person must clear it");
		}
		if (mayNotClear.contains(by)) {
			throw new WorkflowConflictException(
					"You kept personal identifiers of this letter, so another person must clear the response");
		}
		if (clearances.stream().anyMatch(signed -> signed.getClearedBy().equals(by))) {
			throw new WorkflowConflictException("You cleared an earlier level; another person clears the next one");
		}
		int level = clearances.size();
		clearances.add(new ClearanceSignOff(level + 1, levels.get(Math.min(level, levels.size() - 1)), by, now));
		touch(now);
		if (clearances.size() < levels.size()) {
			return false;
		}
		moveTo(TaskerStatus.CLEARED, now);
		clearedBy = by;
		clearedAt = now;
		return true;
	}

	void dispatch(String by, Instant now) {
		moveTo(TaskerStatus.DISPATCHED, now);
		dispatchedBy = by;
		dispatchedAt = now;
	}

	void close(Instant now) {
		moveTo(TaskerStatus.CLOSED, now);
		closedAt = now;
	}

	void cancel(String reason, Instant now) {
		moveTo(TaskerStatus.CANCELLED, now);
		cancelReason = reason;
		closedAt = now;
	}

	/**
	 * Refuses a move {@link TaskerStatus#next()} does not allow, naming {@code status} as the API always has:
	 * "A tasker that is compiled cannot be cleared".
	 */
	void requireMayBecome(TaskerStatus next) {
		if (!status.next().contains(next)) {
			throw refused(next.verb());
		}
	}

	/**
	 * Refuses what only an assigned tasker allows (answering, asking for more time, reassigning, assigning more).
	 *
	 * @param verb what the change is called in the refusal: "answered", "extended", "reassigned", "assigned".
	 */
	void requireAnswering(String verb) {
		if (!status.takesAnswers()) {
			throw refused(verb);
		}
	}

	private InvalidInputException refused(String verb) {
		return InvalidInputException.of("status", "A tasker that is " + status.described() + " cannot be " + verb);
	}

	/** The one place the status moves: refused, and the tasker left as it was, unless the status allows it. */
	private void moveTo(TaskerStatus next, Instant now) {
		requireMayBecome(next);
		status = next;
		touch(now);
	}

	void extendTo(Instant due, Instant now) {
		if (due.isAfter(dueAt)) {
			dueAt = due;
		}
		touch(now);
	}

	void flagOverdue(Instant now) {
		overdueFlaggedAt = now;
	}

	void touch(Instant now) {
		updatedAt = now;
	}

	/**
	 * Who may see the tasker, as the keys of {@link TaskerViewers}: its assigning office, and the leadership and
	 * assignees of its current assignments. The database computes the same keys for the {@code viewers} column.
	 */
	Set<String> viewerKeys() {
		return TaskerViewers.ofTasker(assigningComponent, currentAssignments().stream()
			.map(a -> new TaskerViewers.Assignee(a.getComponent(), a.getUsername()))
			.toList());
	}

	/**
	 * The facts access decisions depend on: the assigning office owns the tasker; its assignees are its
	 * {@link #viewerKeys() viewer keys}, which {@link TaskerAccessRules} matches against the viewer's.
	 */
	RecordFacts facts() {
		return new RecordFacts(RECORD_TYPE, id.toString(), assigningComponent, createdBy, viewerKeys());
	}
}
