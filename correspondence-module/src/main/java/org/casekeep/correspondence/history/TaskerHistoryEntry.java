package org.casekeep.correspondence.history;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.casekeep.correspondence.office.TaskerViewers;
import org.casekeep.kernel.pii.PersonalData;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.casekeep.kernel.pii.PiiCategory;
import org.casekeep.kernel.pii.Sensitivity;
import org.jspecify.annotations.Nullable;

/**
 * One line of a tasker's transactional history (ESTT): who did what, when, from which status to which, and a note.
 * Written in the transaction of the change it records, never changed afterwards.
 */
@Entity
@Table(schema = "correspondence", name = "tasker_event")
@PersonalDataRecord(type = TaskerHistoryEntry.RECORD_TYPE, partOf = TaskerViewers.RECORD_TYPE,
		legalBasis = "6 U.S.C. 112; SORN DHS/ALL-016 Correspondence Records",
		source = "Correspondence PIA, Appendix ESTT (transactional history of a tasker); destroyed with its tasker")
class TaskerHistoryEntry {

	static final String RECORD_TYPE = "correspondence.tasker-history";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private UUID taskerId;
	private Instant occurredAt;
	private String actor;
	private @Nullable String actorComponent;
	private String action;
	private @Nullable String fromStatus;
	private @Nullable String toStatus;
	private @Nullable UUID assignmentId;
	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.LOW,
			description = "A step's note: reasons for cancelling, reassigning or an extension, clearance notes")
	private @Nullable String note;

	protected TaskerHistoryEntry() {
	}

	TaskerHistoryEntry(UUID taskerId, Instant occurredAt, String actor, @Nullable String actorComponent, String action,
			@Nullable String fromStatus, @Nullable String toStatus, @Nullable UUID assignmentId, @Nullable String note) {
		this.taskerId = taskerId;
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.actorComponent = actorComponent;
		this.action = action;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.assignmentId = assignmentId;
		this.note = note;
	}

	TaskerHistoryView view() {
		return new TaskerHistoryView(id, occurredAt, actor, actorComponent, action, fromStatus, toStatus, assignmentId,
				note);
	}
}
