package org.casekeep.detention.publication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
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
import org.casekeep.kernel.spii.ReviewedFinding;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.jspecify.annotations.Nullable;

/**
 * The public version of a final inspection report or of a recommendation (PIA overview, "Investigations": PII is
 * redacted from any publicly issued report or recommendation). Its draft text is case data, seen by staff only; each
 * finding of a name or SPII in it must be redacted or kept with a reason before it is published. Publishing keeps the
 * redacted text, which never changes, and drops the draft; a correction is a new edition, and publishing it withdraws
 * this one. It guards these steps itself.
 */
@Entity
@Table(schema = "detention", name = "public_version")
@PersonalDataRecord(type = PublicVersion.RECORD_TYPE, retention = "OIDO_UNSCHEDULED",
		legalBasis = "Consolidated Appropriations Act 2020, Pub. L. 116-93, sec. 106; SORN DHS/ALL-020 (interim)",
		source = "OIDO PIA overview (\"Investigations\": public reports and recommendations redacted), 2.1")
class PublicVersion extends AssignedIdEntity {

	static final String RECORD_TYPE = "detention.public-version";

	/** What a public version is of. */
	enum SourceKind {
		INSPECTION_REPORT, RECOMMENDATION
	}

	enum Status {
		DRAFT, PUBLISHED, WITHDRAWN
	}

	@Id
	private UUID id;

	/** The id of the public page: random, unrelated to the source, nothing personal. */
	private UUID publicId;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	private SourceKind sourceKind;

	private UUID sourceId;

	@PersonalData(category = PiiCategory.IDENTIFIER, sensitivity = Sensitivity.LOW,
			description = "Number of the inspection file a public version comes from")
	private @Nullable String sourceNumber;

	private String title;

	private int edition;

