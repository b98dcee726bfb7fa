package org.casekeep.detention.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.db.AssignedIdEntity;
import org.casekeep.kernel.pii.PersonalData;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.casekeep.kernel.pii.PiiCategory;
import org.casekeep.kernel.pii.Sensitivity;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A complaint to OIDO, by or on behalf of a person in immigration detention, from any channel (PIA overview, 2.2).
 * Every data element of PIA 2.1 is declared here once. What was received is kept as received (PIA 2.4): nothing
 * here changes the submitted data after intake; triage adds its outcome beside it. The complaint guards its own
 * transitions: only a received complaint is triaged, once.
 */
@Entity
@Table(schema = "detention", name = "complaint")
@PersonalDataRecord(type = Complaint.RECORD_TYPE, retention = Complaint.RETENTION, legalBasis = Complaint.LEGAL_BASIS,
		source = "OIDO PIA 2.1 (individual complaints)")
class Complaint extends AssignedIdEntity implements ComplaintCase {

	static final String RECORD_TYPE = ComplaintRecords.RECORD_TYPE;

	/** PIA 1.4, 5.1: no approved schedule; kept until one is (seeded by changeset detention-retention-schedule). */
	static final String RETENTION = "OIDO_UNSCHEDULED";

	/** PIA 1.1-1.2. */
	static final String LEGAL_BASIS = "Consolidated Appropriations Act 2020, Pub. L. 116-93, sec. 106; SORN DHS/ALL-020 "
			+ "Internal Affairs and DHS/ALL-025 (interim)";

	@Id
	private UUID id;

	@PersonalData(category = PiiCategory.IDENTIFIER, sensitivity = Sensitivity.LOW,
			description = "Unique case identification number")
	private String caseNumber;

	@Version
	private long version;

	private Instant createdAt;

	private Instant updatedAt;

	/** The OIDO staff member who entered it (PIA 8.1: intake staff create complaints). */
	private String createdBy;

	// Not personal data by themselves: how and when it came, and whether the paper original was destroyed (PIA 5.2).
	@Enumerated(EnumType.STRING)
	private Channel channel;

	private LocalDate receivedOn;

	private @Nullable LocalDate paperOriginalDestroyedOn;

	/** PIA footnote 2: anonymous complaints are handled like all others, without feedback. */
	private boolean anonymous;

	@Enumerated(EnumType.STRING)
	private @Nullable SubmitterRole submitterRole;

	@PersonalData(category = PiiCategory.NAME, description = "Submitter's full legal name")
	private @Nullable String submitterName;

	@PersonalData(category = PiiCategory.NAME, description = "Submitter's aliases")
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> submitterAliases = new ArrayList<>();

	@PersonalData(category = PiiCategory.CONTACT, description = "Submitter's mailing address")
	private @Nullable String submitterMailingAddress;

	@PersonalData(category = PiiCategory.CONTACT, description = "Submitter's email address")
	private @Nullable String submitterEmail;

	@PersonalData(category = PiiCategory.CONTACT, description = "Submitter's phone number")
	private @Nullable String submitterPhone;

	@PersonalData(category = PiiCategory.CONTACT, description = "Submitter's fax number")
	private @Nullable String submitterFax;

	@PersonalData(category = PiiCategory.PROFESSIONAL, sensitivity = Sensitivity.LOW,
			description = "Law firm or organization of an attorney or accredited representative")
	private @Nullable String submitterOrganization;

	@PersonalData(category = PiiCategory.NAME, description = "Detainee's full legal name")
	private @Nullable String detaineeName;

	@PersonalData(category = PiiCategory.NAME, description = "Detainee's aliases")
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> detaineeAliases = new ArrayList<>();

	@PersonalData(category = PiiCategory.SENSITIVE_PII, sensitivity = Sensitivity.HIGH, description = "Detainee's A-Number")
	private @Nullable String aNumber;

	@PersonalData(category = PiiCategory.CONTACT, description = "Detainee's mailing address")
	private @Nullable String detaineeMailingAddress;

	@PersonalData(category = PiiCategory.CONTACT, description = "Detainee's email address")
	private @Nullable String detaineeEmail;

	@PersonalData(category = PiiCategory.CONTACT, description = "Detainee's phone number")
	private @Nullable String detaineePhone;

	@PersonalData(category = PiiCategory.DEMOGRAPHIC, description = "Detainee's sex")
	@Enumerated(EnumType.STRING)
	private @Nullable Sex sex;

