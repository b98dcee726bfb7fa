package org.casekeep.correspondence.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.casekeep.correspondence.events.CorrespondenceReceived;
import org.casekeep.correspondence.office.OfficeRoles;
import org.casekeep.kernel.pii.PersonalData;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.casekeep.kernel.pii.PiiCategory;
import org.casekeep.kernel.pii.Sensitivity;
import org.casekeep.kernel.pii.VisibilityScope;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.kernel.values.PhoneNumber;
import org.casekeep.kernel.values.PostalAddress;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.jspecify.annotations.Nullable;

/**
 * A piece of correspondence and its one correspondent (PIA 2.1, 2.2), owned by the component that took it in.
 * Contact details are seen across components that may read the record; the A-Number only by the Executive
 * Secretariat and action officers of the owning component (PIA 2.5: SPII is collected only when needed), and it is
 * never exported. The correspondent's address and phones are the kernel's value types, which declare their personal
 * data once; the fields here refine that for the correspondent.
 */
@Entity
@Table(schema = "correspondence", name = "correspondence")
@PersonalDataRecord(type = Correspondence.RECORD_TYPE, retention = "N1_563_07_001",
		legalBasis = "5 U.S.C. 301; 6 U.S.C. 112; SORN DHS/ALL-016 Correspondence Records",
		source = "Correspondence PIA 2.1, 2.2 (correspondent and subject data)")
class Correspondence {

	static final String RECORD_TYPE = "correspondence.correspondence";

	/** Which of the correspondent's addresses the record holds (PIA 2.1: mailing, work or home address). */
	enum AddressKind { MAILING, WORK, HOME }

	@Id
	private UUID id;

	private String referenceNumber;

