package org.casekeep.survey.studies;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.db.AssignedIdEntity;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.jspecify.annotations.Nullable;

/**
 * One customer research effort of a research unit, from its Privacy Threshold Analysis to its close. It guards the
 * gates before collection itself: each step of the PTA in its order and by its own person, the PRA clearance, and the
 * vendor tool's approvals. A study holds no personal data of participants; it is declared a record type for its
 * retention under GRS 6.5 item 010 (PIA 1.4, 5.1), and its instruments and waves are kept and destroyed with it.
 */
@Entity
@Table(schema = "survey", name = "study")
@PersonalDataRecord(type = Study.RECORD_TYPE, retention = Study.RETENTION, legalBasis = Study.LEGAL_BASIS,
		source = "Customer Research PIA, overview and 1.4")
class Study extends AssignedIdEntity {

	static final String RECORD_TYPE = "survey.study";
	/** PIA 1.4: GRS 6.5 item 010, or the ICR's period where it says otherwise. */
	static final String RETENTION = "GRS_6_5_010";
	static final String LEGAL_BASIS = "PRA 44 U.S.C. 3501; GPRA; E-Government Act 202(b); E.O. 12862 and 13571 "
			+ "(PIA 1.1); DHS/ALL-002 (PIA 1.2)";
	/** PIA 1.5 and overview: the PRA applies where ten or more members of the public answer within 12 months. */
	static final int PRA_THRESHOLD = 10;
	/** PIA 4.1: the Federal Register notice's public comment period. */
	static final int COMMENT_DAYS = 30;

	/** The identifier of a study. */
	record StudyId(UUID id) {
	}

	enum PtaState {
		NOT_SUBMITTED, SUBMITTED, REVIEWED, APPROVED
	}

	@Id
	private UUID id;

	private String title;

	@Enumerated(EnumType.STRING)
	private ResearchMethod method;

	private String purpose;

	@Enumerated(EnumType.STRING)
	private Population population;

	private boolean federalEmployeesOnly;

	private String researchUnit;

	private String ownerUsername;

	private int plannedParticipants;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private @Nullable String vendorTool;

	@Enumerated(EnumType.STRING)
	private PtaState ptaState = PtaState.NOT_SUBMITTED;

	private @Nullable String ptaSubmittedBy;
	private @Nullable Instant ptaSubmittedAt;
	private @Nullable String ptaReviewedBy;
	private @Nullable Instant ptaReviewedAt;
	private @Nullable String ptaApprovedBy;
	private @Nullable Instant ptaApprovedAt;

	private @Nullable String ombControlNumber;
	private @Nullable LocalDate ombExpiresOn;
	private @Nullable String icrRetention;
	private @Nullable LocalDate federalRegisterNoticeOn;

	private @Nullable String vendorPrivacyOfficeBy;
	private @Nullable Instant vendorPrivacyOfficeAt;
	private @Nullable String vendorPublicAffairsBy;
	private @Nullable Instant vendorPublicAffairsAt;
	private boolean vendorIpCollectionDisabled;
	private boolean vendorEmailCollectionDisabled;

	private @Nullable Instant closedAt;

	private @Nullable String closedBy;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Study() {
	}

	Study(StudyValues values, String researchUnit, String ownerUsername, Instant now) {
		this.id = UUID.randomUUID();
		this.title = values.title();
		this.method = values.method();
		this.purpose = values.purpose();
		this.population = values.population();
		this.federalEmployeesOnly = values.federalEmployeesOnly();
		this.plannedParticipants = values.plannedParticipants();
		this.startsOn = values.startsOn();
		this.endsOn = values.endsOn();
		this.vendorTool = values.vendorTool();
		this.researchUnit = researchUnit;
		this.ownerUsername = ownerUsername;
		this.createdAt = now;
		this.updatedAt = now;
	}

	@Override
	public UUID getId() {
		return id;
	}

	StudyId studyId() {
		return new StudyId(id);
	}

	RecordFacts facts() {
		return RecordFacts.of(RECORD_TYPE, id, researchUnit, ownerUsername);
	}

	/**
	 * PIA 1.5 and overview: OMB clearance is needed where ten or more members of the public answer within 12 months.
	 * Every planned participant is counted as answering within 12 months, whatever the period: the PIA gives no way
	 * to spread them, and counting fewer could skip a clearance the law requires. Federal employees only: exempt.
	 */
	boolean praApplies() {
		return !federalEmployeesOnly && plannedParticipants >= PRA_THRESHOLD;
	}

	/** Whether the person is the study's researcher or submitted its PTA: they may not review or approve it. */
	boolean isOwnWorkOf(String username) {
		return username.equals(ownerUsername) || username.equals(ptaSubmittedBy);
	}

