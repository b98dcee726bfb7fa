package org.casekeep.detention.sharing;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.casekeep.kernel.db.AssignedIdEntity;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.jspecify.annotations.Nullable;

/**
 * A disclosure of the kernel's accounting, documented within the records of the complaint it shares (PIA 6.4): which
 * complaint, the kind of recipient, and when the approved records were released. Who received them, why, under which
 * routine use and with whose approval is the accounting's, kept there once.
 */
@Entity
@Table(schema = "detention", name = "complaint_sharing")
class ComplaintShare extends AssignedIdEntity {

	@Id
	private UUID disclosureId;

	private UUID complaintId;

	@Enumerated(EnumType.STRING)
	private RecipientKind recipientKind;

	private Instant requestedAt;

	private @Nullable Instant releasedAt;

	private @Nullable String releasedBy;

	protected ComplaintShare() {
	}

	ComplaintShare(UUID disclosureId, UUID complaintId, RecipientKind recipientKind, Instant requestedAt) {
		this.disclosureId = disclosureId;
		this.complaintId = complaintId;
		this.recipientKind = recipientKind;
		this.requestedAt = requestedAt;
	}

	/**
	 * Records that the approved records left OIDO; once.
	 * @throws WorkflowConflictException when they were released before.
	 */
	void released(String by, Instant now) {
		if (releasedAt != null) {
			throw new WorkflowConflictException("These records were released already, on " + releasedAt);
		}
		releasedAt = now;
		releasedBy = by;
	}

	@Override
	public UUID getId() { return disclosureId; }
	UUID complaintId() { return complaintId; }
	RecipientKind recipientKind() { return recipientKind; }
	Instant requestedAt() { return requestedAt; }
	@Nullable Instant releasedAt() { return releasedAt; }
	@Nullable String releasedBy() { return releasedBy; }
}
