package org.casekeep.correspondence.formletters;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.casekeep.kernel.db.AssignedIdEntity;
import org.jspecify.annotations.Nullable;

/**
 * A response letter of an office's form-letter library (Intranet Quorum), kept in numbered versions. A version is
 * written as a draft, submitted, and approved by another Executive Secretariat user of the office before anyone may
 * use it; approving a version retires the one approved before it. Holds no personal data: merge fields stand for it.
 */
@Entity
@Table(schema = "correspondence", name = "form_letter")
class FormLetter extends AssignedIdEntity {

	static final String RECORD_TYPE = "correspondence.form_letter";

	/**
	 * Where a version stands: written as a {@code DRAFT}, submitted ({@code PENDING_APPROVAL}), then approved by
	 * another member of the office or sent back to draft; an approved version is {@code RETIRED} when the next one is
	 * approved.
	 */
	enum Status {
		DRAFT("Draft"), PENDING_APPROVAL("Awaiting approval"), APPROVED("Approved"), RETIRED("Retired");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		/** The status as the office reads it on every page. */
		String getLabel() {
			return label;
		}

		/** The label of a status given by its name, e.g. in a view; the name itself if it is none. */
		static String labelOf(String name) {
			return java.util.Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst()
				.map(Status::getLabel).orElse(name);
		}

		/** The statuses a version in this status may move to. */
		Set<Status> next() {
			return switch (this) {
				case DRAFT -> EnumSet.of(PENDING_APPROVAL);
				case PENDING_APPROVAL -> EnumSet.of(APPROVED, DRAFT);
				case APPROVED -> EnumSet.of(RETIRED);
				case RETIRED -> EnumSet.noneOf(Status.class);
			};
		}
	}

	@Id
	private UUID id;
	private String name;
	private String component;
	private String createdBy;
	private Instant createdAt;
	@Version
	private long version;

	@OneToMany(mappedBy = "letter", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	private List<Revision> revisions = new ArrayList<>();

	protected FormLetter() {
	}

	FormLetter(String name, String component, String createdBy, Instant now) {
		this.id = UUID.randomUUID();
		this.name = name;
		this.component = component;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	@Override
	public UUID getId() { return id; }
	String getName() { return name; }
	String getComponent() { return component; }
	String getCreatedBy() { return createdBy; }
	Instant getCreatedAt() { return createdAt; }
	long getVersion() { return version; }

	List<Revision> revisions() {
		return revisions.stream().sorted(Comparator.comparingInt(Revision::getNumber)).toList();
	}

	Optional<Revision> approved() {
		return revisions.stream().filter(r -> r.status == Status.APPROVED).findFirst();
	}

	Optional<Revision> revision(int number) {
		return revisions.stream().filter(r -> r.number == number).findFirst();
	}

	/** Writes a new draft, or rewrites the latest version while it is still a draft. */
	Revision write(String body, @Nullable String changeNote, String author, Instant now) {
		Optional<Revision> latest = revisions.stream().max(Comparator.comparingInt(Revision::getNumber));
		if (latest.isPresent() && latest.get().status == Status.DRAFT) {
			Revision draft = latest.get();
			draft.body = body;
			draft.changeNote = changeNote;
			draft.author = author;
			draft.writtenAt = now;
			return draft;
		}
		Revision revision = new Revision(this, latest.map(r -> r.number + 1).orElse(1), body, changeNote, author, now);
		revisions.add(revision);
		return revision;
	}

	/** A version of a form letter. */
	@Entity
	@Table(schema = "correspondence", name = "form_letter_version")
	static class Revision {

		@Id
		private UUID id;
		@jakarta.persistence.ManyToOne(fetch = FetchType.LAZY)
		@JoinColumn(name = "form_letter_id")
		private FormLetter letter;
		private int number;
		@Column(columnDefinition = "text")
		private String body;
		private @Nullable String changeNote;
		@Enumerated(EnumType.STRING)
		private Status status;
		private String author;
		private Instant writtenAt;
		private @Nullable String decidedBy;
		private @Nullable Instant decidedAt;

		protected Revision() {
		}

		Revision(FormLetter letter, int number, String body, @Nullable String changeNote, String author, Instant now) {
			this.id = UUID.randomUUID();
			this.letter = letter;
			this.number = number;
			this.body = body;
			this.changeNote = changeNote;
			this.status = Status.DRAFT;
			this.author = author;
			this.writtenAt = now;
		}

		int getNumber() { return number; }
		String getBody() { return body; }
		@Nullable String getChangeNote() { return changeNote; }
		Status getStatus() { return status; }
		String getAuthor() { return author; }
		Instant getWrittenAt() { return writtenAt; }
		@Nullable String getDecidedBy() { return decidedBy; }
		@Nullable Instant getDecidedAt() { return decidedAt; }

		/** @throws FormLetterStateException unless this version is a draft. */
		void submit() {
			moveTo(Status.PENDING_APPROVAL, "Only a draft can be submitted for approval");
		}

		/**
		 * Approves this version and retires the one approved before it.
		 * @throws FormLetterStateException unless this version was submitted for approval.
		 */
		void approve(String approver, Instant now) {
			require(Status.APPROVED, "Only a version submitted for approval can be approved");
			letter.approved()
				.ifPresent(previous -> previous.moveTo(Status.RETIRED, "Only an approved version can be retired"));
			moveTo(Status.APPROVED, "Only a version submitted for approval can be approved");
			decidedBy = approver;
			decidedAt = now;
		}

		/** @throws FormLetterStateException unless this version was submitted for approval. */
		void returnToDraft(String reviewer, Instant now) {
			moveTo(Status.DRAFT, "Only a version submitted for approval can be sent back");
			decidedBy = reviewer;
			decidedAt = now;
		}

		/** The one place a version's status changes: refused, and the version left as it was, unless allowed. */
		private void moveTo(Status next, String refusal) {
			require(next, refusal);
			status = next;
		}

		private void require(Status next, String refusal) {
			if (!status.next().contains(next)) {
				throw new FormLetterStateException(refusal + " (version " + number + " is " + status + ")");
			}
		}
	}
}
