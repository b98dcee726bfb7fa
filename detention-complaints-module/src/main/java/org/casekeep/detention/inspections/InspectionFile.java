package org.casekeep.detention.inspections;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.casekeep.detention.complaint.OidoRoles;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.db.AssignedIdEntity;
import org.casekeep.kernel.pii.PersonalData;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.casekeep.kernel.pii.PiiCategory;
import org.casekeep.kernel.pii.Sensitivity;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * An investigation or inspection file of OIDO (PIA overview, "Investigations"): opened from a triggering event,
 * deconflicted with the offices that may already be investigating, scheduled, visited, reported on with ICE's and
 * CBP's feedback, and closed with its final report. The file guards its own transitions: nothing is scheduled before
 * deconfliction is complete and clear, unless an OIDO manager overrides with a reason; after the report is final
 * nothing of the file changes.
 */
@Entity
@Table(schema = "detention", name = "inspection_file")
@PersonalDataRecord(type = InspectionFile.RECORD_TYPE, retention = InspectionFile.RETENTION,
		legalBasis = InspectionFile.LEGAL_BASIS, source = "OIDO PIA 2.1 (complaint investigation or facility inspection)")
class InspectionFile extends AssignedIdEntity {

	static final String RECORD_TYPE = InspectionRecords.RECORD_TYPE;

	/** PIA 1.4, 5.1: complaints and investigations are kept until NARA approves a schedule. */
	static final String RETENTION = "OIDO_UNSCHEDULED";

	/** PIA 1.1-1.2. */
	static final String LEGAL_BASIS = "Consolidated Appropriations Act 2020, Pub. L. 116-93, sec. 106 (unannounced "
			+ "inspections); SORN DHS/ALL-020 Internal Affairs (interim)";

	/** The identity of a file. */
	record FileId(UUID value) {

		FileId {
			Objects.requireNonNull(value, "value must not be null");
		}

		@Override
		public String toString() {
			return value.toString();
		}
	}

	/** Where a file stands. */
	enum Status {
		OPEN("Open: deconfliction"), SCHEDULED("Scheduled"), VISITED("Visited"), REPORTING("Report in progress"),
		CLOSED("Closed: report final");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** What led OIDO to open the file (PIA overview, 2.3). */
	enum TriggerKind {
		COMPLAINT("A complaint"), INTERNAL_SCHEDULE("The internal inspection schedule"),
		LEADERSHIP_REQUEST("A request of leadership"), COMPLAINT_TRENDS("Trends in complaint records"),
		PUBLIC_INFORMATION("News or other publicly available information");

		private final String label;

		TriggerKind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** PIA 1.1: the Ombudsman conducts unannounced inspections; announced ones are planned with the facility. */
	enum InspectionType {
		ANNOUNCED("Announced"), UNANNOUNCED("Unannounced");

		private final String label;

