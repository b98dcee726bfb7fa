package org.casekeep.correspondence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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

import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.db.AssignedIdEntity;
import org.casekeep.kernel.pii.PersonalData;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.casekeep.kernel.pii.PiiCategory;
import org.casekeep.kernel.pii.Sensitivity;
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

	static final String RECORD_TYPE = "correspondence.tasker";

	/** Marks a component or office assignment in {@link RecordFacts#assignees()}. */
	static final String COMPONENT_ASSIGNEE = "component:";
	/** Marks the component of a named expert in {@link RecordFacts#assignees()}: its leadership may see the tasker. */
	static final String LEADERSHIP_OF = "leadership:";

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

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	@JoinColumn(name = "tasker_id", nullable = false)
	// Lists load the assignments of many taskers (visibility facts, badges): in batches, not one query each.
	@org.hibernate.annotations.BatchSize(size = 50)
	@OrderBy("position")
	private List<Assignment> assignments = new ArrayList<>();

	protected Tasker() {
	}

	Tasker(@Nullable UUID correspondenceId, String subject, @Nullable String instructions, String assigningComponent,
			String createdBy, int businessDays, Instant now, Instant dueAt) {
		this.id = UUID.randomUUID();
		this.correspondenceId = correspondenceId;
		this.subject = subject;
		this.instructions = instructions;
		this.assigningComponent = assigningComponent;
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

	Assignment addAssignment(int stage, AssignmentTarget target, @Nullable UUID replacesId, boolean departmentWide) {
		Assignment assignment = new Assignment(assignments.size(), stage, target, dueAt, replacesId, departmentWide);
		assignments.add(assignment);
		return assignment;
	}

	/**
	 * Activates every waiting assignment of the active stage and the stages before it.
	 * @return the assignments activated now.
	 */
	List<Assignment> activateReady() {
		int active = activeStage();
		List<Assignment> activated = new ArrayList<>();
		for (Assignment assignment : currentAssignments()) {
			if (assignment.getStatus() == AssignmentStatus.WAITING && assignment.getStage() <= active) {
				assignment.activate();
				activated.add(assignment);
			}
		}
		return activated;
	}

	/** Moves a draft to {@code ASSIGNED}; its due date counts from now. */
	void markAssigned(Instant now) {
		if (status == TaskerStatus.DRAFT) {
			status = TaskerStatus.ASSIGNED;
			assignedAt = now;
			dueAt = TaskerDueDates.dueAt(now, businessDays);
		}
		touch(now);
	}

	void compile(String response, String by, Instant now) {
		compiledResponse = response;
		compiledBy = by;
		compiledAt = now;
		status = TaskerStatus.COMPILED;
		touch(now);
	}

	void clear(String by, Instant now) {
		clearedBy = by;
		clearedAt = now;
		status = TaskerStatus.CLEARED;
		touch(now);
	}

	void dispatch(String by, Instant now) {
		dispatchedBy = by;
		dispatchedAt = now;
		status = TaskerStatus.DISPATCHED;
		touch(now);
	}

	void close(Instant now) {
		closedAt = now;
		status = TaskerStatus.CLOSED;
		touch(now);
	}

	void cancel(String reason, Instant now) {
		cancelReason = reason;
		closedAt = now;
		status = TaskerStatus.CANCELLED;
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
	 * The facts access decisions depend on: the assigning office owns the tasker; assignees are named experts'
	 * usernames, {@code component:X} for component or office assignments and {@code leadership:X} for the component
	 * of a named expert.
	 */
	RecordFacts facts() {
		Set<String> assignees = new LinkedHashSet<>();
		for (Assignment assignment : currentAssignments()) {
			if (assignment.getUsername() != null) {
				assignees.add(assignment.getUsername());
				assignees.add(LEADERSHIP_OF + assignment.getComponent());
			}
			else {
				assignees.add(COMPONENT_ASSIGNEE + assignment.getComponent());
			}
		}
		return new RecordFacts(RECORD_TYPE, id.toString(), assigningComponent, createdBy, assignees);
	}
}
