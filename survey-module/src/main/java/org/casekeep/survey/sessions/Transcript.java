package org.casekeep.survey.sessions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
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

import org.casekeep.kernel.db.AssignedIdEntity;
import org.casekeep.kernel.pii.PersonalData;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.casekeep.kernel.pii.PiiCategory;
import org.casekeep.kernel.pii.Sensitivity;
import org.casekeep.kernel.pii.VisibilityScope;
import org.casekeep.kernel.spii.ReviewedFinding;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.survey.keys.ContactVault;
import org.casekeep.survey.studies.ResearchRoles;
import org.jspecify.annotations.Nullable;

/**
 * A session's transcript or notes on their way to analysis data (PIA "Focus Groups": "transcription documents are
 * redacted to exclude participant names or any other identifying information"; 2.5: notes reviewed so that insights
 * are anonymized). The text as entered is sealed under the study's key and shown only to the team; each finding of
 * a name or SPII must be redacted or kept with a reason before the text can be verified. Verifying keeps only the
 * redacted text, which alone is analysis data, and destroys the text as entered. It guards these steps itself.
 */
@Entity
@Table(schema = "survey", name = "transcript")
@PersonalDataRecord(type = Transcript.RECORD_TYPE, partOf = "survey.study",
		legalBasis = "PRA 44 U.S.C. 3501 (Customer Research PIA 1.1)",
		source = "Customer Research PIA, \"Focus Groups\", \"Audio and Video Recordings\", 2.5")
class Transcript extends AssignedIdEntity {

	static final String RECORD_TYPE = "survey.transcript";

	enum Kind {
		TRANSCRIPT("Transcript"), NOTES("Notes");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		String label() {
			return label;
		}
	}

	enum Status {
		IN_REVIEW, VERIFIED
	}

	@Id
	private UUID id;

	private UUID sessionId;

	private UUID studyId;

	private String researchUnit;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.MODERATE,
			visibleTo = ResearchRoles.RESEARCHER, scope = VisibilityScope.OWNER_OR_ASSIGNEE, exportable = false,
			description = "Transcript or notes of a session as entered, before redaction, sealed; destroyed when "
					+ "verified (PIA \"Focus Groups\")")
	private byte @Nullable [] text;

	private @Nullable String redactedText;

	@Enumerated(EnumType.STRING)
	private Status status = Status.IN_REVIEW;

	private String enteredBy;

	private Instant enteredAt;

	private @Nullable String verifiedBy;

	private @Nullable Instant verifiedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(schema = "survey", name = "transcript_finding", joinColumns = @JoinColumn(name = "transcript_id"))
	@OrderColumn(name = "position")
	private List<ReviewedFinding> findings = new ArrayList<>();

	@Version
	private long version;

	protected Transcript() {
	}

	Transcript(ResearchSession session, Kind kind, String enteredBy, Instant now) {
		this.id = UUID.randomUUID();
		this.sessionId = session.getId();
		this.studyId = session.getStudyId();
		this.researchUnit = session.getResearchUnit();
		this.kind = kind;
		this.enteredBy = enteredBy;
		this.enteredAt = now;
	}

	/** Seals the text and replaces the findings with those of a new scan; every decision is asked again. */
	void revise(ContactVault.Sealer sealer, String plain, List<ReviewedFinding> scanned) {
		requireInReview();
		this.text = sealer.seal(id, "text", plain);
		this.findings.clear();
		this.findings.addAll(scanned);
	}

	/** The text as entered, opened; only while in review. */
	String plain(ContactVault.Sealer sealer) {
		requireInReview();
		return java.util.Objects.requireNonNull(sealer.open(id, "text", text));
	}

	/**
	 * The team decides on one finding: redact it, or keep it with a reason (a DHS employee's role, a place name).
	 * @throws org.casekeep.kernel.validation.InvalidInputException (422) for a finding that does not exist or a
	 * kept one without a reason.
	 */
	void resolve(int index, ReviewedFinding.@Nullable Resolution resolution, @Nullable String reason, String by) {
		requireInReview();
		ReviewedFinding.resolve(findings, index, resolution, reason, by, "Say why it may stay in the analysis data");
	}

	/** The positions of the findings nobody decided on yet. */
	List<Integer> unresolved() {
		return ReviewedFinding.unresolved(findings);
	}

	/**
	 * Verifies the text: the redacted text is kept as analysis data and the text as entered destroyed. The caller
	 * purges the session's recordings in the same transaction.
	 * @throws org.casekeep.kernel.validation.InvalidInputException (422) naming every finding still unresolved.
	 */
	void verify(String plain, String by, Instant now) {
		requireInReview();
		List<Integer> open = unresolved();
		if (!open.isEmpty()) {
			InputCheck input = new InputCheck();
			open.forEach(i -> input.reject("findings[" + i + "]", "Redact or keep (with a reason) the "
					+ findings.get(i).label() + " found at characters " + findings.get(i).start() + "–"
					+ findings.get(i).end() + " before verifying"));
			input.throwIfInvalid();
		}
		this.redactedText = redacted(plain);
		this.text = null;
		this.status = Status.VERIFIED;
		this.verifiedBy = by;
		this.verifiedAt = now;
	}

	/** The text with every finding decided "redact" replaced by its marker, e.g. {@code [REDACTED NAME]}. */
	String redacted(String plain) {
		return ReviewedFinding.redacted(plain, findings);
	}

	private void requireInReview() {
		if (status != Status.IN_REVIEW) {
			throw new WorkflowConflictException("The " + kind.label().toLowerCase(java.util.Locale.ROOT)
					+ " was verified on " + verifiedAt + ": only its redacted text is kept, and it is not changed.");
		}
	}

	@Override
	public UUID getId() { return id; }
	UUID getSessionId() { return sessionId; }
	UUID getStudyId() { return studyId; }
	String getResearchUnit() { return researchUnit; }
	Kind getKind() { return kind; }
	Status getStatus() { return status; }
	@Nullable String getRedactedText() { return redactedText; }
	String getEnteredBy() { return enteredBy; }
	Instant getEnteredAt() { return enteredAt; }
	@Nullable String getVerifiedBy() { return verifiedBy; }
	@Nullable Instant getVerifiedAt() { return verifiedAt; }
	List<ReviewedFinding> getFindings() { return List.copyOf(findings); }
	long getVersion() { return version; }
}
