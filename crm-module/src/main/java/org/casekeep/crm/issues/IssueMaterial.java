package org.casekeep.crm.issues;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.casekeep.crm.stakeholder.Issue;
import org.casekeep.crm.stakeholder.Stakeholder;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.retention.RecordDestroyer;
import org.casekeep.kernel.retention.RetentionFacts;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.casekeep.kernel.validation.InputCheck;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The material CRM users keep on an issue (CRM PIA 1.1, item 4): policy updates and talking points, each written by a
 * CRM user and read by all (the issues are the Department's). Writing one is audited (field names only); each is
 * tracked by retention under the CRM's schedule and destroyed by it.
 */
@Service
public class IssueMaterial {

	/** A note as a page or the API shows it. */
	public record Note(UUID id, String issue, String kind, String title, String body, Instant writtenAt,
			String author) {

		static Note of(IssueNote note) {
			return new Note(note.getId(), note.getIssueCode(), note.getKind().name(), note.getTitle(), note.getBody(),
					note.getWrittenAt(), note.getAuthor());
		}
	}

	private final IssueNotes notes;
	private final IssueAccess access;
	private final AuditTrail audit;
	private final RetentionRegistry retention;
	private final Clock clock = Clock.systemUTC();

	IssueMaterial(IssueNotes notes, IssueAccess access, AuditTrail audit, RetentionRegistry retention) {
		this.notes = notes;
		this.access = access;
		this.audit = audit;
		this.retention = retention;
	}

	/**
	 * An issue's policy updates and talking points, newest first, for every CRM user. Their title and text are
	 * declared personal data, so each read is audited (field names only), as every other release of PII is.
	 */
	@Transactional
	public List<Note> notes(String code) {
		requireUser();
		List<Note> found = notes.findByIssueCodeOrderByWrittenAtDescIdAsc(issue(code).code()).stream().map(Note::of)
			.toList();
		audit.recordAll(found.stream().map(note -> new AuditEvent(AuditAction.READ, IssueNote.RECORD_TYPE,
				note.id().toString(), null, List.of("title", "body"), Stakeholder.PURPOSE, null)).toList());
		return found;
	}

	/**
	 * Writes a policy update or talking point on an active issue, as the current CRM user.
	 * @param kind {@code POLICY_UPDATE} or {@code TALKING_POINT}, any case.
	 * @throws org.casekeep.kernel.validation.InvalidInputException naming {@code kind}, {@code title}, {@code body}
	 * or {@code issue} (a retired issue takes no new material).
	 */
	@Transactional
	public Note write(String code, @Nullable String kind, @Nullable String title, @Nullable String body) {
		Actor actor = requireUser();
		Issue issue = issue(code);
		InputCheck check = new InputCheck();
		IssueNote.Kind typedKind = check.required("kind", kind, "Kind", raw -> {
			try {
				return IssueNote.Kind.valueOf(raw.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("Choose POLICY_UPDATE or TALKING_POINT");
			}
		});
		String typedTitle = check.requiredText("title", title, "Title", IssueNote.TITLE_MAX);
		String typedBody = check.requiredText("body", body, "Text", IssueNote.BODY_MAX);
		if (!issue.active()) {
			check.reject("issue", "The issue is retired: it takes no new material");
		}
		check.throwIfInvalid();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		IssueNote note = notes.save(new IssueNote(issue.code(), typedKind, typedTitle, typedBody, now,
				actor.username()));
		audit.record(new AuditEvent(AuditAction.CREATE, IssueNote.RECORD_TYPE, note.getId().toString(), null,
				List.of("kind", "title", "body"), "issues (PIA 1.1)", null));
		// PIA 3.2: reference material, deleted a year after it was written.
		retention.track(IssueNote.RECORD_TYPE, note.getId().toString(), RetentionFacts.lastActivity(now, now));
		return Note.of(note);
	}

	/** Retention destroys a note whose time is up; one already gone is nothing to do. */
	@Bean
	RecordDestroyer issueNoteDestroyer() {
		return RecordDestroyer.of(IssueNote.RECORD_TYPE, id -> notes.findById(id).ifPresent(notes::delete));
	}

	private Issue issue(String code) {
		return access.issue(code);
	}

	private Actor requireUser() {
		return access.requireUser(IssueNote.RECORD_TYPE);
	}
}