	@PersonalData(category = PiiCategory.SENSITIVE_PII, sensitivity = Sensitivity.HIGH,
			description = "Detainee's transgender status")
	@Enumerated(EnumType.STRING)
	private @Nullable TransgenderStatus transgenderStatus;

	@PersonalData(category = PiiCategory.DEMOGRAPHIC, sensitivity = Sensitivity.HIGH, description = "Detainee's date of birth")
	private @Nullable LocalDate dateOfBirth;

	@PersonalData(category = PiiCategory.DEMOGRAPHIC, description = "Detainee's country of birth")
	private @Nullable String countryOfBirth;

	@PersonalData(category = PiiCategory.DEMOGRAPHIC, description = "Detainee's countries of citizenship")
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> citizenships = new ArrayList<>();

	@PersonalData(category = PiiCategory.SENSITIVE_PII, sensitivity = Sensitivity.HIGH,
			description = "Detainee's detention history: facility and dates detained")
	@ElementCollection
	@CollectionTable(schema = "detention", name = "complaint_detention_stay",
			joinColumns = @JoinColumn(name = "complaint_id"))
	@OrderColumn(name = "position")
	private List<DetentionStay> detentionHistory = new ArrayList<>();

	@PersonalData(category = PiiCategory.SENSITIVE_PII, description = "Incident date")
	private @Nullable LocalDate incidentDate;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.HIGH,
			description = "Complaint description (SPII-scanned at intake; unsolicited identifiers offered for redaction)")
	private String description;

	/** The kinds of unsolicited identifiers found in the description at intake; kinds only, never values. */
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> descriptionFindings = new ArrayList<>();

	/** Whether intake staff accepted the redaction of those findings before it was stored. */
	private boolean descriptionRedacted;

	@PersonalData(category = PiiCategory.SENSITIVE_PII, description = "Complaint categories (may reveal medical or "
			+ "disability concerns)")
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> categories = new ArrayList<>();

	@PersonalData(category = PiiCategory.FREE_TEXT, description = "Another category, in words")
	private @Nullable String otherCategory;

	@PersonalData(category = PiiCategory.DEMOGRAPHIC, description = "Subject of the inquiry (adult, family unit, minor child)")
	@Enumerated(EnumType.STRING)
	private @Nullable SubjectOfInquiry subjectOfInquiry;

	@PersonalData(category = PiiCategory.NAME, description = "Names of other family members involved")
	private @Nullable String otherFamilyMembers;

	@PersonalData(category = PiiCategory.FREE_TEXT, description = "Prior actions taken to remedy the problem")
	private @Nullable String priorActions;

	/** PIA 4.2-4.3: consent to investigate and share as necessary. Not personal data by itself. */
	private boolean consentToInvestigate;

	/** PIA 2.1: consent to disclose to a designated representative. Not personal data by itself. */
	private boolean consentToRepresentative;

	@PersonalData(category = PiiCategory.NAME, description = "Designated representative the detainee consents to disclose to")
	private @Nullable String designatedRepresentative;

	@PersonalData(category = PiiCategory.NAME,
			description = "Verification statement: name of the subject or authorized representative who signed it")
	private @Nullable String verificationSignedBy;

	/** The day the verification statement was signed. Not personal data by itself. */
	private @Nullable LocalDate verificationSignedOn;

	// Triage (OIDO PIA overview): OIDO's own facts, added beside what was received.
	@Enumerated(EnumType.STRING)
	private ComplaintStatus status;

	private boolean emergency;

	private @Nullable Instant emergencyFlaggedAt;

	@Enumerated(EnumType.STRING)
	private @Nullable Jurisdiction jurisdiction;

	private @Nullable String assignedAnalyst;

	private @Nullable UUID mergedInto;

	@Enumerated(EnumType.STRING)
	private @Nullable ReferralAgency referredTo;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> confidentialityProtections = new ArrayList<>();

	@PersonalData(category = PiiCategory.FREE_TEXT, description = "Reason a complaint was declined")
	private @Nullable String declineReason;

	private @Nullable String triagedBy;

	private @Nullable Instant triagedAt;

	// Case work (OIDO PIA overview).
	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.HIGH,
			description = "Corrections of the data as received, with who, when and why (PIA 7.2)")
	@ElementCollection
	@CollectionTable(schema = "detention", name = "complaint_correction", joinColumns = @JoinColumn(name = "complaint_id"))
	@OrderColumn(name = "position")
	private List<Correction> corrections = new ArrayList<>();

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.HIGH,
			description = "Analysts' research notes")
	@ElementCollection
	@CollectionTable(schema = "detention", name = "complaint_research_note",
			joinColumns = @JoinColumn(name = "complaint_id"))
	@OrderColumn(name = "position")
	private List<ResearchNote> researchNotes = new ArrayList<>();

	@PersonalData(category = PiiCategory.FREE_TEXT, description = "Resolution of the complaint")
	private @Nullable String resolution;

	/**
	 * The Argon2id hash of the one-time receipt code of a complaint filed on the portal, never the code: its submitter
	 * follows up with it without an account (PIA footnote 2). Not personal data by itself.
	 */
	private @Nullable String receiptCodeHash;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.HIGH,
			description = "What the submitter added through the portal after filing, as received (PIA 2.4)")
	@ElementCollection
	@CollectionTable(schema = "detention", name = "complaint_submitter_addition",
			joinColumns = @JoinColumn(name = "complaint_id"))
	@OrderColumn(name = "position")
	private List<SubmitterAddition> submitterAdditions = new ArrayList<>();

	private @Nullable Instant closedAt;

	private @Nullable String closedBy;

	/**
	 * The elements of a complaint as received that a correction may name (PIA 7.2): every field declared as personal
	 * data here except OIDO's own (the case number, triage and case work). Read from the declarations themselves.
	 */
	static final java.util.Set<String> CORRECTABLE = java.util.Arrays.stream(Complaint.class.getDeclaredFields())
		.filter(f -> f.isAnnotationPresent(PersonalData.class))
		.map(java.lang.reflect.Field::getName)
		.filter(name -> !java.util.Set.of("caseNumber", "declineReason", "corrections", "researchNotes", "resolution",
				"submitterAdditions")
			.contains(name))
		.collect(java.util.stream.Collectors.toUnmodifiableSet());

	protected Complaint() {
	}

	/** A complaint as received, with its case number; received, awaiting triage. */
	Complaint(String caseNumber, ComplaintValues v, String createdBy, Instant now) {
		this(caseNumber, v, createdBy, now, null);
	}

	/** A complaint filed on the portal, with the hash of its receipt code (never the code). */
	Complaint(String caseNumber, ComplaintValues v, String createdBy, Instant now, @Nullable String receiptCodeHash) {
		this.receiptCodeHash = receiptCodeHash;
		this.id = UUID.randomUUID();
		this.caseNumber = caseNumber;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
		this.status = ComplaintStatus.RECEIVED;
		this.channel = v.channel();
		this.receivedOn = v.receivedOn();
		this.paperOriginalDestroyedOn = v.paperOriginalDestroyedOn();
		this.anonymous = v.anonymous();
		this.submitterRole = v.submitterRole();
		this.submitterName = v.submitterName();
		this.submitterAliases = new ArrayList<>(v.submitterAliases());
		this.submitterMailingAddress = v.submitterMailingAddress();
		this.submitterEmail = v.submitterEmail();
		this.submitterPhone = v.submitterPhone();
		this.submitterFax = v.submitterFax();
		this.submitterOrganization = v.submitterOrganization();
		this.detaineeName = v.detaineeName();
		this.detaineeAliases = new ArrayList<>(v.detaineeAliases());
		this.aNumber = v.aNumber();
		this.detaineeMailingAddress = v.detaineeMailingAddress();
		this.detaineeEmail = v.detaineeEmail();
		this.detaineePhone = v.detaineePhone();
		this.sex = v.sex();
		this.transgenderStatus = v.transgenderStatus();
		this.dateOfBirth = v.dateOfBirth();
		this.countryOfBirth = v.countryOfBirth();
		this.citizenships = new ArrayList<>(v.citizenships());
		this.detentionHistory = new ArrayList<>(v.detentionHistory());
		this.incidentDate = v.incidentDate();
		this.description = v.description();
		this.descriptionFindings = new ArrayList<>(v.descriptionFindings());
		this.descriptionRedacted = v.descriptionRedacted();
		this.categories = v.categories().stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.toCollection(ArrayList::new));
		this.otherCategory = v.otherCategory();
		this.subjectOfInquiry = v.subjectOfInquiry();
		this.otherFamilyMembers = v.otherFamilyMembers();
		this.priorActions = v.priorActions();
		this.consentToInvestigate = v.consentToInvestigate();
		this.consentToRepresentative = v.consentToRepresentative();
		this.designatedRepresentative = v.designatedRepresentative();
		this.verificationSignedBy = v.verificationSignedBy();
		this.verificationSignedOn = v.verificationSignedOn();
	}

	/** The names of the declared and other fields given at intake, for the audit entry (names only). */
	List<String> givenFields() {
		List<String> given = new ArrayList<>(List.of("caseNumber", "channel", "receivedOn", "description"));
		addIf(given, "submitterName", submitterName);
		addIf(given, "submitterAliases", submitterAliases.isEmpty() ? null : submitterAliases);
		addIf(given, "submitterMailingAddress", submitterMailingAddress);
		addIf(given, "submitterEmail", submitterEmail);
		addIf(given, "submitterPhone", submitterPhone);
		addIf(given, "submitterFax", submitterFax);
		addIf(given, "submitterOrganization", submitterOrganization);
		addIf(given, "detaineeName", detaineeName);
		addIf(given, "detaineeAliases", detaineeAliases.isEmpty() ? null : detaineeAliases);
		addIf(given, "aNumber", aNumber);
		addIf(given, "detaineeMailingAddress", detaineeMailingAddress);
		addIf(given, "detaineeEmail", detaineeEmail);
		addIf(given, "detaineePhone", detaineePhone);
		addIf(given, "sex", sex);
		addIf(given, "transgenderStatus", transgenderStatus);
		addIf(given, "dateOfBirth", dateOfBirth);
		addIf(given, "countryOfBirth", countryOfBirth);
		addIf(given, "citizenships", citizenships.isEmpty() ? null : citizenships);
		addIf(given, "detentionHistory", detentionHistory.isEmpty() ? null : detentionHistory);
		addIf(given, "incidentDate", incidentDate);
		addIf(given, "categories", categories.isEmpty() ? null : categories);
		addIf(given, "otherCategory", otherCategory);
		addIf(given, "subjectOfInquiry", subjectOfInquiry);
		addIf(given, "otherFamilyMembers", otherFamilyMembers);
		addIf(given, "priorActions", priorActions);
		addIf(given, "designatedRepresentative", designatedRepresentative);
		addIf(given, "verificationSignedBy", verificationSignedBy);
		return given;
	}

	private static void addIf(List<String> names, String name, @Nullable Object value) {
		if (value != null) {
			names.add(name);
		}
	}

	@Override
	public UUID getId() {
		return id;
	}

	@Override
	public ComplaintId id() {
		return new ComplaintId(id);
	}

	@Override
	public String caseNumber() {
		return caseNumber;
	}

	@Override
	public ComplaintStatus status() {
		return status;
	}

	@Override
	public long version() {
		return version;
	}

	@Override
	public @Nullable String aNumber() {
		return aNumber;
	}

	@Override
	public @Nullable String detaineeName() {
		return detaineeName;
	}

	@Override
	public @Nullable LocalDate dateOfBirth() {
		return dateOfBirth;
	}

	@Override
	public boolean consentToInvestigate() {
		return consentToInvestigate;
	}

	@Override
	public boolean consentToRepresentative() {
		return consentToRepresentative;
	}

	@Override
	public boolean emergency() {
		return emergency;
	}

	/** Owned by OIDO; its owner is who entered it, its assignee the analyst (need-to-know, PIA 8.3). */
	@Override
	public RecordFacts facts() {
		return new RecordFacts(RECORD_TYPE, id.toString(), OidoRoles.COMPONENT, createdBy,
				assignedAnalyst == null ? Set.of() : Set.of(assignedAnalyst));
	}

	@Override
	public boolean flagEmergency(Instant now) {
		if (emergency) {
			return false;
		}
		emergency = true;
		emergencyFlaggedAt = now;
		updatedAt = now;
		return true;
	}

	@Override
	public List<String> recordJurisdiction(Jurisdiction newJurisdiction, String by, Instant now) {
		requireReceived("record the jurisdiction of");
		jurisdiction = newJurisdiction;
		updatedAt = now;
		return List.of("jurisdiction");
	}

	@Override
	public List<String> accept(String analyst, String by, Instant now) {
		requireReceived("accept");
		if (!consentToInvestigate) {
			// PIA 4.3: the intake form asks for consent to investigate and share as necessary.
			throw new WorkflowConflictException("Complaint " + caseNumber + " has no consent to investigate on record; "
					+ "obtain it from the submitter before accepting, or refer or decline it");
		}
		if (jurisdiction == Jurisdiction.OUTSIDE_PURVIEW) {
			throw new WorkflowConflictException("Complaint " + caseNumber + " is outside OIDO's purview; refer it instead");
		}
		assignedAnalyst = analyst;
		return triaged(ComplaintStatus.ACCEPTED, by, now, "assignedAnalyst");
	}

	@Override
	public List<String> mergeInto(ComplaintId duplicateOf, String by, Instant now) {
		requireReceived("merge");
		if (duplicateOf.value().equals(id)) {
			throw new WorkflowConflictException("A complaint cannot be merged into itself");
		}
		mergedInto = duplicateOf.value();
		return triaged(ComplaintStatus.MERGED, by, now, "mergedInto");
	}

	@Override
	public List<String> refer(ReferralAgency agency, Set<ConfidentialityProtection> protections, String by, Instant now) {
		requireReceived("refer");
		referredTo = agency;
		confidentialityProtections = protections.stream().map(Enum::name).sorted()
			.collect(java.util.stream.Collectors.toCollection(ArrayList::new));
		return triaged(ComplaintStatus.REFERRED, by, now, "referredTo", "confidentialityProtections");
	}

	@Override
	public List<String> correct(String field, @Nullable String correctedValue, String reason, String by, Instant now) {
		if (!CORRECTABLE.contains(field)) {
			throw InvalidInputException.of("field", "Choose an element of the complaint as received");
		}
		if (reason.isBlank()) {
			throw InvalidInputException.of("reason", "Say why the element is corrected (PIA 7.2)");
		}
		corrections.add(new Correction(field, correctedValue == null || correctedValue.isBlank() ? null : correctedValue,
				reason, by, now));
		updatedAt = now;
		return List.of("corrections");
	}

	@Override
	public List<String> addResearchNote(String text, String by, Instant now) {
		if (status == ComplaintStatus.CLOSED) {
			throw new WorkflowConflictException("Complaint " + caseNumber + " is closed; reopen it to add research notes");
		}
		researchNotes.add(new ResearchNote(text, by, now));
		updatedAt = now;
		return List.of("researchNotes");
	}

	@Override
	public List<String> close(String newResolution, String by, Instant now) {
		if (status != ComplaintStatus.ACCEPTED) {
			throw new WorkflowConflictException("Only an accepted complaint is resolved and closed; complaint "
					+ caseNumber + " is " + status.label().toLowerCase(java.util.Locale.ROOT));
		}
		status = ComplaintStatus.CLOSED;
		resolution = newResolution;
		closedAt = now;
		closedBy = by;
		updatedAt = now;
		return List.of("status", "resolution");
	}

	@Override
	public List<String> reopen(String reason, String by, Instant now) {
		if (status != ComplaintStatus.CLOSED) {
			throw new WorkflowConflictException("Only a closed complaint is reopened; complaint " + caseNumber + " is "
					+ status.label().toLowerCase(java.util.Locale.ROOT));
		}
		status = ComplaintStatus.ACCEPTED;
		closedAt = null;
		closedBy = null;
		researchNotes.add(new ResearchNote("Reopened: " + reason, by, now));
		updatedAt = now;
		return List.of("status", "researchNotes");
	}

	@Override
	public List<String> decline(String reason, String by, Instant now) {
		requireReceived("decline");
		if (reason.isBlank()) {
			throw InvalidInputException.of("reason", "Say why the complaint is declined");
		}
		declineReason = reason;
		return triaged(ComplaintStatus.DECLINED, by, now, "declineReason");
	}

	private void requireReceived(String step) {
		if (status != ComplaintStatus.RECEIVED) {
			throw new WorkflowConflictException("Cannot " + step + " complaint " + caseNumber + ": it is already "
					+ status.label().toLowerCase(java.util.Locale.ROOT));
		}
	}

	private List<String> triaged(ComplaintStatus outcome, String by, Instant now, String... fields) {
		status = outcome;
		triagedBy = by;
		triagedAt = now;
		updatedAt = now;
		List<String> changed = new ArrayList<>(List.of("status"));
		changed.addAll(List.of(fields));
		return List.copyOf(changed);
	}

	/**
	 * Appends what the submitter added through the portal, as received (PIA 2.4): the complaint as filed stays as it
	 * was. Accepted whatever the status: submitters may update their case at any time (PIA 7.3).
	 */
	List<String> appendFromSubmitter(@Nullable String text, @Nullable UUID documentId, Instant now) {
		if ((text == null || text.isBlank()) && documentId == null) {
			throw InvalidInputException.of("text", "Write something or choose a file");
		}
		submitterAdditions.add(new SubmitterAddition(text == null || text.isBlank() ? null : text.strip(), documentId, now));
		updatedAt = now;
		return List.of("submitterAdditions");
	}

	// Getters for views (package-private).
	@Nullable String receiptCodeHash() { return receiptCodeHash; }
	List<SubmitterAddition> submitterAdditions() { return List.copyOf(submitterAdditions); }
	Instant createdAt() { return createdAt; }
	Instant updatedAt() { return updatedAt; }
	String createdBy() { return createdBy; }
	Channel channel() { return channel; }
	LocalDate receivedOn() { return receivedOn; }
	@Nullable LocalDate paperOriginalDestroyedOn() { return paperOriginalDestroyedOn; }
	boolean anonymous() { return anonymous; }
	@Nullable SubmitterRole submitterRole() { return submitterRole; }
	@Nullable String submitterName() { return submitterName; }
	List<String> submitterAliases() { return List.copyOf(submitterAliases); }
	@Nullable String submitterMailingAddress() { return submitterMailingAddress; }
	@Nullable String submitterEmail() { return submitterEmail; }
	@Nullable String submitterPhone() { return submitterPhone; }
	@Nullable String submitterFax() { return submitterFax; }
	@Nullable String submitterOrganization() { return submitterOrganization; }
	@Override
	public List<String> detaineeAliases() { return List.copyOf(detaineeAliases); }
	@Nullable String detaineeMailingAddress() { return detaineeMailingAddress; }
	@Nullable String detaineeEmail() { return detaineeEmail; }
	@Nullable String detaineePhone() { return detaineePhone; }
	@Nullable Sex sex() { return sex; }
	@Nullable TransgenderStatus transgenderStatus() { return transgenderStatus; }
	@Nullable String countryOfBirth() { return countryOfBirth; }
	List<String> citizenships() { return List.copyOf(citizenships); }
	List<DetentionStay> detentionHistory() { return List.copyOf(detentionHistory); }
	@Nullable LocalDate incidentDate() { return incidentDate; }
	String description() { return description; }
	List<String> descriptionFindings() { return List.copyOf(descriptionFindings); }
	boolean descriptionRedacted() { return descriptionRedacted; }
	List<String> categories() { return List.copyOf(categories); }
	@Nullable String otherCategory() { return otherCategory; }
	@Nullable SubjectOfInquiry subjectOfInquiry() { return subjectOfInquiry; }
	@Nullable String otherFamilyMembers() { return otherFamilyMembers; }
	@Nullable String priorActions() { return priorActions; }
	@Nullable String designatedRepresentative() { return designatedRepresentative; }
	@Nullable String verificationSignedBy() { return verificationSignedBy; }
	@Nullable LocalDate verificationSignedOn() { return verificationSignedOn; }
	@Nullable Instant emergencyFlaggedAt() { return emergencyFlaggedAt; }
	@Override
	public @Nullable Jurisdiction jurisdiction() { return jurisdiction; }
	@Nullable String assignedAnalyst() { return assignedAnalyst; }
	@Override
	public @Nullable ComplaintId mergedInto() { return mergedInto == null ? null : new ComplaintId(mergedInto); }
	@Nullable ReferralAgency referredTo() { return referredTo; }
	List<String> confidentialityProtections() { return List.copyOf(confidentialityProtections); }
	@Nullable String declineReason() { return declineReason; }
	@Nullable String triagedBy() { return triagedBy; }
	@Nullable Instant triagedAt() { return triagedAt; }
	List<Correction> corrections() { return List.copyOf(corrections); }
	List<ResearchNote> researchNotes() { return List.copyOf(researchNotes); }
	@Nullable String resolution() { return resolution; }
	@Nullable Instant closedAt() { return closedAt; }
	@Nullable String closedBy() { return closedBy; }
}
