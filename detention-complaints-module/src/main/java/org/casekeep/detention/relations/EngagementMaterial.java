package org.casekeep.detention.relations;

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

/** Materials used or distributed at an engagement (PIA 2.1), part of it: kept and destroyed with it. */
@Entity
@Table(schema = "detention", name = "engagement_material")
@PersonalDataRecord(type = EngagementMaterial.RECORD_TYPE, partOf = StakeholderEngagement.RECORD_TYPE,
		legalBasis = Stakeholder.LEGAL_BASIS, source = "OIDO PIA 2.1 (materials used or distributed)")
class EngagementMaterial extends AssignedIdEntity {

	static final String RECORD_TYPE = "detention.engagement-material";

	@Id
	private UUID id;

	private UUID engagementId;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.LOW, description = "File name of a material")
	private String fileName;

	private String mediaType;

	private long sizeBytes;

	@PersonalData(category = PiiCategory.FREE_TEXT, exportable = false,
			description = "Material used or distributed at an engagement (may name participants)")
	private byte[] content;

	private String uploadedBy;

	private Instant uploadedAt;

	protected EngagementMaterial() {
	}

	EngagementMaterial(UUID engagementId, String fileName, String mediaType, byte[] content, String uploadedBy,
			Instant uploadedAt) {
		this.id = UUID.randomUUID();
		this.engagementId = engagementId;
		this.fileName = fileName;
		this.mediaType = mediaType;
		this.sizeBytes = content.length;
		this.content = content.clone();
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	@Override
	public UUID getId() { return id; }
	UUID engagementId() { return engagementId; }
	String fileName() { return fileName; }
	String mediaType() { return mediaType; }
	long sizeBytes() { return sizeBytes; }
	byte[] content() { return content.clone(); }
	String uploadedBy() { return uploadedBy; }
	Instant uploadedAt() { return uploadedAt; }
}
