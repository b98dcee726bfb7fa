package org.casekeep.crm.organizations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.casekeep.crm.stakeholder.Stakeholder;
import org.casekeep.kernel.pii.PersonalData;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.casekeep.kernel.pii.PiiCategory;
import org.casekeep.kernel.pii.Sensitivity;
import org.casekeep.kernel.values.PhoneNumber;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * An organization DHS engages with (CRM PIA 1.1, item 1): name, address, office phone, issues and DHS groups it
 * takes part in. Shared across all participating components in full (PIA 4.1), but its name, address and office
 * phone may be a sole proprietor's, so they are declared personal data: reads are audited like individuals'.
 */
@Entity
@Table(schema = "crm", name = "organization")
@PersonalDataRecord(type = Stakeholder.ORGANIZATION, retention = Stakeholder.RETENTION,
		legalBasis = Stakeholder.LEGAL_BASIS, source = "CRM PIA 1.1 (organizations)")
class Organization extends Stakeholder {

	@PersonalData(category = PiiCategory.PROFESSIONAL, sensitivity = Sensitivity.LOW,
			description = "Organization name (may be a sole proprietor's)")
	private String name;

	@Embedded
	@EmbeddedColumnNaming("office_phone_%s")
	@PersonalData(description = "Office phone (may be a sole proprietor's)")
	private @Nullable PhoneNumber officePhone;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> dhsGroups = new ArrayList<>();

	/** The most recent contact with any of its individuals (PIA 3.2: the retention clock counts from it). */
	private @Nullable Instant lastContactedAt;

	protected Organization() {
	}

	Organization(String owningComponent, String ownerUsername, Instant now) {
		super(owningComponent, ownerUsername, now);
	}

	@Override
	public String recordType() {
		return ORGANIZATION;
	}

	String getName() { return name; }
	@Nullable PhoneNumber getOfficePhone() { return officePhone; }
	List<String> getDhsGroups() { return List.copyOf(dhsGroups); }
	@Nullable Instant getLastContactedAt() { return lastContactedAt; }

	/** @return the names of the changed fields, for the audit entry (names only, never values). */
	List<String> apply(OrganizationValues values, Instant now) {
		List<String> changed = new ArrayList<>();
		name = change("name", name, values.name(), changed);
		applyShared(values.address(), values.issues(), changed);
		officePhone = change("officePhone", officePhone, values.officePhone(), changed);
		if (!values.dhsGroups().equals(dhsGroups)) {
			dhsGroups = new ArrayList<>(values.dhsGroups());
			changed.add("dhsGroups");
		}
		return touched(changed, now);
	}

	/**
	 * Moves the most recent contact to {@code when}, if later.
	 * @return whether it moved.
	 */
	boolean contactedAt(Instant when) {
		if (lastContactedAt == null || when.isAfter(lastContactedAt)) {
			lastContactedAt = when;
			return true;
		}
		return false;
	}
}
