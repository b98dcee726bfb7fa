package org.casekeep.survey.vendors;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.db.AssignedIdEntity;
import org.casekeep.kernel.pii.PersonalData;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.casekeep.kernel.pii.PiiCategory;
import org.casekeep.kernel.pii.Sensitivity;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.jspecify.annotations.Nullable;

/**
 * The contract of a study's third-party vendor (Customer Research PIA 5.2, 6.3, 6.5): what the vendor receives, and
 * the date by which the contract obliges it to return or destroy everything it holds of the study. It stays awaiting
 * return until the vendor's certificate is recorded (its date, who certified at the vendor, and the certificate
 * document or its reference number); from then on it is closed and cannot change. It is kept and destroyed with its
 * study (GRS 6.5 item 010).
 */
@Entity
@Table(schema = "survey", name = "vendor_contract")
@PersonalDataRecord(type = VendorContract.RECORD_TYPE, partOf = "survey.study",
		legalBasis = "PRA 44 U.S.C. 3501; DHS/ALL-002 routine use F (Customer Research PIA 1.2, 6.2)",
		source = "Customer Research PIA 5.2, 6.3, 6.5")
class VendorContract extends AssignedIdEntity {

	static final String RECORD_TYPE = "survey.vendor-contract";

	@Id
	private UUID id;

	private UUID studyId;

	private String researchUnit;

	/** The study's researcher, whom the reminders go to. */
	private String studyOwner;

	private String vendorName;

	private String contractNumber;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(schema = "survey", name = "vendor_contract_data", joinColumns = @JoinColumn(name = "contract_id"))
	@Column(name = "data_kind")
	@Enumerated(EnumType.STRING)
	private Set<VendorData> data = EnumSet.noneOf(VendorData.class);

	private LocalDate returnBy;

	@Enumerated(EnumType.STRING)
	private ContractState state = ContractState.AWAITING_RETURN;

	private @Nullable LocalDate certifiedOn;

	@PersonalData(category = PiiCategory.NAME, sensitivity = Sensitivity.LOW,
			description = "Who certified the return or destruction of the data at the vendor (PIA 5.2)")
	private @Nullable String certifiedBy;

	private @Nullable String certificateReference;

	private @Nullable String certificateMediaType;

	private @Nullable Long certificateSizeBytes;

	private @Nullable String certificateRecordedBy;

	private @Nullable Instant certificateRecordedAt;

	private String recordedBy;

	private Instant recordedAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected VendorContract() {
	}

	VendorContract(UUID studyId, String researchUnit, String studyOwner, Terms terms, String recordedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.studyId = studyId;
		this.researchUnit = researchUnit;
		this.studyOwner = studyOwner;
		this.recordedBy = recordedBy;
		this.recordedAt = now;
		apply(terms, now);
	}

	/** The terms of a contract as recorded: the vendor, the contract's number, what it receives and the date. */
	record Terms(String vendorName, String contractNumber, Set<VendorData> data, LocalDate returnBy) {
	}

	/** The vendor's certificate, as recorded (PIA 5.2). */
	record Certificate(ContractState outcome, LocalDate certifiedOn, String certifiedBy,
			@Nullable String reference, @Nullable String mediaType, @Nullable Long sizeBytes) {
	}

	/** Revises the terms while the vendor still holds the data; a closed contract is a record of what happened. */
	void revise(Terms terms, Instant now) {
		requireAwaiting();
		apply(terms, now);
	}

	/**
	 * Closes the contract with the vendor's certificate of return or destruction.
	 * @throws WorkflowConflictException if a certificate was recorded before.
	 */
	void certify(Certificate certificate, String recordedBy, Instant now) {
		requireAwaiting();
		this.state = certificate.outcome();
		this.certifiedOn = certificate.certifiedOn();
		this.certifiedBy = certificate.certifiedBy();
		this.certificateReference = certificate.reference();
		this.certificateMediaType = certificate.mediaType();
		this.certificateSizeBytes = certificate.sizeBytes();
		this.certificateRecordedBy = recordedBy;
		this.certificateRecordedAt = now;
		this.updatedAt = now;
	}

	/** PIA 5.2: the date has passed and the vendor has not certified that the data was returned or destroyed. */
	boolean overdue(LocalDate today) {
		return state == ContractState.AWAITING_RETURN && returnBy.isBefore(today);
	}

	/** Whether the vendor still holds what it received (no certificate yet). */
	boolean awaitingReturn() {
		return state == ContractState.AWAITING_RETURN;
	}

	boolean receives(VendorData kind) {
		return data.contains(kind);
	}

	RecordFacts facts() {
		return RecordFacts.of(RECORD_TYPE, id, researchUnit, studyOwner);
	}

	private void apply(Terms terms, Instant now) {
		this.vendorName = terms.vendorName();
		this.contractNumber = terms.contractNumber();
		this.data = EnumSet.copyOf(terms.data());
		this.returnBy = terms.returnBy();
		this.updatedAt = now;
	}

	private void requireAwaiting() {
		if (state != ContractState.AWAITING_RETURN) {
			throw new WorkflowConflictException("The vendor's certificate was recorded on " + certifiedOn
					+ ": the contract is closed.");
		}
	}

	@Override
	public UUID getId() { return id; }
	UUID getStudyId() { return studyId; }
	String getResearchUnit() { return researchUnit; }
	String getStudyOwner() { return studyOwner; }
	String getVendorName() { return vendorName; }
	String getContractNumber() { return contractNumber; }
	Set<VendorData> getData() { return Set.copyOf(data); }
	LocalDate getReturnBy() { return returnBy; }
	ContractState getState() { return state; }
	@Nullable LocalDate getCertifiedOn() { return certifiedOn; }
	@Nullable String getCertifiedBy() { return certifiedBy; }
	@Nullable String getCertificateReference() { return certificateReference; }
	@Nullable String getCertificateMediaType() { return certificateMediaType; }
	@Nullable Long getCertificateSizeBytes() { return certificateSizeBytes; }
	@Nullable String getCertificateRecordedBy() { return certificateRecordedBy; }
	@Nullable Instant getCertificateRecordedAt() { return certificateRecordedAt; }
	String getRecordedBy() { return recordedBy; }
	Instant getRecordedAt() { return recordedAt; }
	long getVersion() { return version; }
}
