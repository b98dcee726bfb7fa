package org.casekeep.crm.issues;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.casekeep.crm.stakeholder.Stakeholder;
import org.casekeep.kernel.pii.PersonalData;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.casekeep.kernel.pii.PiiCategory;
import org.casekeep.kernel.pii.Sensitivity;

/**
 * A policy update or talking point on an issue (CRM PIA 1.1, item 4): a title and text, when and by whom it was
 * written. Never changed once written. Its text may name people, so it is kept under the CRM's schedule (PIA 3.2: a
 * year after it was written) and destroyed by retention.
 */
@Entity
@Table(schema = "crm", name = "issue_note")
@PersonalDataRecord(type = IssueNote.RECORD_TYPE, retention = Stakeholder.RETENTION,
		legalBasis = Stakeholder.LEGAL_BASIS, source = "CRM PIA 1.1 item 4 (issues: policy updates, talking points)")
class IssueNote {

	static final String RECORD_TYPE = "crm.issue-note";
	static final int TITLE_MAX = 200;
	static final int BODY_MAX = 8000;

	/** What the note is. */
	enum Kind {
		POLICY_UPDATE, TALKING_POINT
	}

	@Id
	private UUID id;

	private String issueCode;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.LOW,
			description = "Title and text of a policy update or talking point (may name people)")
	private String title;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.LOW,
			description = "Title and text of a policy update or talking point (may name people)")
	private String body;

	private Instant writtenAt;

	private String author;

	protected IssueNote() {
	}

	IssueNote(String issueCode, Kind kind, String title, String body, Instant writtenAt, String author) {
		this.id = UUID.randomUUID();
		this.issueCode = issueCode;
		this.kind = kind;
		this.title = title;
		this.body = body;
		this.writtenAt = writtenAt;
		this.author = author;
	}

	UUID getId() { return id; }
	String getIssueCode() { return issueCode; }
	Kind getKind() { return kind; }
	String getTitle() { return title; }
	String getBody() { return body; }
	Instant getWrittenAt() { return writtenAt; }
	String getAuthor() { return author; }
}
