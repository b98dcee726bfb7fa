package org.casekeep.crm.issues;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.casekeep.crm.stakeholder.Issue;
import org.casekeep.crm.stakeholder.Stakeholder;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.files.UploadCheck;
import org.casekeep.kernel.retention.RecordDestroyer;
import org.casekeep.kernel.retention.RetentionFacts;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.casekeep.kernel.validation.InputCheck;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The documents CRM users upload to an issue (CRM PIA 1.1, item 4), read by every CRM user. A file goes through the
 * platform's upload check first (size, type detected from its bytes: PDF or Word only, hostile files refused) and
 * nothing is stored for a refused one. Listing names and downloading content are audited like every release of
 * declared personal data; each document is kept under the CRM's schedule and destroyed by retention (PIA 3.2).
 */
@Service
public class IssueLibrary {

	/** A document as a page or the API lists it, without its content. */
	public record Document(UUID id, String issue, String fileName, String mediaType, long sizeBytes,
			Instant uploadedAt, String uploadedBy) {
	}

	/** A document's content, for download. */
	public record File(String fileName, String mediaType, byte[] content) {
	}

	private final IssueDocuments documents;
	private final IssueAccess access;
	private final UploadCheck uploads;
	private final AuditTrail audit;
	private final RetentionRegistry retention;
	private final TransactionTemplate transactions;
	private final Clock clock = Clock.systemUTC();

	IssueLibrary(IssueDocuments documents, IssueAccess access, UploadCheck uploads, AuditTrail audit,
			RetentionRegistry retention, PlatformTransactionManager transactions) {
		this.documents = documents;
		this.access = access;
		this.uploads = uploads;
		this.audit = audit;
		this.retention = retention;
		this.transactions = new TransactionTemplate(transactions);
	}

	/** An issue's documents, newest first; reading their names is audited (field names only). */
	@Transactional
	public List<Document> documents(String code) {
		access.requireUser(IssueDocument.RECORD_TYPE);
		List<Document> found = documents.listed(access.issue(code).code());
		audit.recordAll(found.stream().map(document -> new AuditEvent(AuditAction.READ, IssueDocument.RECORD_TYPE,
				document.id().toString(), null, List.of("filename"), Stakeholder.PURPOSE, null)).toList());
		return found;
	}

	/**
	 * Uploads a document to an active issue, as the current CRM user. The file is checked before any transaction
	 * opens (reading it may take seconds).
	 *
	 * @throws org.casekeep.kernel.validation.InvalidInputException naming {@code file} (none sent, name too long) or
	 * {@code issue} (a retired issue takes no new material).
	 * @throws org.casekeep.kernel.files.UploadRefusedException for a file too large (413), of another type (415) or
	 * hostile (422).
	 */
	public Document upload(String code, @Nullable String fileName, byte @Nullable [] content) {
		Actor actor = access.requireUser(IssueDocument.RECORD_TYPE);
		Issue issue = access.issue(code);
		InputCheck check = new InputCheck();
		if (content == null || content.length == 0) {
			check.reject("file", "Choose a file to upload");
		}
		String name = fileName == null || fileName.isBlank() ? "document" : fileName.strip();
		if (name.length() > IssueDocument.FILENAME_MAX) {
			check.reject("file", "The file's name is longer than " + IssueDocument.FILENAME_MAX + " characters");
		}
		if (!issue.active()) {
			check.reject("issue", "The issue is retired: it takes no new material");
		}
		check.throwIfInvalid();
		UploadCheck.Checked checked = uploads.check(name, java.util.Objects.requireNonNull(content),
				UploadCheck.DOCUMENTS);
		return java.util.Objects.requireNonNull(transactions.execute(status -> store(issue, checked, actor)));
	}

	/** A document's content; reading it is audited. Not found when it is not a document of that issue. */
	@Transactional
	public File download(String code, UUID id) {
		access.requireUser(IssueDocument.RECORD_TYPE);
		Issue issue = access.issue(code);
		IssueDocument document = documents.findById(id).filter(found -> found.getIssueCode().equals(issue.code()))
			.orElseThrow(() -> new RecordNotFoundException(IssueDocument.RECORD_TYPE, id.toString()));
		audit.record(new AuditEvent(AuditAction.READ, IssueDocument.RECORD_TYPE, id.toString(), null,
				List.of("filename", "content"), Stakeholder.PURPOSE, null));
		return new File(document.getFilename(), document.getContentType(), document.getContent());
	}

	/** Retention destroys a document whose time is up; one already gone is nothing to do. */
	@Bean
	RecordDestroyer issueDocumentDestroyer() {
		return RecordDestroyer.of(IssueDocument.RECORD_TYPE, id -> documents.findById(id).ifPresent(documents::delete));
	}

	private Document store(Issue issue, UploadCheck.Checked checked, Actor actor) {
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		IssueDocument document = documents.save(new IssueDocument(issue.code(), checked.fileName(),
				checked.mediaType(), checked.content(), now, actor.username()));
		audit.record(new AuditEvent(AuditAction.CREATE, IssueDocument.RECORD_TYPE, document.getId().toString(), null,
				List.of("filename", "content"), "issues (PIA 1.1)", checked.typeName(UploadCheck.DOCUMENTS)));
		// PIA 3.2: reference material, deleted a year after it was uploaded.
		retention.track(IssueDocument.RECORD_TYPE, document.getId().toString(), RetentionFacts.lastActivity(now, now));
		return new Document(document.getId(), issue.code(), checked.fileName(), checked.mediaType(),
				checked.content().length, now, actor.username());
	}
}