	/** The researcher submits the PTA (PIA overview: a PTA for every customer research effort). */
	void submitPta(String username, Instant now) {
		requireState(PtaState.NOT_SUBMITTED, "submitted");
		ptaState = PtaState.SUBMITTED;
		ptaSubmittedBy = username;
		ptaSubmittedAt = now;
		updatedAt = now;
	}

	/** The component privacy office reviews the submitted PTA (PIA 2.5); never its own submitter. */
	void reviewPta(String username, Instant now) {
		requireState(PtaState.SUBMITTED, "reviewed");
		requireOther(username, "review");
		ptaState = PtaState.REVIEWED;
		ptaReviewedBy = username;
		ptaReviewedAt = now;
		updatedAt = now;
	}

	/** The DHS Privacy Office approves the reviewed PTA (PIA overview, 2.5); never its submitter or reviewer. */
	void approvePta(String username, Instant now) {
		requireState(PtaState.REVIEWED, "approved");
		requireOther(username, "approve");
		if (username.equals(ptaReviewedBy)) {
			throw new SeparationOfDutiesException("The Privacy Office's approval must come from someone other than "
					+ "the component privacy officer who reviewed the PTA");
		}
		ptaState = PtaState.APPROVED;
		ptaApprovedBy = username;
		ptaApprovedAt = now;
		updatedAt = now;
	}

	/** PIA 1.5 and overview: the OMB control number, its expiry and the ICR's retention period, with the FR notice. */
	List<String> recordClearance(@Nullable String controlNumber, @Nullable LocalDate expiresOn,
			@Nullable String retention, @Nullable LocalDate noticeOn, Instant now) {
		List<String> changed = new ArrayList<>();
		if (!java.util.Objects.equals(ombControlNumber, controlNumber)) changed.add("ombControlNumber");
		if (!java.util.Objects.equals(ombExpiresOn, expiresOn)) changed.add("ombExpiresOn");
		if (!java.util.Objects.equals(icrRetention, retention)) changed.add("icrRetention");
		if (!java.util.Objects.equals(federalRegisterNoticeOn, noticeOn)) changed.add("federalRegisterNoticeOn");
		ombControlNumber = controlNumber;
		ombExpiresOn = expiresOn;
		icrRetention = retention;
		federalRegisterNoticeOn = noticeOn;
		updatedAt = now;
		return changed;
	}

	/** PIA overview, "Third Party Vendor Survey Tools": IP address and e-mail collection disabled, as recorded. */
	void recordVendorSettings(boolean ipDisabled, boolean emailDisabled, Instant now) {
		requireVendor();
		vendorIpCollectionDisabled = ipDisabled;
		vendorEmailCollectionDisabled = emailDisabled;
		updatedAt = now;
	}

	/** The Privacy Office's approval of the vendor tool (PIA overview, footnote 6). */
	void approveVendorForPrivacyOffice(String username, Instant now) {
		requireVendor();
		requireOther(username, "approve the vendor tool of");
		vendorPrivacyOfficeBy = username;
		vendorPrivacyOfficeAt = now;
		updatedAt = now;
	}

	/** The Office of Public Affairs' approval of the vendor tool, as the Privacy Office records it (PIA overview). */
	void approveVendorForPublicAffairs(String username, Instant now) {
		requireVendor();
		requireOther(username, "record Public Affairs' approval of the vendor tool of");
		vendorPublicAffairsBy = username;
		vendorPublicAffairsAt = now;
		updatedAt = now;
	}

	/**
	 * The research unit closes the study: it collects nothing more, and GRS 6.5 item 010 starts counting (PIA 1.4).
	 */
	void close(String username, Instant now) {
		if (closedAt != null) {
			throw new WorkflowConflictException("The study was closed on " + closedAt + ".");
		}
		closedAt = now;
		closedBy = username;
		updatedAt = now;
	}

	/** A closed study collects nothing more. */
	void requireOpen() {
		if (closedAt != null) {
			throw new WorkflowConflictException("The study is closed: it collects nothing more.");
		}
	}

	/** The gates of the study itself that are still open on the day; the instruments' gate is theirs. */
	List<OpenGate> openGates(LocalDate today) {
		List<OpenGate> open = new ArrayList<>();
		if (ptaState == PtaState.NOT_SUBMITTED) {
			open.add(new OpenGate(Gate.PTA_SUBMISSION, "The researcher has not submitted the PTA yet."));
		}
		if (ptaState.compareTo(PtaState.REVIEWED) < 0) {
			open.add(new OpenGate(Gate.PRIVACY_REVIEW,
					"The " + researchUnit + " privacy office has not reviewed the PTA yet."));
		}
		if (ptaState != PtaState.APPROVED) {
			open.add(new OpenGate(Gate.PRIVACY_OFFICE_APPROVAL, "The DHS Privacy Office has not approved the PTA yet."));
		}
		if (praApplies()) {
			praGates(today, open);
		}
		if (vendorTool != null) {
			vendorGate(open);
		}
		return open;
	}

