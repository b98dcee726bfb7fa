package org.casekeep.detention.documents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.casekeep.detention.complaint.ComplaintRecords;
import org.casekeep.kernel.db.AssignedIdEntity;
import org.casekeep.kernel.pii.PersonalData;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.casekeep.kernel.pii.PiiCategory;
import org.casekeep.kernel.pii.Sensitivity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A supporting document of a complaint, part of it: kept and destroyed with it. */
@Entity
@Table(schema = "detention", name = "complaint_document")
@PersonalDataRecord(type = ComplaintDocument.RECORD_TYPE, partOf = ComplaintRecords.RECORD_TYPE,
		legalBasis = "Consolidated Appropriations Act 2020, Pub. L. 116-93, sec. 106; SORN DHS/ALL-020 (interim)",
		source = "OIDO PIA 2.1 (documentation provided to support complaints)")
class ComplaintDocument extends AssignedIdEntity {

	static final String RECORD_TYPE = "detention.complaint-document";

	@Id
	private UUID id;

	private UUID complaintId;

	@Enumerated(EnumType.STRING)
	private DocumentKind kind;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.LOW,
			description = "File name of a supporting document")
	private String fileName;

	private String mediaType;

	private long sizeBytes;

	@PersonalData(category = PiiCategory.SENSITIVE_PII, sensitivity = Sensitivity.HIGH, exportable = false,
			description = "Supporting document: scanned intake form, legal or medical records")
	private byte[] content;

	/** Whether its text could be read; a document that could not be is reviewed by eye for SPII. */
	private boolean textReadable;

	/** The kinds of SPII found in its text; kinds only. */
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> spiiFindings = new ArrayList<>();

	private String uploadedBy;

	private Instant uploadedAt;

	protected ComplaintDocument() {
	}

	ComplaintDocument(UUID complaintId, DocumentKind kind, String fileName, String mediaType, byte[] content,
			boolean textReadable, List<String> spiiFindings, String uploadedBy, Instant uploadedAt) {
		this.id = UUID.randomUUID();
		this.complaintId = complaintId;
		this.kind = kind;
		this.fileName = fileName;
		this.mediaType = mediaType;
		this.sizeBytes = content.length;
		this.content = content.clone();
		this.textReadable = textReadable;
		this.spiiFindings = new ArrayList<>(spiiFindings);
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	@Override
	public UUID getId() { return id; }
	UUID complaintId() { return complaintId; }
	DocumentKind kind() { return kind; }
	String fileName() { return fileName; }
	String mediaType() { return mediaType; }
	long sizeBytes() { return sizeBytes; }
	byte[] content() { return content.clone(); }
	boolean textReadable() { return textReadable; }
	List<String> spiiFindings() { return List.copyOf(spiiFindings); }
	String uploadedBy() { return uploadedBy; }
	Instant uploadedAt() { return uploadedAt; }
}
