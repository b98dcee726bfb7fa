package org.casekeep.correspondence.intake;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.casekeep.kernel.db.AssignedIdEntity;
import org.casekeep.kernel.pii.PersonalData;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.casekeep.kernel.pii.PiiCategory;
import org.casekeep.kernel.pii.Sensitivity;
import org.jspecify.annotations.Nullable;

/**
 * A file that came with a piece of correspondence (a scanned letter, a fax, a Word document) and the text Tika
 * extracted from it. The original bytes are kept only until the SPII review decides: a redaction drops them and
 * leaves a redacted plain-text rendition (PIA 3.4).
 */
@Entity
@Table(schema = "correspondence", name = "attachment")
@PersonalDataRecord(type = Attachment.RECORD_TYPE, partOf = Correspondence.RECORD_TYPE,
		legalBasis = "5 U.S.C. 301; 6 U.S.C. 112; SORN DHS/ALL-016 Correspondence Records",
		source = "Correspondence PIA 2.1, 3.4 (incoming documents)")
class Attachment extends AssignedIdEntity {

	static final String RECORD_TYPE = "correspondence.attachment";
	static final String REDACTED_MEDIA_TYPE = "text/plain";

	@Id
	private UUID id;

	private UUID correspondenceId;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.LOW, description = "File name")
	private String fileName;

	private String mediaType;

	private long sizeBytes;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.MODERATE, exportable = false,
			description = "Original file as received")
	private byte @Nullable [] content;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.MODERATE,
			description = "Text extracted from the file (SPII redacted unless kept)")
	private String extractedText;

	private boolean redacted;

	private Instant createdAt;

	protected Attachment() {
	}

	Attachment(UUID correspondenceId, String fileName, String mediaType, byte[] content, String extractedText,
			Instant now) {
		this.id = UUID.randomUUID();
		this.correspondenceId = correspondenceId;
		this.fileName = fileName;
		this.mediaType = mediaType;
		this.sizeBytes = content.length;
		this.content = content;
		this.extractedText = extractedText;
		this.createdAt = now;
	}

	/**
	 * Keeps only the redacted text: the original file, which still shows what was redacted, is dropped, and the
	 * attachment becomes a plain-text rendition.
	 */
	void redact(String redactedText) {
		this.extractedText = redactedText;
		this.content = null;
		this.mediaType = REDACTED_MEDIA_TYPE;
		this.sizeBytes = redactedText.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
		this.redacted = true;
	}

	@Override
	public UUID getId() { return id; }
	UUID getCorrespondenceId() { return correspondenceId; }
	String getFileName() { return fileName; }
	String getMediaType() { return mediaType; }
	long getSizeBytes() { return sizeBytes; }
	byte @Nullable [] getContent() { return content; }
	String getExtractedText() { return extractedText; }
	boolean isRedacted() { return redacted; }
	Instant getCreatedAt() { return createdAt; }
}