	private void praGates(LocalDate today, List<OpenGate> open) {
		List<String> missing = new ArrayList<>();
		if (ombControlNumber == null) missing.add("the OMB control number");
		if (ombExpiresOn == null) missing.add("its expiry date");
		if (icrRetention == null) missing.add("the ICR's retention period");
		if (!missing.isEmpty()) {
			open.add(new OpenGate(Gate.OMB_CLEARANCE, "The PRA applies (" + PRA_THRESHOLD
					+ " or more members of the public): record " + String.join(", ", missing) + "."));
		}
		else if (ombExpiresOn.isBefore(today)) {
			open.add(new OpenGate(Gate.OMB_CLEARANCE, "OMB control number " + ombControlNumber + " expired on "
					+ ombExpiresOn + "."));
		}
		if (federalRegisterNoticeOn == null) {
			open.add(new OpenGate(Gate.FEDERAL_REGISTER_NOTICE,
					"The PRA applies: record the date the Federal Register notice was published."));
		}
		else if (!today.isAfter(commentPeriodEndsOn())) {
			open.add(new OpenGate(Gate.FEDERAL_REGISTER_NOTICE,
					"The 30-day public comment period ends on " + commentPeriodEndsOn() + "."));
		}
	}

	private void vendorGate(List<OpenGate> open) {
		List<String> missing = new ArrayList<>();
		if (vendorPrivacyOfficeAt == null) missing.add("the Privacy Office's approval");
		if (vendorPublicAffairsAt == null) missing.add("Public Affairs' approval");
		if (!vendorIpCollectionDisabled) missing.add("IP address collection disabled");
		if (!vendorEmailCollectionDisabled) missing.add("e-mail collection disabled");
		if (!missing.isEmpty()) {
			open.add(new OpenGate(Gate.VENDOR_APPROVAL, "The vendor tool needs " + String.join(", ", missing) + "."));
		}
	}

	/** PIA 4.1: the comment period runs 30 days from the notice; collection may start the day after. */
	@Nullable LocalDate commentPeriodEndsOn() {
		return federalRegisterNoticeOn == null ? null : federalRegisterNoticeOn.plusDays(COMMENT_DAYS);
	}

	/** The ICR's retention period where it says otherwise than GRS 6.5 (PIA 1.4), {@literal null} if none. */
	@Nullable Period icrRetentionPeriod() {
		return icrRetention == null ? null : Period.parse(icrRetention);
	}

	private void requireState(PtaState expected, String step) {
		if (ptaState != expected) {
			throw new WorkflowConflictException("The PTA cannot be " + step + " now: it is "
					+ ptaState.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ".");
		}
	}

	private void requireOther(String username, String act) {
		if (isOwnWorkOf(username)) {
			throw new SeparationOfDutiesException("Separation of duties: the researcher of a study cannot " + act
					+ " it themselves.");
		}
	}

	private void requireVendor() {
		if (vendorTool == null) {
			throw new WorkflowConflictException("This study uses no vendor tool.");
		}
	}

	String getTitle() { return title; }
	ResearchMethod getMethod() { return method; }
	String getPurpose() { return purpose; }
	Population getPopulation() { return population; }
	boolean isFederalEmployeesOnly() { return federalEmployeesOnly; }
	String getResearchUnit() { return researchUnit; }
	String getOwnerUsername() { return ownerUsername; }
	int getPlannedParticipants() { return plannedParticipants; }
	LocalDate getStartsOn() { return startsOn; }
	LocalDate getEndsOn() { return endsOn; }
	@Nullable String getVendorTool() { return vendorTool; }
	PtaState getPtaState() { return ptaState; }
	@Nullable String getPtaSubmittedBy() { return ptaSubmittedBy; }
	@Nullable String getPtaReviewedBy() { return ptaReviewedBy; }
	@Nullable String getPtaApprovedBy() { return ptaApprovedBy; }
	@Nullable String getOmbControlNumber() { return ombControlNumber; }
	@Nullable LocalDate getOmbExpiresOn() { return ombExpiresOn; }
	@Nullable String getIcrRetention() { return icrRetention; }
	@Nullable LocalDate getFederalRegisterNoticeOn() { return federalRegisterNoticeOn; }
	boolean isVendorIpCollectionDisabled() { return vendorIpCollectionDisabled; }
	boolean isVendorEmailCollectionDisabled() { return vendorEmailCollectionDisabled; }
	@Nullable String getVendorPrivacyOfficeBy() { return vendorPrivacyOfficeBy; }
	@Nullable String getVendorPublicAffairsBy() { return vendorPublicAffairsBy; }
	@Nullable Instant getClosedAt() { return closedAt; }
	@Nullable String getClosedBy() { return closedBy; }
	Instant getCreatedAt() { return createdAt; }
	long getVersion() { return version; }
}
