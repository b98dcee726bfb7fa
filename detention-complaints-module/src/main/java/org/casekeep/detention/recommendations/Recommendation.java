package org.casekeep.detention.recommendations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.db.AssignedIdEntity;
import org.casekeep.kernel.pii.PersonalData;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.casekeep.kernel.pii.PiiCategory;
import org.casekeep.kernel.pii.Sensitivity;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.jspecify.annotations.Nullable;

/**
 * A recommendation of the Ombudsman to a DHS component (PIA 1.1: "make recommendations to address concerns or
 * violations"), from a file or a complaint, with its due date. It guards its own transitions and keeps every step as
 * a history row: issued; the component's response (concur, non-concur, implemented); OIDO's follow-up; closed. A
 * closed recommendation no longer changes.
 */
@Entity
@Table(schema = "detention", name = "recommendation")
@PersonalDataRecord(type = Recommendation.RECORD_TYPE, retention = "OIDO_UNSCHEDULED",
		legalBasis = "Consolidated Appropriations Act 2020, Pub. L. 116-93, sec. 106; SORN DHS/ALL-020 (interim)",
		source = "OIDO PIA overview (recommendations to the Department, ICE and CBP)")
class Recommendation extends AssignedIdEntity {

	static final String RECORD_TYPE = RecommendationTracking.RECORD_TYPE;

	/** Where a recommendation comes from. */
	enum Source {
		INSPECTION, COMPLAINT
	}

	/** The components OIDO makes recommendations to. */
	enum Component {
		ICE("U.S. Immigration and Customs Enforcement"), CBP("U.S. Customs and Border Protection"),
		USCIS("U.S. Citizenship and Immigration Services"), CRCL("Office for Civil Rights and Civil Liberties"),
		PLCY("Office of Strategy, Policy, and Plans");

		private final String label;

		Component(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** Where a recommendation stands. */
	enum Status {
		ISSUED("Issued, awaiting response"), CONCURRED("Concurred"), NON_CONCURRED("Non-concurred"),
		IMPLEMENTED("Implemented"), CLOSED("Closed");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** The component's response. */
	enum Response {
		CONCUR(Status.CONCURRED), NON_CONCUR(Status.NON_CONCURRED), IMPLEMENTED(Status.IMPLEMENTED);

		private final Status leadsTo;

		Response(Status leadsTo) {
			this.leadsTo = leadsTo;
		}
	}

	/** What a history row records. */
	enum Step {
		ISSUED, RESPONSE, FOLLOW_UP, CLOSED
	}

	/** One step of the recommendation over time, with who recorded it and when. */
	@Embeddable
	record HistoryRow(@Enumerated(EnumType.STRING) @Column(name = "kind") Step kind,
			@Enumerated(EnumType.STRING) @Column(name = "status") Status status,
			@Column(name = "note") @Nullable String note, @Column(name = "recorded_by") String recordedBy,
			@Column(name = "recorded_at") Instant recordedAt) {
	}

	@Id
	private UUID id;

	@Version
	private long version;

	private Instant createdAt;

	private Instant updatedAt;

	private String createdBy;

	@Enumerated(EnumType.STRING)
	private Source sourceKind;

	private @Nullable UUID inspectionFileId;

	@PersonalData(category = PiiCategory.IDENTIFIER, sensitivity = Sensitivity.LOW,
			description = "Number of the investigation or inspection file a recommendation comes from")
	private @Nullable String inspectionFileNumber;

	@PersonalData(category = PiiCategory.IDENTIFIER, sensitivity = Sensitivity.LOW,
			description = "Case number of the complaint a recommendation comes from")
	private @Nullable String complaintCaseNumber;

	@Enumerated(EnumType.STRING)
	private Component component;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.LOW,
			description = "Text of a recommendation (PII is redacted from any public issue)")
	private String text;

	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	private Status status;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.LOW,
			description = "A recommendation's responses and follow-up over time, with who and when")
	@ElementCollection
	@CollectionTable(schema = "detention", name = "recommendation_history",
			joinColumns = @JoinColumn(name = "recommendation_id"))
	@OrderColumn(name = "position")
	private List<HistoryRow> history = new ArrayList<>();

