package org.casekeep.correspondence.drafts;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.casekeep.correspondence.office.TaskerViewers;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.db.AssignedIdEntity;
import org.casekeep.kernel.pii.PersonalData;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.casekeep.kernel.pii.PiiCategory;
import org.casekeep.kernel.pii.Sensitivity;

/**
 * A file an assignee uploaded as the draft official response of their assignment (PIA "Review &amp;
 * Analysis": responses "uploaded directly into the tracking tool"). It has no visibility of its own: whoever may see
 * the tasker may see it, nobody else (FEMA ACT: attachments only for those assigned to the task). Checked for SPII
 * before it is stored, so it holds none that the detector finds (PIA 3.4). Destroyed with its tasker.
 */
@Entity
@Table(schema = "correspondence", name = "tasker_attachment")
@PersonalDataRecord(type = TaskerAttachment.RECORD_TYPE, partOf = TaskerViewers.RECORD_TYPE,
		legalBasis = "6 U.S.C. 112; SORN DHS/ALL-016 Correspondence Records",
		source = "Correspondence PIA, Review & Analysis (draft responses of action offices)")
class TaskerAttachment extends AssignedIdEntity {

	static final String RECORD_TYPE = "correspondence.tasker-attachment";

	@Id
	private UUID id;
	private UUID taskerId;
	private UUID assignmentId;
	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.LOW, description = "File name")
	private String fileName;
	private String mediaType;
	private long sizeBytes;
	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.MODERATE, exportable = false,
			description = "A draft response as uploaded (PDF or Word)")
	private byte[] content;
	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.MODERATE,
			description = "Text extracted from an uploaded draft response")
	private String extractedText;
	private String uploadedBy;
	private Instant createdAt;

	protected TaskerAttachment() {
	}

	TaskerAttachment(UUID taskerId, UUID assignmentId, String fileName, String mediaType, byte[] content,
			String extractedText, String uploadedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.taskerId = taskerId;
		this.assignmentId = assignmentId;
		this.fileName = fileName;
		this.mediaType = mediaType;
		this.sizeBytes = content.length;
		this.content = content;
		this.extractedText = extractedText;
		this.uploadedBy = uploadedBy;
		this.createdAt = now;
	}

	@Override
	public UUID getId() { return id; }
	UUID getTaskerId() { return taskerId; }
	UUID getAssignmentId() { return assignmentId; }
	String getFileName() { return fileName; }
	String getMediaType() { return mediaType; }
	long getSizeBytes() { return sizeBytes; }
	byte[] getContent() { return content; }
	String getExtractedText() { return extractedText; }
	String getUploadedBy() { return uploadedBy; }
	Instant getCreatedAt() { return createdAt; }

	/** The facts of the tasker it belongs to, as this record type: the same people may see both. */
	RecordFacts facts(RecordFacts tasker) {
		return new RecordFacts(RECORD_TYPE, id.toString(), tasker.owningComponent(), tasker.ownerUsername(),
				tasker.assignees());
	}
}
