package org.casekeep.crm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.casekeep.kernel.db.AssignedIdEntity;
import org.casekeep.kernel.pii.PersonalData;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.casekeep.kernel.pii.PiiCategory;
import org.casekeep.kernel.pii.Sensitivity;
import org.casekeep.kernel.pii.VisibilityScope;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * An individual point of contact (CRM PIA 1.1, item 2). Owned by a component and a user; cell phone and email are
 * seen only by contact viewers of the owning component (PIA 4.1).
 */
@Entity
@Table(schema = "crm", name = "individual")
@PersonalDataRecord(type = Individual.RECORD_TYPE, retention = "CRM_REFERENCE",
		legalBasis = "6 U.S.C. 112(c); SORN DHS/ALL-002 Mailing and Other Lists System",
		source = "CRM PIA 1.1 (individuals)")
class Individual extends AssignedIdEntity {

	static final String RECORD_TYPE = "crm.individual";
	static final String CONTACT_VIEWER = "crm_contact_viewer";

	@Id
	private UUID id;

	@PersonalData(category = PiiCategory.NAME, sensitivity = Sensitivity.LOW, description = "Salutation")
	private @Nullable String salutation;

	@PersonalData(category = PiiCategory.NAME, sensitivity = Sensitivity.LOW, description = "First name")
	private String firstName;

	@PersonalData(category = PiiCategory.NAME, sensitivity = Sensitivity.LOW, description = "Last name")
	private String lastName;

	@PersonalData(category = PiiCategory.PROFESSIONAL, sensitivity = Sensitivity.LOW, description = "Title")
	private @Nullable String title;

	private @Nullable UUID organizationId;

	@PersonalData(category = PiiCategory.PROFESSIONAL, sensitivity = Sensitivity.LOW, description = "Organization")
	private @Nullable String organizationName;

	@PersonalData(category = PiiCategory.CONTACT, sensitivity = Sensitivity.LOW, description = "Work phone")
	private @Nullable String workPhone;

	@PersonalData(category = PiiCategory.CONTACT, sensitivity = Sensitivity.MODERATE, visibleTo = CONTACT_VIEWER,
			scope = VisibilityScope.OWNING_COMPONENT, description = "Cell phone (PIA 4.1: not shared with all offices)")
	private @Nullable String cellPhone;

	@PersonalData(category = PiiCategory.CONTACT, sensitivity = Sensitivity.MODERATE, visibleTo = CONTACT_VIEWER,
			scope = VisibilityScope.OWNING_COMPONENT, description = "Email address (PIA 4.1: not shared with all offices)")
	private @Nullable String email;

	@PersonalData(category = PiiCategory.CONTACT, sensitivity = Sensitivity.LOW, description = "Work address, street")
	private @Nullable String street1;

	@PersonalData(category = PiiCategory.CONTACT, sensitivity = Sensitivity.LOW, description = "Work address, line 2")
	private @Nullable String street2;

	@PersonalData(category = PiiCategory.CONTACT, sensitivity = Sensitivity.LOW, description = "Work address, city")
	private @Nullable String city;

	@PersonalData(category = PiiCategory.CONTACT, sensitivity = Sensitivity.LOW, description = "Work address, state")
	private @Nullable String state;

	@PersonalData(category = PiiCategory.CONTACT, sensitivity = Sensitivity.LOW, description = "Work address, ZIP code")
	private @Nullable String zip;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> issues = new ArrayList<>();

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.LOW,
			description = "Generic interests (e.g. uses social media)")
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> interests = new ArrayList<>();

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.MODERATE,
			description = "Notes (PIA 1.1: never race, ethnicity or religion)")
	private @Nullable String notes;

	private String owningComponent;

	private String ownerUsername;

	private @Nullable Instant lastContactedAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Individual() {
	}

	Individual(String owningComponent, String ownerUsername, Instant now) {
		this.id = UUID.randomUUID();
		this.owningComponent = owningComponent;
		this.ownerUsername = ownerUsername;
		this.createdAt = now;
		this.updatedAt = now;
	}

	@Override
	public UUID getId() { return id; }
	@Nullable String getSalutation() { return salutation; }
	String getFirstName() { return firstName; }
	String getLastName() { return lastName; }
	@Nullable String getTitle() { return title; }
	@Nullable UUID getOrganizationId() { return organizationId; }
	@Nullable String getOrganizationName() { return organizationName; }
	@Nullable String getWorkPhone() { return workPhone; }
	@Nullable String getCellPhone() { return cellPhone; }
	@Nullable String getEmail() { return email; }
	@Nullable String getStreet1() { return street1; }
	@Nullable String getStreet2() { return street2; }
	@Nullable String getCity() { return city; }
	@Nullable String getState() { return state; }
	@Nullable String getZip() { return zip; }
	List<String> getIssues() { return List.copyOf(issues); }
	List<String> getInterests() { return List.copyOf(interests); }
	@Nullable String getNotes() { return notes; }
	String getOwningComponent() { return owningComponent; }
	String getOwnerUsername() { return ownerUsername; }
	@Nullable Instant getLastContactedAt() { return lastContactedAt; }
	Instant getCreatedAt() { return createdAt; }
	Instant getUpdatedAt() { return updatedAt; }
	long getVersion() { return version; }

	/**
	 * Applies validated, normalised values.
	 * @return the names of the fields whose value changed, for the audit entry (names only, never values).
	 */
	List<String> apply(IndividualValues values, Instant now) {
		List<String> changed = new ArrayList<>();
		salutation = set("salutation", salutation, values.salutation(), changed);
		firstName = set("firstName", firstName, values.firstName(), changed);
		lastName = set("lastName", lastName, values.lastName(), changed);
		title = set("title", title, values.title(), changed);
		organizationId = set("organizationId", organizationId, values.organizationId(), changed);
		organizationName = set("organizationName", organizationName, values.organizationName(), changed);
		workPhone = set("workPhone", workPhone, values.workPhone(), changed);
		cellPhone = set("cellPhone", cellPhone, values.cellPhone(), changed);
		email = set("email", email, values.email(), changed);
		street1 = set("street1", street1, values.street1(), changed);
		street2 = set("street2", street2, values.street2(), changed);
		city = set("city", city, values.city(), changed);
		state = set("state", state, values.state(), changed);
		zip = set("zip", zip, values.zip(), changed);
		List<String> newIssues = values.issues().stream().map(Issue::name).sorted().toList();
		if (!newIssues.equals(issues)) {
			issues = new ArrayList<>(newIssues);
			changed.add("issues");
		}
		if (!values.interests().equals(interests)) {
			interests = new ArrayList<>(values.interests());
			changed.add("interests");
		}
		notes = set("notes", notes, values.notes(), changed);
		if (!changed.isEmpty()) {
			updatedAt = now;
		}
		return changed;
	}

	void contactedAt(Instant when) {
		if (lastContactedAt == null || when.isAfter(lastContactedAt)) {
			lastContactedAt = when;
		}
	}

	private static <T> T set(String name, T current, T next, List<String> changed) {
		if (!java.util.Objects.equals(current, next)) {
			changed.add(name);
		}
		return next;
	}
}
