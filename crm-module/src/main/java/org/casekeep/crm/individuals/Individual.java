package org.casekeep.crm.individuals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.casekeep.crm.stakeholder.CrmRoles;
import org.casekeep.crm.stakeholder.Stakeholder;
import org.casekeep.kernel.pii.PersonalData;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.casekeep.kernel.pii.PiiCategory;
import org.casekeep.kernel.pii.Sensitivity;
import org.casekeep.kernel.pii.VisibilityScope;
import org.casekeep.kernel.values.PhoneNumber;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * An individual point of contact (CRM PIA 1.1, item 2). Owned by a component and a user; cell phone and email are
 * seen only by contact viewers of the owning component (PIA 4.1). Its work address is the stakeholder's address.
 */
@Entity
@Table(schema = "crm", name = "individual")
@PersonalDataRecord(type = Stakeholder.INDIVIDUAL, retention = Stakeholder.RETENTION,
		legalBasis = Stakeholder.LEGAL_BASIS, source = "CRM PIA 1.1 (individuals)")
class Individual extends Stakeholder {

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

	@Embedded
	@EmbeddedColumnNaming("work_phone_%s")
	@PersonalData(description = "Work phone")
	private @Nullable PhoneNumber workPhone;

	@Embedded
	@EmbeddedColumnNaming("cell_phone_%s")
	@PersonalData(sensitivity = Sensitivity.MODERATE, visibleTo = CrmRoles.CONTACT_VIEWER,
			scope = VisibilityScope.OWNING_COMPONENT, description = "Cell phone (PIA 4.1: not shared with all offices)")
	private @Nullable PhoneNumber cellPhone;

	@PersonalData(category = PiiCategory.CONTACT, sensitivity = Sensitivity.MODERATE, visibleTo = CrmRoles.CONTACT_VIEWER,
			scope = VisibilityScope.OWNING_COMPONENT, description = "Email address (PIA 4.1: not shared with all offices)")
	private @Nullable String email;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.LOW,
			description = "Generic interests (e.g. uses social media)")
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> interests = new ArrayList<>();

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.MODERATE,
			description = "Notes (PIA 1.1: never race, ethnicity or religion)")
	private @Nullable String notes;

	private @Nullable Instant lastContactedAt;

	/**
	 * Whether the notice the person was given allows contact for customer research (customer research PIA,
	 * "Recruiting Participants"); false unless a user records that it does. Not personal data by itself.
	 */
	private boolean researchContactAllowed;

	/** The day that notice was given; required when it allows research contact. */
	private @Nullable LocalDate researchNoticeGivenOn;

	protected Individual() {
	}

	Individual(String owningComponent, String ownerUsername, Instant now) {
		super(owningComponent, ownerUsername, now);
	}

	@Override
	public String recordType() {
		return INDIVIDUAL;
	}

	@Nullable String getSalutation() { return salutation; }
	String getFirstName() { return firstName; }
	String getLastName() { return lastName; }
	@Nullable String getTitle() { return title; }
	@Nullable UUID getOrganizationId() { return organizationId; }
	@Nullable String getOrganizationName() { return organizationName; }
	@Nullable PhoneNumber getWorkPhone() { return workPhone; }
	@Nullable PhoneNumber getCellPhone() { return cellPhone; }
	@Nullable String getEmail() { return email; }
	List<String> getInterests() { return List.copyOf(interests); }
	@Nullable String getNotes() { return notes; }
	@Nullable Instant getLastContactedAt() { return lastContactedAt; }
	boolean isResearchContactAllowed() { return researchContactAllowed; }
	@Nullable LocalDate getResearchNoticeGivenOn() { return researchNoticeGivenOn; }

	/**
	 * Applies validated, normalised values.
	 * @return the names of the fields whose value changed, for the audit entry (names only, never values).
	 */
	List<String> apply(IndividualValues values, Instant now) {
		List<String> changed = new ArrayList<>();
		salutation = change("salutation", salutation, values.salutation(), changed);
		firstName = change("firstName", firstName, values.firstName(), changed);
		lastName = change("lastName", lastName, values.lastName(), changed);
		title = change("title", title, values.title(), changed);
		organizationId = change("organizationId", organizationId, values.organizationId(), changed);
		organizationName = change("organizationName", organizationName, values.organizationName(), changed);
		workPhone = change("workPhone", workPhone, values.workPhone(), changed);
		cellPhone = change("cellPhone", cellPhone, values.cellPhone(), changed);
		email = change("email", email, values.email(), changed);
		applyShared(values.address(), values.issues(), changed);
		if (!values.interests().equals(interests)) {
			interests = new ArrayList<>(values.interests());
			changed.add("interests");
		}
		notes = change("notes", notes, values.notes(), changed);
		researchContactAllowed = change("researchContactAllowed", researchContactAllowed,
				values.researchContactAllowed(), changed);
		researchNoticeGivenOn = change("researchNoticeGivenOn", researchNoticeGivenOn, values.researchNoticeGivenOn(),
				changed);
		return touched(changed, now);
	}

	/**
	 * Moves the most recent contact (PIA 1.1: shown in the contact history section) to {@code when}, if later.
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
