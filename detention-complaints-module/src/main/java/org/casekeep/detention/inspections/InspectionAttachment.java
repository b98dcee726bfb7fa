package org.casekeep.detention.inspections;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.casekeep.detention.complaint.OidoRoles;
import org.casekeep.kernel.db.AssignedIdEntity;
import org.casekeep.kernel.pii.PersonalData;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.casekeep.kernel.pii.PiiCategory;
import org.casekeep.kernel.pii.Sensitivity;

/**
 * A photograph or an audio or video recording of an interview (PIA 2.1), part of its file. The team works with a copy
 * whose embedded metadata (camera, time, GPS position) is stripped where the format allows it, so that a photo does
 * not say where and by whom it was taken; the original is kept unaltered as evidence, seen by OIDO managers only.
 */
@Entity
@Table(schema = "detention", name = "inspection_attachment")
@PersonalDataRecord(type = InspectionAttachment.RECORD_TYPE, partOf = InspectionRecords.RECORD_TYPE,
		legalBasis = InspectionFile.LEGAL_BASIS, source = "OIDO PIA 2.1 (photographs, audio/video recordings)")
class InspectionAttachment extends AssignedIdEntity {

	static final String RECORD_TYPE = "detention.inspection-attachment";

	/** What an attachment is. */
	enum Kind {
		PHOTO("Photograph"), AUDIO("Audio recording"), VIDEO("Video recording");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	@Id
	private UUID id;

	private UUID fileId;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.LOW,
			description = "File name of a photograph or recording")
	private String fileName;

	private String mediaType;

	private long sizeBytes;

	@PersonalData(category = PiiCategory.SENSITIVE_PII, sensitivity = Sensitivity.HIGH, exportable = false,
			description = "Photograph or recording, working copy with its metadata stripped")
	private byte[] workingCopy;

	/** Whether metadata was stripped from the working copy (images); false for a format the stripper does not know. */
	private boolean metadataStripped;

	@PersonalData(category = PiiCategory.SENSITIVE_PII, sensitivity = Sensitivity.HIGH, exportable = false,
			visibleTo = OidoRoles.MANAGER, description = "Photograph or recording as received, with its metadata "
					+ "(evidence; OIDO managers only)")
	private byte[] original;

	private String uploadedBy;

	private Instant uploadedAt;

	protected InspectionAttachment() {
	}

	InspectionAttachment(UUID fileId, Kind kind, String fileName, String mediaType, byte[] workingCopy, boolean metadataStripped,
			byte[] original, String uploadedBy, Instant uploadedAt) {
		this.id = UUID.randomUUID();
		this.fileId = fileId;
		this.kind = kind;
		this.fileName = fileName;
		this.mediaType = mediaType;
		this.sizeBytes = original.length;
		this.workingCopy = workingCopy;
		this.metadataStripped = metadataStripped;
		this.original = original;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	@Override
	public UUID getId() {
		return id;
	}

	UUID fileId() { return fileId; }
	Kind kind() { return kind; }
	String fileName() { return fileName; }
	String mediaType() { return mediaType; }
	long sizeBytes() { return sizeBytes; }
	byte[] workingCopy() { return workingCopy; }
	boolean metadataStripped() { return metadataStripped; }
	byte[] original() { return original; }
	String uploadedBy() { return uploadedBy; }
	Instant uploadedAt() { return uploadedAt; }
}
