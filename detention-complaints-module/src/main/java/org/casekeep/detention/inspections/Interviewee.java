package org.casekeep.detention.inspections;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
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
 * A person interviewed for an investigation or inspection (PIA 2.1 and its footnote 8): a detainee, a DHS employee or
 * contractor, or a third party. Part of its file: kept and destroyed with it. Whether the person consented is recorded
 * (PIA 4.2: interviewees may consent or decline).
 */
@Entity
@Table(schema = "detention", name = "inspection_interviewee")
@PersonalDataRecord(type = Interviewee.RECORD_TYPE, partOf = InspectionRecords.RECORD_TYPE,
		legalBasis = InspectionFile.LEGAL_BASIS, source = "OIDO PIA 2.1 (interviewees)")
class Interviewee extends AssignedIdEntity {

	static final String RECORD_TYPE = "detention.inspection-interviewee";

	@Id
	private UUID id;

	private UUID fileId;

	@PersonalData(category = PiiCategory.NAME, description = "Interviewee's full legal name")
	private String fullName;

	@PersonalData(category = PiiCategory.CONTACT, description = "Interviewee's mailing address")
	private @Nullable String mailingAddress;

	@PersonalData(category = PiiCategory.CONTACT, description = "Interviewee's email address")
	private @Nullable String email;

	@PersonalData(category = PiiCategory.CONTACT, description = "Interviewee's phone number")
	private @Nullable String phone;

	@PersonalData(category = PiiCategory.PROFESSIONAL, sensitivity = Sensitivity.LOW,
			description = "Interviewee's position or title, if a facility employee or contractor")
	@Column(name = "position_title")
	private @Nullable String position;

	@PersonalData(category = PiiCategory.PROFESSIONAL, sensitivity = Sensitivity.LOW,
			description = "Interviewee's current duty station, if a facility employee or contractor")
	private @Nullable String dutyStation;

	/** PIA 4.2. Not personal data by itself. */
	private boolean consentGiven;

	private String recordedBy;

	private Instant recordedAt;

	protected Interviewee() {
	}

	Interviewee(UUID fileId, String fullName, @Nullable String mailingAddress, @Nullable String email,
			@Nullable String phone, @Nullable String position, @Nullable String dutyStation, boolean consentGiven,
			String recordedBy, Instant recordedAt) {
		this.id = UUID.randomUUID();
		this.fileId = fileId;
		this.fullName = fullName;
		this.mailingAddress = mailingAddress;
		this.email = email;
		this.phone = phone;
		this.position = position;
		this.dutyStation = dutyStation;
		this.consentGiven = consentGiven;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	@Override
	public UUID getId() {
		return id;
	}

	UUID fileId() { return fileId; }
	String fullName() { return fullName; }
	@Nullable String mailingAddress() { return mailingAddress; }
	@Nullable String email() { return email; }
	@Nullable String phone() { return phone; }
	@Nullable String position() { return position; }
	@Nullable String dutyStation() { return dutyStation; }
	boolean consentGiven() { return consentGiven; }
	String recordedBy() { return recordedBy; }
	Instant recordedAt() { return recordedAt; }
}
