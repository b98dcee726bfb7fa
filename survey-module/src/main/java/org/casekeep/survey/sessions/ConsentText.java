package org.casekeep.survey.sessions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.casekeep.kernel.db.AssignedIdEntity;
import org.casekeep.kernel.pii.PersonalDataRecord;

/**
 * One version of the consent to recording a study shows its participants, word for word, with its SHA-256: a
 * consent is bound to the hash of the exact text the person saw, so a later change of the text needs a new consent
 * (PIA "Audio and Video Recordings": affirmative, informed consent; 4.3). Never changed once stored: a new wording
 * is a new version. Holds no personal data.
 */
@Entity
@Table(schema = "survey", name = "consent_text")
@PersonalDataRecord(type = "survey.consent_text", partOf = "survey.study",
		legalBasis = "PRA 44 U.S.C. 3501 (Customer Research PIA 1.1)",
		source = "Customer Research PIA, \"Audio and Video Recordings\", 4.3")
class ConsentText extends AssignedIdEntity {

	@Id
	private UUID id;

	private UUID studyId;

	private int number;

	private String text;

	private String sha256;

	private String createdBy;

	private Instant createdAt;

	protected ConsentText() {
	}

	ConsentText(UUID studyId, int number, String text, String createdBy, Instant now) {
		this.id = UUID.randomUUID();
		this.studyId = studyId;
		this.number = number;
		this.text = text;
		this.sha256 = sha256(text);
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	/** The SHA-256 of the text's UTF-8 bytes, in lower-case hex. */
	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	@Override
	public UUID getId() { return id; }
	UUID getStudyId() { return studyId; }
	int getNumber() { return number; }
	String getText() { return text; }
	String getSha256() { return sha256; }
	String getCreatedBy() { return createdBy; }
	Instant getCreatedAt() { return createdAt; }
}