		InspectionType(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** The offices asked whether they already investigate the same matter (PIA overview). */
	enum Office {
		OIG("DHS Office of Inspector General"), CRCL("DHS Office for Civil Rights and Civil Liberties"),
		ICE_OPR("ICE Office of Professional Responsibility"), CBP_OPR("CBP Office of Professional Responsibility");

		private final String label;

		Office(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** An office's answer. */
	enum Answer {
		NO_CONFLICT("No conflict"), CONFLICT("Conflict"), NO_ANSWER("No answer given");

		private final String label;

		Answer(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** The report's stages (PIA overview): shared with ICE and CBP for feedback, updated, finalized. */
	enum ReportStage {
		DRAFT("Draft"), SHARED("Shared with ICE and CBP for feedback"), REVISED("Revised after feedback"),
		FINAL("Final");

		private final String label;

		ReportStage(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** One office's deconfliction: asked when and by whom, and its answer when given. */
	@Embeddable
	record Deconfliction(@Enumerated(EnumType.STRING) @Column(name = "office") Office office,
			@Column(name = "asked_at") @Nullable Instant askedAt, @Column(name = "asked_by") @Nullable String askedBy,
			@Enumerated(EnumType.STRING) @Column(name = "answer") @Nullable Answer answer,
			@Column(name = "answer_notes") @Nullable String answerNotes,
			@Column(name = "answered_at") @Nullable Instant answeredAt,
			@Column(name = "answered_by") @Nullable String answeredBy) {

		boolean asked() {
			return askedAt != null;
		}

		boolean answered() {
			return answer != null;
		}
	}

	/** A finding tied to a facility standard (PIA 2.1, 3.1: whether a facility meets its required standards). */
	@Embeddable
	record Finding(@Column(name = "standard_code") String standardCode, @Column(name = "text") String text,
			@Column(name = "recorded_by") String recordedBy, @Column(name = "recorded_at") Instant recordedAt) {
	}

	@Id
	private UUID id;

	@PersonalData(category = PiiCategory.IDENTIFIER, sensitivity = Sensitivity.LOW,
			description = "Investigation or inspection file number")
	private String fileNumber;

	@Version
	private long version;

	private Instant createdAt;

	private Instant updatedAt;

	private String createdBy;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Enumerated(EnumType.STRING)
	private TriggerKind triggerKind;

	@PersonalData(category = PiiCategory.IDENTIFIER, sensitivity = Sensitivity.LOW,
			description = "Case number of the complaint that triggered the file")
	private @Nullable String triggerCaseNumber;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.HIGH,
			description = "The triggering event(s) of an investigation or inspection")
	private String triggerDescription;

	/** PIA 2.3: publicly available information is noted as such, to be verified. */
	private boolean publicInformation;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.LOW,
			description = "Where publicly available information came from (news report, web page)")
	private @Nullable String publicSource;

	private String facilityCode;

	@Enumerated(EnumType.STRING)
	private InspectionType inspectionType;

	private LocalDate plannedFrom;

	private LocalDate plannedTo;

	@ElementCollection
	@CollectionTable(schema = "detention", name = "inspection_team_member", joinColumns = @JoinColumn(name = "file_id"))
	@Column(name = "username")
	private Set<String> team = new LinkedHashSet<>();

	@PersonalData(category = PiiCategory.FREE_TEXT, description = "Deconfliction with OIG, CRCL, ICE OPR and CBP OPR: "
			+ "who was asked when, and their answers and notes")
	@ElementCollection
	@CollectionTable(schema = "detention", name = "inspection_deconfliction", joinColumns = @JoinColumn(name = "file_id"))
	private List<Deconfliction> deconfliction = new ArrayList<>();

	@PersonalData(category = PiiCategory.FREE_TEXT, description = "Why an OIDO manager let the file proceed before "
			+ "deconfliction was complete")
	private @Nullable String overrideReason;

	private @Nullable String overriddenBy;

	private @Nullable Instant overriddenAt;

	private @Nullable String scheduledBy;

	private @Nullable Instant scheduledAt;

	private @Nullable LocalDate inspectionDate;

	private @Nullable String visitedBy;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.HIGH,
			description = "Investigation or inspection notes")
	private @Nullable String notes;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.HIGH,
			description = "Findings tied to facility standards")
	@ElementCollection
	@CollectionTable(schema = "detention", name = "inspection_finding", joinColumns = @JoinColumn(name = "file_id"))
	@OrderColumn(name = "position")
	private List<Finding> findings = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private @Nullable ReportStage reportStage;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.HIGH,
			description = "Report of the investigation findings (PII redacted before any public issue)")
	private @Nullable String reportText;

	@PersonalData(category = PiiCategory.FREE_TEXT, description = "ICE's and CBP's feedback on the report")
	private @Nullable String componentFeedback;

	private @Nullable Instant reportSharedAt;

	private @Nullable String finalizedBy;

	private @Nullable Instant finalizedAt;

	protected InspectionFile() {
	}

	/**
	 * Opens a file; its opener is on its team (PIA 8.1: junior auditors intake investigations and edit those assigned
	 * to them). Every office is still to be asked.
	 */
	InspectionFile(String fileNumber, TriggerKind triggerKind, @Nullable String triggerCaseNumber,
			String triggerDescription, @Nullable String publicSource, String facilityCode,
			InspectionType inspectionType, LocalDate plannedFrom, LocalDate plannedTo, String by, Instant now) {
		if (plannedTo.isBefore(plannedFrom)) {
			throw new IllegalArgumentException("The planned window must end on or after its first day");
		}
		if (triggerKind == TriggerKind.COMPLAINT && triggerCaseNumber == null) {
			throw new IllegalArgumentException("A file opened from a complaint names its case number");
		}
		this.id = UUID.randomUUID();
		this.fileNumber = fileNumber;
		this.triggerKind = triggerKind;
		this.triggerCaseNumber = triggerCaseNumber;
		this.triggerDescription = triggerDescription;
		this.publicInformation = triggerKind == TriggerKind.PUBLIC_INFORMATION;
		this.publicSource = publicSource;
		this.facilityCode = facilityCode;
		this.inspectionType = inspectionType;
		this.plannedFrom = plannedFrom;
		this.plannedTo = plannedTo;
		this.status = Status.OPEN;
		this.createdBy = by;
		this.createdAt = now;
		this.updatedAt = now;
		this.team.add(by);
		Arrays.stream(Office.values())
			.forEach(office -> deconfliction.add(new Deconfliction(office, null, null, null, null, null, null)));
	}

	/** The facts access decisions use: OIDO's, opened by its creator, assigned to its team. */
	RecordFacts facts() {
		return new RecordFacts(RECORD_TYPE, id.toString(), OidoRoles.COMPONENT, createdBy, team);
	}

	/**
	 * Whether the actor may know the file exists (PIA 1.1, 8.1): an unannounced inspection stays confidential to its
	 * team and managers until the visit; any other file is known to everyone who works inspections.
	 */
	boolean knownTo(Actor actor) {
		return !confidential() || team.contains(actor.username()) || OidoRoles.isManager(actor);
	}

	/** Unannounced and not visited yet. */
	boolean confidential() {
		return inspectionType == InspectionType.UNANNOUNCED && inspectionDate == null;
	}

	/** Adds a member to the team. */
	List<String> assign(String username, Instant now) {
		requireNotClosed("assign a team member");
		team.add(username);
		return touched(now, "team");
	}

	/** Records that an office was asked, by whom and when. */
	List<String> ask(Office office, String by, Instant now) {
		requireStatus(Status.OPEN, "record a deconfliction request");
		Deconfliction current = of(office);
		if (current.answered()) {
			throw new WorkflowConflictException(office.label() + " has already answered on file " + fileNumber);
		}
		replace(new Deconfliction(office, now, by, null, null, null, null));
		return touched(now, "deconfliction");
	}

	/** Records an office's answer; a conflict must say what the office is investigating. */
	List<String> answer(Office office, Answer answer, @Nullable String notes, String by, Instant now) {
		requireStatus(Status.OPEN, "record a deconfliction answer");
		Deconfliction current = of(office);
		if (!current.asked()) {
			throw new WorkflowConflictException(office.label() + " has not been asked yet on file " + fileNumber
					+ ": record when and by whom it was asked first");
		}
		if (answer == Answer.CONFLICT && notes == null) {
			throw new IllegalArgumentException("A conflict is recorded with notes on what the office investigates");
		}
		replace(new Deconfliction(office, current.askedAt(), current.askedBy(), answer, notes, now, by));
		return touched(now, "deconfliction");
	}

	/** Whether every office has answered, whatever the answer. */
	boolean deconflictionComplete() {
		return deconfliction.stream().allMatch(Deconfliction::answered);
	}

	/**
	 * Lets the file proceed before deconfliction is complete or clear: an OIDO manager only, with a reason.
	 * @throws AccessDeniedException for anyone else (PIA 8.1).
	 */
	List<String> override(String reason, Actor actor, Instant now) {
		if (!OidoRoles.isManager(actor)) {
			throw new AccessDeniedException("Only an OIDO manager may let a file proceed before deconfliction is "
					+ "complete");
		}
		requireStatus(Status.OPEN, "override deconfliction");
		this.overrideReason = reason;
		this.overriddenBy = actor.username();
		this.overriddenAt = now;
		return touched(now, "overrideReason");
	}

	/**
	 * Schedules the visit for the planned window: only once every office answered without a conflict and no other
	 * open file of OIDO's covers the same facility in an overlapping window, unless a manager overrode.
	 * @param ownOverlaps the numbers of OIDO's own open files for the same facility and an overlapping window.
	 */
	List<String> schedule(List<String> ownOverlaps, String by, Instant now) {
		requireStatus(Status.OPEN, "schedule");
		if (overriddenBy == null) {
			List<String> unanswered = deconfliction().stream().filter(d -> !d.answered())
				.map(d -> d.office().label()).toList();
			if (!unanswered.isEmpty()) {
				throw new WorkflowConflictException("File " + fileNumber + " cannot be scheduled before deconfliction "
						+ "is complete: no answer recorded from " + String.join(", ", unanswered)
						+ ". An OIDO manager may override with a reason.");
			}
			List<String> notClear = deconfliction().stream().filter(d -> d.answer() != Answer.NO_CONFLICT)
				.map(d -> d.office().label() + " (" + Objects.requireNonNull(d.answer()).label() + ")").toList();
			if (!notClear.isEmpty()) {
				throw new WorkflowConflictException("File " + fileNumber + " cannot be scheduled: deconfliction is not "
						+ "clear with " + String.join(", ", notClear) + ". An OIDO manager may override with a reason.");
			}
			if (!ownOverlaps.isEmpty()) {
				throw new WorkflowConflictException("File " + fileNumber + " cannot be scheduled: OIDO's own open "
						+ "file(s) " + String.join(", ", ownOverlaps) + " cover the same facility in an overlapping "
						+ "window. An OIDO manager may override with a reason.");
			}
		}
		this.status = Status.SCHEDULED;
		this.scheduledBy = by;
		this.scheduledAt = now;
		return touched(now, "status");
	}

	/** Records the visit: its date and notes. An unannounced inspection is no longer confidential once visited. */
	List<String> recordVisit(LocalDate date, @Nullable String visitNotes, String by, Instant now) {
		requireStatus(Status.SCHEDULED, "record the visit");
		this.inspectionDate = date;
		this.notes = visitNotes;
		this.visitedBy = by;
		this.status = Status.VISITED;
		return touched(now, "inspectionDate", "notes");
	}

	/** Replaces the notes. */
	List<String> writeNotes(@Nullable String newNotes, Instant now) {
		requireNotClosed("change the notes");
		this.notes = newNotes;
		return touched(now, "notes");
	}

	/** Adds a finding tied to a standard; after the visit. */
	List<String> addFinding(String standardCode, String text, String by, Instant now) {
		requireVisited("record a finding");
		findings.add(new Finding(standardCode, text, by, now));
		return touched(now, "findings");
	}

	/** Something was added to the file's evidence (an interviewee, an attachment): refused once the file is closed. */
	List<String> addEvidence(String field, Instant now) {
		requireNotClosed("add " + field);
		return touched(now, field);
	}

	/** Writes the draft report, or revises it after ICE's and CBP's feedback. */
	List<String> writeReport(String text, @Nullable String feedback, Instant now) {
		requireVisited("write the report");
		if (reportStage == null || reportStage == ReportStage.DRAFT) {
			this.reportStage = ReportStage.DRAFT;
			this.status = Status.REPORTING;
			this.reportText = text;
			return touched(now, "reportText");
		}
		if (reportStage == ReportStage.SHARED || reportStage == ReportStage.REVISED) {
			this.reportStage = ReportStage.REVISED;
			this.reportText = text;
			if (feedback != null) {
				this.componentFeedback = feedback;
			}
			return touched(now, "reportText", "componentFeedback");
		}
		throw closed("revise the report");
	}

	/** Shares the draft (or a revision) with ICE and CBP for their feedback. */
	List<String> shareReport(Instant now) {
		requireNotClosed("share the report");
		if (reportStage != ReportStage.DRAFT && reportStage != ReportStage.REVISED) {
			throw new WorkflowConflictException("Only a drafted or revised report is shared with ICE and CBP; the "
					+ "report of file " + fileNumber + " is " + stageLabel());
		}
		this.reportStage = ReportStage.SHARED;
		this.reportSharedAt = now;
		return touched(now, "reportStage");
	}

	/**
	 * Finalizes the report after ICE's and CBP's feedback was taken into a revision; every record of the file closes
	 * with it (PIA overview).
	 */
	List<String> finalizeReport(String by, Instant now) {
		requireNotClosed("finalize the report");
		if (reportStage != ReportStage.REVISED) {
			throw new WorkflowConflictException("The report of file " + fileNumber + " is " + stageLabel()
					+ ": it is finalized only after it was shared with ICE and CBP and revised");
		}
		this.reportStage = ReportStage.FINAL;
		this.status = Status.CLOSED;
		this.finalizedBy = by;
		this.finalizedAt = now;
		return touched(now, "reportStage", "status");
	}

	private String stageLabel() {
		return reportStage == null ? "not written yet" : reportStage.label().toLowerCase(java.util.Locale.ROOT);
	}

	private void requireVisited(String step) {
		requireNotClosed(step);
		if (status != Status.VISITED && status != Status.REPORTING) {
			throw new WorkflowConflictException("Cannot " + step + " on file " + fileNumber + " before the visit; it is "
					+ status.label().toLowerCase(java.util.Locale.ROOT));
		}
	}

	private void requireStatus(Status required, String step) {
		requireNotClosed(step);
		if (status != required) {
			throw new WorkflowConflictException("Cannot " + step + " on file " + fileNumber + ": it is "
					+ status.label().toLowerCase(java.util.Locale.ROOT));
		}
	}

	private void requireNotClosed(String step) {
		if (status == Status.CLOSED) {
			throw closed(step);
		}
	}

	private WorkflowConflictException closed(String step) {
		return new WorkflowConflictException("Cannot " + step + ": file " + fileNumber + " is closed because its "
				+ "report is final, and its records no longer change");
	}

	private Deconfliction of(Office office) {
		return deconfliction.stream().filter(d -> d.office() == office).findFirst()
			.orElseThrow(() -> new IllegalStateException("No deconfliction row for " + office));
	}

	private void replace(Deconfliction next) {
		deconfliction.replaceAll(d -> d.office() == next.office() ? next : d);
	}

	private List<String> touched(Instant now, String... fields) {
		this.updatedAt = now;
		return List.of(fields);
	}

	@Override
	public UUID getId() {
		return id;
	}

	FileId id() {
		return new FileId(id);
	}

	String fileNumber() { return fileNumber; }
	long version() { return version; }
	Instant createdAt() { return createdAt; }
	Instant updatedAt() { return updatedAt; }
	String createdBy() { return createdBy; }
	Status status() { return status; }
	TriggerKind triggerKind() { return triggerKind; }
	@Nullable String triggerCaseNumber() { return triggerCaseNumber; }
	String triggerDescription() { return triggerDescription; }
	boolean publicInformation() { return publicInformation; }
	@Nullable String publicSource() { return publicSource; }
	String facilityCode() { return facilityCode; }
	InspectionType inspectionType() { return inspectionType; }
	LocalDate plannedFrom() { return plannedFrom; }
	LocalDate plannedTo() { return plannedTo; }
	Set<String> team() { return Set.copyOf(team); }
	List<Deconfliction> deconfliction() {
		Map<Office, Deconfliction> ordered = new EnumMap<>(Office.class);
		deconfliction.forEach(d -> ordered.put(d.office(), d));
		return List.copyOf(ordered.values());
	}
	@Nullable String overrideReason() { return overrideReason; }
	@Nullable String overriddenBy() { return overriddenBy; }
	@Nullable Instant overriddenAt() { return overriddenAt; }
	@Nullable String scheduledBy() { return scheduledBy; }
	@Nullable Instant scheduledAt() { return scheduledAt; }
	@Nullable LocalDate inspectionDate() { return inspectionDate; }
	@Nullable String visitedBy() { return visitedBy; }
	@Nullable String notes() { return notes; }
	List<Finding> findings() { return List.copyOf(findings); }
	@Nullable ReportStage reportStage() { return reportStage; }
	@Nullable String reportText() { return reportText; }
	@Nullable String componentFeedback() { return componentFeedback; }
	@Nullable Instant reportSharedAt() { return reportSharedAt; }
	@Nullable String finalizedBy() { return finalizedBy; }
	@Nullable Instant finalizedAt() { return finalizedAt; }
}