	protected Recommendation() {
	}

	private Recommendation(Source sourceKind, @Nullable UUID inspectionFileId, @Nullable String inspectionFileNumber,
			@Nullable String complaintCaseNumber, Component component, String text, LocalDate dueOn, String by,
			Instant now) {
		this.id = UUID.randomUUID();
		this.sourceKind = sourceKind;
		this.inspectionFileId = inspectionFileId;
		this.inspectionFileNumber = inspectionFileNumber;
		this.complaintCaseNumber = complaintCaseNumber;
		this.component = Objects.requireNonNull(component);
		this.text = text;
		this.dueOn = dueOn;
		this.status = Status.ISSUED;
		this.createdBy = by;
		this.createdAt = now;
		this.updatedAt = now;
		history.add(new HistoryRow(Step.ISSUED, Status.ISSUED, null, by, now));
	}

	static Recommendation fromFile(UUID fileId, String fileNumber, Component component, String text, LocalDate dueOn,
			String by, Instant now) {
		return new Recommendation(Source.INSPECTION, fileId, fileNumber, null, component, text, dueOn, by, now);
	}

	static Recommendation fromComplaint(String caseNumber, Component component, String text, LocalDate dueOn, String by,
			Instant now) {
		return new Recommendation(Source.COMPLAINT, null, null, caseNumber, component, text, dueOn, by, now);
	}

	RecordFacts facts() {
		return RecordFacts.of(RECORD_TYPE, id, OidoRoles.COMPONENT, createdBy);
	}

	/**
	 * Records the component's response. A component that concurred or did not may answer again (it implements what it
	 * concurred with, or concurs after follow-up); an implemented recommendation awaits closure.
	 */
	List<String> respond(Response response, @Nullable String note, String by, Instant now) {
		requireOpen("record a response");
		if (status == Status.IMPLEMENTED) {
			throw new WorkflowConflictException("The recommendation is implemented; close it, or record follow-up");
		}
		if (response.leadsTo == status) {
			throw new WorkflowConflictException("The recommendation is already " + status.label().toLowerCase(
					java.util.Locale.ROOT));
		}
		this.status = response.leadsTo;
		return step(Step.RESPONSE, note, by, now);
	}

	/** Records OIDO's follow-up with the component; the status stays. */
	List<String> followUp(String note, String by, Instant now) {
		requireOpen("record follow-up");
		return step(Step.FOLLOW_UP, note, by, now);
	}

	/** Closes an implemented or non-concurred recommendation. */
	List<String> close(@Nullable String note, String by, Instant now) {
		requireOpen("close it");
		if (status != Status.IMPLEMENTED && status != Status.NON_CONCURRED) {
			throw new WorkflowConflictException("Only an implemented or non-concurred recommendation is closed; this "
					+ "one is " + status.label().toLowerCase(java.util.Locale.ROOT));
		}
		this.status = Status.CLOSED;
		return step(Step.CLOSED, note, by, now);
	}

	/** Whether the component's response is late. */
	boolean overdue(LocalDate today) {
		return status == Status.ISSUED && dueOn.isBefore(today);
	}

	private void requireOpen(String what) {
		if (status == Status.CLOSED) {
			throw new WorkflowConflictException("Cannot " + what + ": the recommendation is closed");
		}
	}

	private List<String> step(Step kind, @Nullable String note, String by, Instant now) {
		history.add(new HistoryRow(kind, status, note, by, now));
		this.updatedAt = now;
		return List.of("status", "history");
	}

	@Override
	public UUID getId() {
		return id;
	}

	long version() { return version; }
	Instant createdAt() { return createdAt; }
	Instant updatedAt() { return updatedAt; }
	String createdBy() { return createdBy; }
	Source sourceKind() { return sourceKind; }
	@Nullable UUID inspectionFileId() { return inspectionFileId; }
	@Nullable String inspectionFileNumber() { return inspectionFileNumber; }
	@Nullable String complaintCaseNumber() { return complaintCaseNumber; }
	Component component() { return component; }
	String text() { return text; }
	LocalDate dueOn() { return dueOn; }
	Status status() { return status; }
	List<HistoryRow> history() { return List.copyOf(history); }
}