	@Enumerated(EnumType.STRING)
	private Status status;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.HIGH,
			description = "Draft of a public report or recommendation before its PII is redacted; dropped when "
					+ "published")
	private @Nullable String draftText;

	/** What the public reads; not personal data once its findings were resolved. */
	private @Nullable String publishedText;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(schema = "detention", name = "public_version_finding",
			joinColumns = @JoinColumn(name = "public_version_id"))
	@OrderColumn(name = "position")
	private List<ReviewedFinding> findings = new ArrayList<>();

	private String createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	private @Nullable String publishedBy;

	private @Nullable Instant publishedAt;

	private @Nullable String withdrawnBy;

	private @Nullable Instant withdrawnAt;

	@Column(name = "withdrawn_reason")
	private @Nullable String withdrawnReason;

	protected PublicVersion() {
	}

	PublicVersion(SourceKind sourceKind, UUID sourceId, @Nullable String sourceNumber, String title, int edition,
			String text, List<ReviewedFinding> scanned, String by, Instant now) {
		this.id = UUID.randomUUID();
		this.publicId = UUID.randomUUID();
		this.sourceKind = Objects.requireNonNull(sourceKind);
		this.sourceId = Objects.requireNonNull(sourceId);
		this.sourceNumber = sourceNumber;
		this.title = title;
		this.edition = edition;
		this.status = Status.DRAFT;
		this.draftText = text;
		this.findings.addAll(scanned);
		this.createdBy = by;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Access facts: OIDO's, started by its creator. */
	RecordFacts facts() {
		return RecordFacts.of(RECORD_TYPE, id, OidoRoles.COMPONENT, createdBy);
	}

	/** Replaces the draft text and its findings by a new scan's; every decision is asked again. */
	List<String> revise(String text, List<ReviewedFinding> scanned, Instant now) {
		requireDraft("edit the text");
		this.draftText = text;
		this.findings.clear();
		this.findings.addAll(scanned);
		return touched(now, "draftText", "findings");
	}

	/**
	 * Decides on one finding: redact it, or keep it with a reason (a public official's name, a facility's).
	 * @throws org.casekeep.kernel.validation.InvalidInputException (422) for a finding that does not exist, no
	 * decision, or a kept one without a reason.
	 */
	List<String> resolve(int index, ReviewedFinding.@Nullable Resolution resolution, @Nullable String reason,
			String by, Instant now) {
		requireDraft("decide on a finding");
		ReviewedFinding.resolve(findings, index, resolution, reason, by,
				"Say why it may be published, e.g. the name of a public official");
		return touched(now, "findings");
	}

	/**
	 * The editor redacts a span by hand: it is a finding decided "redact" at once.
	 * @throws org.casekeep.kernel.validation.InvalidInputException (422) for a span outside the text or across a
	 * finding.
	 */
	List<String> redactByHand(int start, int end, String by, Instant now) {
		requireDraft("redact a span");
		String text = Objects.requireNonNull(draftText);
		InputCheck input = new InputCheck();
		if (start < 0 || end <= start || end > text.length()) {
			input.reject("start", "Choose a span of the text: from 0 to " + text.length() + ", its end after its start");
		}
		else if (findings.stream().anyMatch(f -> f.start() < end && start < f.end())) {
			input.reject("start", "The span overlaps a finding: decide on that finding instead");
		}
		input.throwIfInvalid();
		int at = 0;
		while (at < findings.size() && findings.get(at).start() < start) {
			at++;
		}
		findings.add(at, ReviewedFinding.redactedByHand(start, end, by));
		return touched(now, "findings");
	}

	/** The positions of the findings nobody decided on yet. */
	List<Integer> unresolved() {
		return ReviewedFinding.unresolved(findings);
	}

	/** The draft as it would be published now: every finding decided "redact" replaced by its marker. */
	String redacted() {
		return ReviewedFinding.redacted(Objects.requireNonNull(draftText), findings);
	}

	/**
	 * Publishes the redacted text and drops the draft.
	 * @throws WorkflowConflictException (409) naming every finding still undecided.
	 */
	List<String> publish(String by, Instant now) {
		requireDraft("publish it");
		List<Integer> open = unresolved();
		if (!open.isEmpty()) {
			throw new WorkflowConflictException("Not published: redact or keep (with a reason) every finding first. "
					+ "Still open: " + String.join("; ", open.stream().map(i -> "finding " + i + " ("
							+ findings.get(i).describe() + ")").toList()) + ".");
		}
		this.publishedText = redacted();
		this.draftText = null;
		this.status = Status.PUBLISHED;
		this.publishedBy = by;
		this.publishedAt = now;
		return touched(now, "status", "publishedText", "draftText");
	}

	/** Withdraws a published version, when its correction is published. */
	List<String> withdraw(String reason, String by, Instant now) {
		if (status != Status.PUBLISHED) {
			throw new WorkflowConflictException("Only a published version is withdrawn");
		}
		this.status = Status.WITHDRAWN;
		this.withdrawnBy = by;
		this.withdrawnAt = now;
		this.withdrawnReason = reason;
		return touched(now, "status");
	}

	private void requireDraft(String step) {
		if (status != Status.DRAFT) {
			throw new WorkflowConflictException("Cannot " + step + ": this version was "
					+ status.name().toLowerCase(Locale.ROOT) + " on " + publishedAt + " and its text does not change. "
					+ "Start a correction: it is a new version, and publishing it withdraws this one.");
		}
	}

	private List<String> touched(Instant now, String... fields) {
		this.updatedAt = now;
		return List.of(fields);
	}

	@Override
	public UUID getId() { return id; }
	UUID publicId() { return publicId; }
	long version() { return version; }
	SourceKind sourceKind() { return sourceKind; }
	UUID sourceId() { return sourceId; }
	@Nullable String sourceNumber() { return sourceNumber; }
	String title() { return title; }
	int edition() { return edition; }
	Status status() { return status; }
	@Nullable String draftText() { return draftText; }
	@Nullable String publishedText() { return publishedText; }
	List<ReviewedFinding> findings() { return List.copyOf(findings); }
	String createdBy() { return createdBy; }
	Instant createdAt() { return createdAt; }
	Instant updatedAt() { return updatedAt; }
	@Nullable String publishedBy() { return publishedBy; }
	@Nullable Instant publishedAt() { return publishedAt; }
	@Nullable String withdrawnBy() { return withdrawnBy; }
	@Nullable Instant withdrawnAt() { return withdrawnAt; }
	@Nullable String withdrawnReason() { return withdrawnReason; }
}
