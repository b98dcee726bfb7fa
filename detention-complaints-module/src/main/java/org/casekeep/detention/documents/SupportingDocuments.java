package org.casekeep.detention.documents;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.casekeep.detention.complaint.ComplaintCase.ComplaintId;
import org.casekeep.detention.complaint.ComplaintFacts;
import org.casekeep.detention.complaint.ComplaintRecords;
import org.casekeep.detention.complaint.OidoRoles;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.files.UploadCheck;
import org.casekeep.kernel.pii.PersonalDataGuard;
import org.casekeep.kernel.spii.SpiiDetector;
import org.casekeep.kernel.validation.InputCheck;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adding and reading supporting documents. A file is checked in this order: who may add it (before its bytes are
 * looked at), its type from its content (only the types an office scans or receives are accepted), its text through
 * the kernel's bounded extraction (outside any transaction, as it requires), the SPII scan of that text; then, in one
 * transaction, the complaint is checked again, the document stored and its creation audited. Nothing is stored for a
 * refused file.
 */
@Service
public class SupportingDocuments {

	/** The record type of supporting documents, in audit entries and the accounting of disclosures. */
	public static final String RECORD_TYPE = ComplaintDocument.RECORD_TYPE;

	/** The types accepted: what letters arrive as (scans, PDF, Word) and plain text. */
	static final UploadCheck.Accepted ACCEPTED;

	static {
		java.util.Map<String, String> types = new java.util.HashMap<>(UploadCheck.LETTERS.types());
		types.put("text/plain", "text");
		ACCEPTED = new UploadCheck.Accepted(types, "a PDF, an image (PNG, JPEG, TIFF), a Word document or text");
	}

	private final ComplaintRecords records;
	private final ComplaintDocuments documents;
	private final UploadCheck uploads;
	private final PersonalDataGuard guard;
	private final AuditTrail audit;
	private final TransactionTemplate tx;
	private final SpiiDetector spii = new SpiiDetector();

	SupportingDocuments(ComplaintRecords records, ComplaintDocuments documents, UploadCheck uploads,
			PersonalDataGuard guard, AuditTrail audit, PlatformTransactionManager transactions) {
		this.records = records;
		this.documents = documents;
		this.uploads = uploads;
		this.guard = guard;
		this.audit = audit;
		this.tx = new TransactionTemplate(transactions);
	}

	/**
	 * Adds a document to a complaint. Must not be called inside a transaction.
	 * @throws org.springframework.security.access.AccessDeniedException for anyone who may not add it.
	 * @throws org.casekeep.kernel.validation.InvalidInputException naming {@code kind} or {@code file}.
	 * @throws org.casekeep.kernel.files.UploadRefusedException for a file too large (413), of a type not accepted
	 * (415) or hostile (422).
	 */
	public DocumentViews.Receipt attach(ComplaintId id, @Nullable String kind, @Nullable String fileName, byte[] content) {
		InputCheck check = new InputCheck();
		DocumentKind documentKind = check.required("kind", kind, "Kind of document",
				raw -> DocumentKind.valueOf(raw.toUpperCase(Locale.ROOT)));
		String name = check.text("file", fileName == null ? null : baseName(fileName), "File name", 255);
		if (content.length == 0) {
			check.reject("file", "Choose a file");
		}
		tx.executeWithoutResult(status -> records.forAttachment(id));
		check.throwIfInvalid();
		UploadCheck.Checked text = uploads.check(name == null ? "document" : name, content, ACCEPTED);
		String mediaType = text.mediaType();
		List<String> findings = spii.scan(text.text()).stream().map(f -> f.kind().name()).distinct().toList();
		Actor actor = Actors.require();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		return tx.execute(status -> {
			ComplaintFacts complaint = records.forAttachment(id);
			ComplaintDocument document = new ComplaintDocument(complaint.id().value(), documentKind,
					name == null ? "document" : name, mediaType, content, text.readable(), findings, actor.username(), now);
			documents.save(document);
			audit.record(new AuditEvent(AuditAction.CREATE, ComplaintDocument.RECORD_TYPE, document.getId().toString(),
					OidoRoles.COMPONENT, List.of("fileName", "content"), ComplaintRecords.PURPOSE,
					"complaint " + id + "; " + documentKind.name() + "; " + mediaType
							+ (text.readable() ? "" : "; text unreadable, review by eye")
							+ (findings.isEmpty() ? "" : "; SPII found: " + String.join(",", findings))));
			return new DocumentViews.Receipt(document.getId(), mediaType, text.readable(), findings);
		});
	}

