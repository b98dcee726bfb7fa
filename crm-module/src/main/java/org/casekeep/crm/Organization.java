package org.casekeep.crm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.casekeep.kernel.db.AssignedIdEntity;
import org.casekeep.kernel.pii.PersonalDataRecord;

/**
 * An organization DHS engages with (CRM PIA 1.1, item 1): name, address, office phone, issues and DHS groups it
 * takes part in. Holds no personal data, so it is shared across all participating components in full.
 */
@Entity
@Table(schema = "crm", name = "organization")
@PersonalDataRecord(type = Organization.RECORD_TYPE, retention = "CRM_REFERENCE",
		legalBasis = "6 U.S.C. 112(c); SORN DHS/ALL-002 Mailing and Other Lists System",
		source = "CRM PIA 1.1 (organizations)")
class Organization extends AssignedIdEntity {

	static final String RECORD_TYPE = "crm.organization";

	@Id
	private UUID id;
	private String name;
	private @Nullable String street1;
	private @Nullable String street2;
	private @Nullable String city;
	private @Nullable String state;
	private @Nullable String zip;
	private @Nullable String officePhone;
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> issues = new ArrayList<>();
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> dhsGroups = new ArrayList<>();
	private String owningComponent;
	private String ownerUsername;
	private Instant createdAt;
	private Instant updatedAt;
	@Version
	private long version;

	protected Organization() {
	}

	Organization(String owningComponent, String ownerUsername, Instant now) {
		this.id = UUID.randomUUID();
		this.owningComponent = owningComponent;
		this.ownerUsername = ownerUsername;
		this.createdAt = now;
		this.updatedAt = now;
	}

	@Override
	public UUID getId() { return id; }
	String getName() { return name; }
	@Nullable String getStreet1() { return street1; }
	@Nullable String getStreet2() { return street2; }
	@Nullable String getCity() { return city; }
	@Nullable String getState() { return state; }
	@Nullable String getZip() { return zip; }
	@Nullable String getOfficePhone() { return officePhone; }
	List<String> getIssues() { return List.copyOf(issues); }
	List<String> getDhsGroups() { return List.copyOf(dhsGroups); }
	String getOwningComponent() { return owningComponent; }
	String getOwnerUsername() { return ownerUsername; }
	Instant getCreatedAt() { return createdAt; }
	Instant getUpdatedAt() { return updatedAt; }
	long getVersion() { return version; }

	/** @return the names of the changed fields. */
	List<String> apply(OrganizationValues values, Instant now) {
		List<String> changed = new ArrayList<>();
		if (!Objects.equals(name, values.name())) { name = values.name(); changed.add("name"); }
		if (!Objects.equals(street1, values.street1())) { street1 = values.street1(); changed.add("street1"); }
		if (!Objects.equals(street2, values.street2())) { street2 = values.street2(); changed.add("street2"); }
		if (!Objects.equals(city, values.city())) { city = values.city(); changed.add("city"); }
		if (!Objects.equals(state, values.state())) { state = values.state(); changed.add("state"); }
		if (!Objects.equals(zip, values.zip())) { zip = values.zip(); changed.add("zip"); }
		if (!Objects.equals(officePhone, values.officePhone())) { officePhone = values.officePhone(); changed.add("officePhone"); }
		List<String> newIssues = values.issues().stream().map(Issue::name).sorted().toList();
		if (!newIssues.equals(issues)) { issues = new ArrayList<>(newIssues); changed.add("issues"); }
		if (!values.dhsGroups().equals(dhsGroups)) { dhsGroups = new ArrayList<>(values.dhsGroups()); changed.add("dhsGroups"); }
		if (!changed.isEmpty()) {
			updatedAt = now;
		}
		return changed;
	}
}
