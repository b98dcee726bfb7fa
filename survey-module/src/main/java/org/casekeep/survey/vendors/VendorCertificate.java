package org.casekeep.survey.vendors;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.casekeep.kernel.db.AssignedIdEntity;

/**
 * The vendor's certificate of return or destruction as uploaded (Customer Research PIA 5.2), checked by the kernel's
 * upload check; kept apart from its contract so that listing contracts never loads it, and destroyed with it.
 */
@Entity
@Table(schema = "survey", name = "vendor_certificate")
class VendorCertificate extends AssignedIdEntity {

	@Id
	private UUID contractId;

	private String mediaType;

	private byte[] content;

	protected VendorCertificate() {
	}

	VendorCertificate(UUID contractId, String mediaType, byte[] content) {
		this.contractId = contractId;
		this.mediaType = mediaType;
		this.content = content.clone();
	}

	@Override
	public UUID getId() { return contractId; }
	String getMediaType() { return mediaType; }
	byte[] getContent() { return content.clone(); }
}
