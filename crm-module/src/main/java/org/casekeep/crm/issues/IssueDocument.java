package org.casekeep.crm.issues;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.casekeep.crm.stakeholder.Stakeholder;
import org.casekeep.kernel.pii.PersonalData;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.casekeep.kernel.pii.PiiCategory;
import org.casekeep.kernel.pii.Sensitivity;

/**
 * A document uploaded to an issue (CRM PIA 1.1, item 4): a PDF or Word file that passed the platform's upload check,
 * its detected type, size, when and by whom. Never changed once uploaded. Like the issue's notes it may name people,
 * so it is kept under the CRM's schedule (PIA 3.2: a year after it was uploaded) and destroyed by retention.
 */
@Entity
@Table(schema = "crm", name = "issue_document")
@PersonalDataRecord(type = IssueDocument.RECORD_TYPE, retention = Stakeholder.RETENTION,
		legalBasis = Stakeholder.LEGAL_BASIS, source = "CRM PIA 1.1 item 4 (issues: uploaded documents)")
class IssueDocument {

	static final String RECORD_TYPE = "crm.issue-document";
	static final int FILENAME_MAX = 255;

	@Id
	private UUID id;

	private String issueCode;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.LOW,
			description = "Name of a document uploaded to an issue (may name people)")
	private String filename;

	private String contentType;

	private long sizeBytes;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.LOW, exportable = false,
			description = "A document uploaded to an issue, as uploaded (PDF or Word; may name people)")
	private byte[] content;

	private Instant uploadedAt;

	private String uploadedBy;

	protected IssueDocument() {
	}

	IssueDocument(String issueCode, String filename, String contentType, byte[] content, Instant uploadedAt,
			String uploadedBy) {
		this.id = UUID.randomUUID();
		this.issueCode = issueCode;
		this.filename = filename;
		this.contentType = contentType;
		this.sizeBytes = content.length;
		this.content = content;
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
	}

	UUID getId() { return id; }
	String getIssueCode() { return issueCode; }
	String getFilename() { return filename; }
	String getContentType() { return contentType; }
	byte[] getContent() { return content; }
}
