package org.casekeep.survey.vendors;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.casekeep.kernel.db.AssignedIdEntity;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.jspecify.annotations.Nullable;

/**
 * A sharing of participants' contact data with the study's vendor (Customer Research PIA 6.2, 6.4), tied to its
 * accounting in the kernel by the disclosure's id: which contact fields went, how many participants, and when the file
 * was handed over. The accounting itself (recipient, purpose, authority and each participant) is the kernel's; this
 * holds no personal data.
 */
@Entity
@Table(schema = "survey", name = "vendor_disclosure")
class VendorDisclosure extends AssignedIdEntity {

	@Id
	private UUID disclosureId;

	private UUID studyId;

	private UUID contractId;

	/** The contact fields shared, comma-separated, e.g. {@code name,email}. */
	private String fields;

	private int participants;

	private String requestedBy;

	private Instant requestedAt;

	private @Nullable String exportedBy;

	private @Nullable Instant exportedAt;

	@Version
	private long version;

	protected VendorDisclosure() {
	}

	VendorDisclosure(UUID disclosureId, UUID studyId, UUID contractId, List<ContactField> fields, int participants,
			String requestedBy, Instant requestedAt) {
		this.disclosureId = disclosureId;
		this.studyId = studyId;
		this.contractId = contractId;
		this.fields = String.join(",", fields.stream().map(ContactField::key).toList());
		this.participants = participants;
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
	}

	/**
	 * The file is handed over once: a second export would be a second disclosure, accounted for by a second sharing.
	 * @throws WorkflowConflictException if it was exported before.
	 */
	void exported(String username, Instant now) {
		if (exportedAt != null) {
			throw new WorkflowConflictException("The file of this sharing was handed over on " + exportedAt
					+ " by " + exportedBy + "; share again for another file.");
		}
		this.exportedBy = username;
		this.exportedAt = now;
	}

	@Override
	public UUID getId() { return disclosureId; }
	UUID getStudyId() { return studyId; }
	UUID getContractId() { return contractId; }
	List<ContactField> getFields() {
		return Arrays.stream(fields.split(",")).map(ContactField::ofKey).toList();
	}
	int getParticipants() { return participants; }
	String getRequestedBy() { return requestedBy; }
	Instant getRequestedAt() { return requestedAt; }
	@Nullable String getExportedBy() { return exportedBy; }
	@Nullable Instant getExportedAt() { return exportedAt; }
	long getVersion() { return version; }
}
