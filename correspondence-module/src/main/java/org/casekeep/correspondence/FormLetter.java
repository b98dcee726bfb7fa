package org.casekeep.correspondence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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

import org.jspecify.annotations.Nullable;
import org.casekeep.kernel.db.AssignedIdEntity;

/**
 * A response letter of an office's form-letter library (Intranet Quorum), kept in numbered versions. A version is
 * written as a draft, submitted, and approved by another Executive Secretariat user of the office before anyone may
 * use it; approving a version retires the one approved before it. Holds no personal data: merge fields stand for it.
 */
@Entity
@Table(schema = "correspondence", name = "form_letter")
class FormLetter extends AssignedIdEntity {

	static final String RECORD_TYPE = "correspondence.form_letter";

	enum Status {
		DRAFT, PENDING_APPROVAL, APPROVED, RETIRED
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

		void submit() {
			require(Status.DRAFT, "Only a draft can be submitted for approval");
			status = Status.PENDING_APPROVAL;
		}

		void approve(String approver, Instant now) {
			require(Status.PENDING_APPROVAL, "Only a version submitted for approval can be approved");
			letter.approved().ifPresent(previous -> previous.status = Status.RETIRED);
			status = Status.APPROVED;
			decidedBy = approver;
			decidedAt = now;
		}

		void returnToDraft(String reviewer, Instant now) {
			require(Status.PENDING_APPROVAL, "Only a version submitted for approval can be sent back");
			status = Status.DRAFT;
			decidedBy = reviewer;
			decidedAt = now;
		}

		private void require(Status expected, String message) {
			if (status != expected) {
				throw new FormLetterStateException(message + " (version " + number + " is " + status + ")");
			}
		}
	}
}