	/** The documents of a complaint, oldest first, for analysts and managers; each listed is read-audited. */
	public List<DocumentViews.Listed> list(ComplaintId id) {
		return tx.execute(status -> {
			records.inspect(id);
			List<ComplaintDocument> found = documents.findByComplaintIdOrderByUploadedAt(id.value());
			List<DocumentViews.Listed> views = new ArrayList<>();
			Map<DocumentViews.Listed, RecordFacts> facts = new IdentityHashMap<>();
			for (ComplaintDocument document : found) {
				DocumentViews.Listed view = DocumentViews.Listed.of(document);
				views.add(view);
				facts.put(view, facts(document));
			}
			return guard.releaseAll(views, facts::get, ComplaintRecords.PURPOSE);
		});
	}

	/** A document's content, for analysts and managers; read-audited. */
	public DocumentViews.Content content(ComplaintId id, UUID documentId) {
		return tx.execute(status -> {
			records.inspect(id);
			ComplaintDocument document = documents.findById(documentId)
				.filter(d -> d.complaintId().equals(id.value()))
				.orElseThrow(() -> new RecordNotFoundException(ComplaintDocument.RECORD_TYPE, documentId));
			return guard.release(new DocumentViews.Content(document.getId(), document.fileName(), document.mediaType(),
					document.content()), facts(document), ComplaintRecords.PURPOSE);
		});
	}

	/**
	 * The complaint a document is part of, for features that name documents by id (the accounting of disclosures);
	 * nothing of the document is released. Empty for an unknown document.
	 */
	@org.springframework.transaction.annotation.Transactional(readOnly = true)
	public java.util.Optional<ComplaintId> complaintOf(UUID documentId) {
		return documents.complaintIdOf(documentId).map(ComplaintId::new);
	}

	/** The kinds staff choose from, for forms; what the public sends is marked so by the portal. */
	static Set<DocumentKind> kinds() {
		return EnumSet.complementOf(EnumSet.of(DocumentKind.SENT_BY_SUBMITTER));
	}

	private static RecordFacts facts(ComplaintDocument document) {
		return new RecordFacts(ComplaintDocument.RECORD_TYPE, document.getId().toString(), OidoRoles.COMPONENT,
				document.uploadedBy(), Set.of());
	}

	/** The name without any folder a browser may send. */
	private static String baseName(String fileName) {
		String name = fileName.replace('\\', '/');
		return name.substring(name.lastIndexOf('/') + 1);
	}

	/** A file the public sent, checked before anything is written: its type from its content, its text and its SPII. */
	public record PublicFile(String fileName, String mediaType, byte[] content, boolean readable, List<String> findings) {
	}

	/**
	 * Checks a file a member of the public sends on the portal, with the complaint or later, by the same upload check
	 * and limits as staff's. Must not be called inside a transaction.
	 * @throws org.casekeep.kernel.files.UploadRefusedException for a file too large (413), of a type not accepted
	 * (415) or hostile (422).
	 */
	public PublicFile checkFromPublic(String fileName, byte[] content) {
		String name = baseName(fileName);
		name = name.isBlank() ? "document" : name.length() > 255 ? name.substring(name.length() - 255) : name;
		UploadCheck.Checked text = uploads.check(name, content, ACCEPTED);
		List<String> findings = spii.scan(text.text()).stream().map(f -> f.kind().name()).distinct().toList();
		return new PublicFile(name, text.mediaType(), content, text.readable(), findings);
	}

	/**
	 * Stores a checked file of the public as a supporting document of the complaint, in the caller's transaction. Only
	 * for the portal, after it filed the complaint or checked the submitter's receipt code.
	 * @return the document's id.
	 */
	@org.springframework.transaction.annotation.Transactional(
			propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public UUID storeFromPublic(ComplaintId id, PublicFile file) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		ComplaintDocument document = new ComplaintDocument(id.value(), DocumentKind.SENT_BY_SUBMITTER, file.fileName(),
				file.mediaType(), file.content(), file.readable(), file.findings(),
				org.casekeep.detention.intake.ComplaintIntake.PORTAL_SUBMITTER, now);
		documents.save(document);
		audit.record(new AuditEvent(AuditAction.CREATE, ComplaintDocument.RECORD_TYPE, document.getId().toString(),
				OidoRoles.COMPONENT, List.of("fileName", "content"), ComplaintRecords.PURPOSE,
				"complaint " + id + "; sent by the submitter through the portal; " + file.mediaType()
						+ (file.readable() ? "" : "; text unreadable, review by eye")
						+ (file.findings().isEmpty() ? "" : "; SPII found: " + String.join(",", file.findings()))));
		return document.getId();
	}
}