	@Embedded
	private Arrival arrival;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.LOW, description = "Subject")
	private String subject;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.MODERATE,
			description = "Text of the correspondence (SPII redacted unless kept with a justification, PIA 3.4)")
	private @Nullable String body;

	private boolean bodyExtraneous;
	private String owningComponent;
	private String createdBy;
	private Instant createdAt;
	private Instant updatedAt;

	@Enumerated(EnumType.STRING)
	private CorrespondenceStatus status;

	private String retentionSchedule;
	private @Nullable Instant closedAt;

	@Enumerated(EnumType.STRING)
	private @Nullable ClosureReason closureReason;

	@PersonalData(category = PiiCategory.NAME, sensitivity = Sensitivity.LOW, description = "Correspondent prefix")
	private @Nullable String prefix;

	@PersonalData(category = PiiCategory.NAME, sensitivity = Sensitivity.LOW, description = "Correspondent first name")
	private @Nullable String firstName;

	@PersonalData(category = PiiCategory.NAME, sensitivity = Sensitivity.LOW, description = "Correspondent middle name")
	private @Nullable String middleName;

	@PersonalData(category = PiiCategory.NAME, sensitivity = Sensitivity.LOW, description = "Correspondent last name")
	private @Nullable String lastName;

	@PersonalData(category = PiiCategory.NAME, sensitivity = Sensitivity.LOW, description = "Correspondent suffix")
	private @Nullable String suffix;

	@PersonalData(category = PiiCategory.PROFESSIONAL, sensitivity = Sensitivity.LOW, description = "Correspondent title")
	private @Nullable String title;

	@PersonalData(category = PiiCategory.PROFESSIONAL, sensitivity = Sensitivity.LOW,
			description = "Correspondent organization")
	private @Nullable String organization;

	@Embedded
	@EmbeddedColumnNaming("home_phone_%s")
	@PersonalData(sensitivity = Sensitivity.MODERATE, description = "Home phone")
	private @Nullable PhoneNumber homePhone;

	@Embedded
	@EmbeddedColumnNaming("business_phone_%s")
	@PersonalData(description = "Business phone")
	private @Nullable PhoneNumber businessPhone;

	@Embedded
	@EmbeddedColumnNaming("mobile_phone_%s")
	@PersonalData(sensitivity = Sensitivity.MODERATE, description = "Mobile phone")
	private @Nullable PhoneNumber mobilePhone;

	@Embedded
	@EmbeddedColumnNaming("fax_%s")
	@PersonalData(description = "Fax number")
	private @Nullable PhoneNumber fax;

	@PersonalData(category = PiiCategory.CONTACT, sensitivity = Sensitivity.MODERATE, description = "Email address")
	private @Nullable String email;

	@PersonalData(category = PiiCategory.CONTACT, sensitivity = Sensitivity.LOW, description = "Web address")
	private @Nullable String url;

	@Enumerated(EnumType.STRING)
	private @Nullable AddressKind addressKind;

	/** Moderate as a whole: a home address may be one (PIA 2.1). */
	@Embedded
	@PersonalData(sensitivity = Sensitivity.MODERATE, description = "Correspondent's mailing, work or home address")
	private @Nullable PostalAddress address;

	@PersonalData(category = PiiCategory.IDENTIFIER, sensitivity = Sensitivity.MODERATE,
			description = "Component case number")
	private @Nullable String caseNumber;

	@PersonalData(category = PiiCategory.SENSITIVE_PII, sensitivity = Sensitivity.HIGH,
			visibleTo = { OfficeRoles.EXEC_SEC, OfficeRoles.ACTION_OFFICER },
			scope = VisibilityScope.OWNING_COMPONENT, exportable = false,
			description = "Alien Registration Number (PIA 2.5: only when needed to answer)")
	private @Nullable String aNumber;

	@PersonalData(category = PiiCategory.IDENTIFIER, sensitivity = Sensitivity.MODERATE,
			description = "USCIS receipt number")
	private @Nullable String receiptNumber;

	/** {@literal null} until first stored, so that saving persists rather than merges. */
	@Version
	private @Nullable Long version;

	protected Correspondence() {
	}

	Correspondence(String referenceNumber, IntakeValues values, String owningComponent, String createdBy, Instant now) {
		this.id = UUID.randomUUID();
		this.referenceNumber = referenceNumber;
		this.owningComponent = owningComponent;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
		this.status = CorrespondenceStatus.SPII_REVIEW;
		this.arrival = values.arrival();
		this.subject = values.subject();
		this.body = values.body();
		this.retentionSchedule = values.retentionSchedule().name();
		this.prefix = values.prefix();
		this.firstName = values.firstName();
		this.middleName = values.middleName();
		this.lastName = values.lastName();
		this.suffix = values.suffix();
		this.title = values.title();
		this.organization = values.organization();
		this.homePhone = values.homePhone();
		this.businessPhone = values.businessPhone();
		this.mobilePhone = values.mobilePhone();
		this.fax = values.fax();
		this.email = values.email();
		this.url = values.url();
		this.addressKind = values.addressKind();
		this.address = values.address();
		this.caseNumber = values.caseNumber();
		this.aNumber = values.aNumber();
		this.receiptNumber = values.receiptNumber();
	}

	/** The fields scanned for SPII (PIA 3.4): the texts and the typed identifiers. */
	static final List<String> SCANNED_FIELDS = List.of("subject", "body", "caseNumber", "aNumber", "receiptNumber");

	/** The value of a scanned field, or {@literal null}. */
	@Nullable String scannable(String field) {
		return switch (field) {
			case "subject" -> subject;
			case "body" -> body;
			case "caseNumber" -> caseNumber;
			case "aNumber" -> aNumber;
			case "receiptNumber" -> receiptNumber;
			default -> null;
		};
	}

	/**
	 * Replaces a scanned field with its redacted text. A typed identifier field is removed entirely rather than left
	 * holding a redaction marker: it exists only to hold the identifier.
	 */
	void redactField(String field, String redacted, Instant now) {
		switch (field) {
			case "subject" -> subject = redacted;
			case "body" -> body = redacted;
			case "caseNumber" -> caseNumber = null;
			case "aNumber" -> aNumber = null;
			case "receiptNumber" -> receiptNumber = null;
			default -> throw new IllegalArgumentException("Not a scanned field: " + field);
		}
		updatedAt = now;
	}

	/**
	 * Corrects the correspondent's and the letter's fields to the validated values (PIA 7.2: inaccurate information is
	 * updated by hand, e.g. the spelling of names); the arrival, the schedule and the status do not change.
	 *
	 * @return the names of the fields whose value changed, in the order of {@link #CORRECTABLE}.
	 */
	List<String> correct(IntakeValues v, Instant now) {
		List<String> changed = new java.util.ArrayList<>();
		for (String field : CORRECTABLE) {
			Object before = value(field);
			switch (field) {
				case "subject" -> subject = v.subject();
				case "body" -> body = v.body();
				case "prefix" -> prefix = v.prefix();
				case "firstName" -> firstName = v.firstName();
				case "middleName" -> middleName = v.middleName();
				case "lastName" -> lastName = v.lastName();
				case "suffix" -> suffix = v.suffix();
				case "title" -> title = v.title();
				case "organization" -> organization = v.organization();
				case "homePhone" -> homePhone = v.homePhone();
				case "businessPhone" -> businessPhone = v.businessPhone();
				case "mobilePhone" -> mobilePhone = v.mobilePhone();
				case "fax" -> fax = v.fax();
				case "email" -> email = v.email();
				case "url" -> url = v.url();
				case "caseNumber" -> caseNumber = v.caseNumber();
				case "aNumber" -> aNumber = v.aNumber();
				case "receiptNumber" -> receiptNumber = v.receiptNumber();
				default -> throw new IllegalStateException(field);
			}
			if (!java.util.Objects.equals(before, value(field))) {
				changed.add(field);
			}
		}
		if (!changed.isEmpty()) {
			updatedAt = now;
		}
		return changed;
	}

	/** The fields a correction may change. */
	static final List<String> CORRECTABLE = List.of("subject", "body", "prefix", "firstName", "middleName", "lastName",
			"suffix", "title", "organization", "homePhone", "businessPhone", "mobilePhone", "fax", "email", "url",
			"caseNumber", "aNumber", "receiptNumber");

	/** A correctable field's value as stored. */
	@Nullable Object value(String field) {
		return switch (field) {
			case "subject" -> subject;
			case "body" -> body;
			case "prefix" -> prefix;
			case "firstName" -> firstName;
			case "middleName" -> middleName;
			case "lastName" -> lastName;
			case "suffix" -> suffix;
			case "title" -> title;
			case "organization" -> organization;
			case "homePhone" -> homePhone;
			case "businessPhone" -> businessPhone;
			case "mobilePhone" -> mobilePhone;
			case "fax" -> fax;
			case "email" -> email;
			case "url" -> url;
			case "caseNumber" -> caseNumber;
			case "aNumber" -> aNumber;
			case "receiptNumber" -> receiptNumber;
			default -> null;
		};
	}

	/**
	 * Every finding is decided: the record counts as received from now on.
	 *
	 * @throws InvalidInputException naming {@code status} when no SPII review is pending.
	 */
	void reviewed(boolean extraneousBody, Instant now) {
		moveTo(CorrespondenceStatus.RECEIVED);
		this.bodyExtraneous = extraneousBody;
		this.updatedAt = now;
	}

	/** Nothing sensitive was found: the record counts as received at once. */
	void noSpiiFound() {
		moveTo(CorrespondenceStatus.RECEIVED);
	}

	/** Records review: files the record under another schedule (temporary or permanent). */
	void reschedule(CorrespondenceRetentionSchedule schedule, Instant now) {
		this.retentionSchedule = schedule.name();
		this.updatedAt = now;
	}

	/**
	 * Moves the status on, as the tasker side does (TASKED, RESPONDED, CLOSED). Closing records {@code closedAt}, from
	 * which the schedules anchored on closure count (N1-563-07-001, GRS 5.2, LETS, OCC-PMT); callers re-track
	 * retention in the same transaction.
	 *
	 * @throws InvalidInputException naming {@code status} for a move {@link CorrespondenceStatus#next()} does not
	 * allow, e.g. while the record awaits its SPII review or once it is closed.
	 */
	void advanceTo(CorrespondenceStatus next, Instant now) {
		moveTo(next);
		if (next == CorrespondenceStatus.CLOSED) {
			this.closedAt = now;
		}
		this.updatedAt = now;
	}

	/**
	 * Closes a record no tasker answers, for the reason given (PIA 5.1: it still ends, and its schedule counts).
	 *
	 * @throws WorkflowConflictException unless the record is received and not tasked: a tasked record closes with its
	 * last tasker (closed or cancelled).
	 */
	void closeUnanswered(ClosureReason reason, Instant now) {
		if (status != CorrespondenceStatus.RECEIVED) {
			throw new WorkflowConflictException(referenceNumber + " is " + status.name().toLowerCase(Locale.ROOT)
					.replace('_', ' ') + ": only a record received and not tasked is closed this way; a tasked one "
					+ "closes when its last tasker is closed or cancelled");
		}
		this.closureReason = reason;
		advanceTo(CorrespondenceStatus.CLOSED, now);
	}

	/** The one place the status changes: refused unless the status type allows it, leaving the record as it was. */
	private void moveTo(CorrespondenceStatus next) {
		status.requireMayBecome(next, referenceNumber);
		this.status = next;
	}

	/**
	 * The announcement of a received record to other modules (DESIGN.md cross-module flows): only what the CRM needs
	 * to match the sender and record a contact, nothing that names the letter (see {@link CorrespondenceReceived}).
	 */
	CorrespondenceReceived received() {
		return new CorrespondenceReceived(id, owningComponent, email == null ? null : email.toLowerCase(Locale.ROOT),
				LocalDate.ofInstant(arrival.receivedAt(), ZoneOffset.UTC));
	}

	UUID getId() { return id; }
	String getReferenceNumber() { return referenceNumber; }
	Arrival getArrival() { return arrival; }
	String getSubject() { return subject; }
	@Nullable String getBody() { return body; }
	boolean isBodyExtraneous() { return bodyExtraneous; }
	String getOwningComponent() { return owningComponent; }
	String getCreatedBy() { return createdBy; }
	Instant getCreatedAt() { return createdAt; }
	Instant getUpdatedAt() { return updatedAt; }
	CorrespondenceStatus getStatus() { return status; }
	String getRetentionSchedule() { return retentionSchedule; }
	@Nullable Instant getClosedAt() { return closedAt; }
	@Nullable ClosureReason getClosureReason() { return closureReason; }
	@Nullable String getPrefix() { return prefix; }
	@Nullable String getFirstName() { return firstName; }
	@Nullable String getMiddleName() { return middleName; }
	@Nullable String getLastName() { return lastName; }
	@Nullable String getSuffix() { return suffix; }
	@Nullable String getTitle() { return title; }
	@Nullable String getOrganization() { return organization; }
	@Nullable PhoneNumber getHomePhone() { return homePhone; }
	@Nullable PhoneNumber getBusinessPhone() { return businessPhone; }
	@Nullable PhoneNumber getMobilePhone() { return mobilePhone; }
	@Nullable PhoneNumber getFax() { return fax; }
	@Nullable String getEmail() { return email; }
	@Nullable String getUrl() { return url; }
	@Nullable AddressKind getAddressKind() { return addressKind; }
	@Nullable PostalAddress getAddress() { return address; }
	@Nullable String getCaseNumber() { return caseNumber; }
	@Nullable String getANumber() { return aNumber; }
	@Nullable String getReceiptNumber() { return receiptNumber; }
	long getVersion() { return version == null ? 0 : version; }
}
