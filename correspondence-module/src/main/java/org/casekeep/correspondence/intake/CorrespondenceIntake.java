package org.casekeep.correspondence.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.casekeep.correspondence.events.CorrespondenceReceived;
import org.casekeep.correspondence.files.AttachmentRejected;
import org.casekeep.correspondence.files.AttachmentText;
import org.casekeep.correspondence.files.AttachmentUpload;
import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.time.FiscalYear;
import org.casekeep.kernel.validation.FieldProblem;
import org.casekeep.kernel.validation.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Taking correspondence in (PIA 2.5, 3.4, "Receipt &amp; Assignment"), one record at a time or a batch of them:
 * the record, its attachments and their extracted text are stored and everything is scanned for SPII. A record with
 * findings waits in {@code SPII_REVIEW} for its {@link SpiiReview}; one without is {@code RECEIVED} at once and
 * announced with {@link CorrespondenceReceived}. Every path checks the access policy, every output passes the
 * kernel's guard, every change is audited.
 */
@Service
public class CorrespondenceIntake {

	/** Purpose recorded in read-audit entries (PIA 2.4: to answer the correspondence). */
	public static final String PURPOSE = "correspondence response";

	/** The most records one batch intake takes: a day's stack of mail, small enough for one transaction. */
	static final int BATCH_MAX = 500;

	/**
	 * What a batch intake answers for each record taken in: enough to find it again and to know whether it waits for
	 * its SPII review, and no personal data, so answering reveals nothing that would need an audited read.
	 *
	 * @param status {@code RECEIVED}, or {@code SPII_REVIEW} when SPII was found.
	 * @param spiiFindings how many findings wait for a decision.
	 */
	public record Receipt(UUID id, String referenceNumber, String status, int spiiFindings) {
	}

	private final CorrespondenceDesk desk;
	private final CorrespondenceRecords records;
	private final Attachments attachments;
	private final SpiiReviewItems reviewItems;
	private final AttachmentText attachmentText;
	private final AccessPolicy access;
	private final AuditTrail audit;
	private final TransactionOperations transactions;

	CorrespondenceIntake(CorrespondenceDesk desk, CorrespondenceRecords records, Attachments attachments,
			SpiiReviewItems reviewItems, AttachmentText attachmentText, AccessPolicy access, AuditTrail audit,
			TransactionOperations transactions) {
		this.desk = desk;
		this.records = records;
		this.attachments = attachments;
		this.reviewItems = reviewItems;
		this.attachmentText = attachmentText;
		this.access = access;
		this.audit = audit;
		this.transactions = transactions;
	}

	/**
	 * Takes in a piece of correspondence for the current user's component. The caller's right and the fields are
	 * checked first, then the files (type detected from the content, size and the kernel's extraction limits), all
	 * before the transaction that stores the record opens: reading a file takes seconds and holds no pool connection.
	 *
	 * @return the stored record; {@code status} is {@code SPII_REVIEW} with its {@code findings} when SPII was found
	 * or a file's text could not be read, {@code RECEIVED} otherwise.
	 * @throws InvalidInputException naming every field that cannot be accepted (422).
	 * @throws AttachmentRejected for a file too large (413), of another type (415) or hostile (422).
	 * @throws org.casekeep.kernel.files.ExtractionBusyException when the server reads too many files already (503).
	 */
	public CorrespondenceView intake(IntakeDraft draft, List<AttachmentUpload> files) {
		intakeActor();
		IntakeValues.of(draft, !files.isEmpty(), desk.now());
		List<AttachmentText.Checked> checked = attachmentText.checkAll(files);
		return transactions.execute(status -> intakeChecked(draft, checked));
	}

	/**
	 * Takes in a piece of correspondence whose files were checked already, by {@link AttachmentText} before the
	 * caller's transaction: the monitored mailbox stores its message key in the same transaction.
	 *
	 * @see #intake(IntakeDraft, List)
	 */
	@Transactional
	public CorrespondenceView intakeChecked(IntakeDraft draft, List<AttachmentText.Checked> checked) {
		Actor actor = intakeActor();
		Instant now = desk.now();
		IntakeValues values = IntakeValues.of(draft, !checked.isEmpty(), now);
		String reference = referencePrefix(now) + String.format(Locale.ROOT, "%06d", records.nextReferenceNumber());
		Correspondence correspondence = new Correspondence(reference, values, actor.component(), actor.username(), now);
		List<Attachment> stored = new ArrayList<>();
		for (AttachmentText.Checked file : checked) {
			stored.add(new Attachment(correspondence.getId(), file.fileName(), file.mediaType(), file.content(),
					file.text(), now));
		}
		// Scanned before anything is written, so the record is stored once, in its final state.
		List<SpiiReviewItem> found = new ArrayList<>(SpiiReview.scan(correspondence, stored));
		for (int i = 0; i < stored.size(); i++) {
			if (!checked.get(i).readable()) {
				// Fail closed: what a file says that nobody could read is checked by a person, never passed unread.
				found.add(SpiiReviewItem.unreadable(correspondence.getId(), stored.get(i).getId()));
			}
		}
		if (found.isEmpty()) {
			correspondence.noSpiiFound();
		}
		records.save(correspondence);
		attachments.saveAll(stored);
		reviewItems.saveAll(found);
		audit.record(new AuditEvent(AuditAction.CREATE, Correspondence.RECORD_TYPE,
				correspondence.getId().toString(), correspondence.getOwningComponent(),
				CorrespondenceDesk.filledFields(correspondence), CorrespondenceIntake.PURPOSE,
				"attachments: " + stored.size() + "; SPII findings: " + found.size()));
		desk.track(correspondence);
		if (found.isEmpty()) {
			desk.announce(correspondence);
		}
		records.flush();
		// Released from what was just written: no need to read it back.
		return desk.release(CorrespondenceDesk.view(correspondence, stored, found),
				CorrespondenceDesk.facts(correspondence, Set.of()));
	}

	/**
	 * Batch intake: many hand-keyed or pasted records in one transaction, as a mailroom enters a day's stack of letters
	 * or a migration loads the records of a system Casekeep replaces. Each record gets exactly what
	 * {@link #intake} gives one: validation, SPII scan (a record with findings waits for its review), audit entry,
	 * retention tracking and, when nothing was found, {@link CorrespondenceReceived}. All or nothing: a problem in any
	 * record is reported under {@code records[i].field} and nothing is stored. The answer is a receipt per record,
	 * without personal data.
	 *
	 * @throws InvalidInputException naming each bad field of each record, or {@code records} when the batch is empty
	 * or larger than {@value #BATCH_MAX}.
	 */
	@Transactional
	public List<Receipt> intakeAll(List<IntakeDraft> drafts) {
		Actor actor = intakeActor();
		if (drafts.isEmpty() || drafts.size() > BATCH_MAX) {
			throw InvalidInputException.of("records", "Send between 1 and " + BATCH_MAX + " records at a time");
		}
		Instant now = desk.now();
		List<IntakeValues> values = new ArrayList<>(drafts.size());
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < drafts.size(); i++) {
			try {
				values.add(IntakeValues.of(drafts.get(i), false, now));
			}
			catch (InvalidInputException ex) {
				for (FieldProblem problem : ex.problems()) {
					problems.add(new FieldProblem("records[" + i + "]." + problem.field(), problem.message()));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		String prefix = referencePrefix(now);
		List<Long> numbers = records.nextReferenceNumbers(values.size());
		List<Correspondence> stored = new ArrayList<>(values.size());
		List<SpiiReviewItem> found = new ArrayList<>();
		List<Receipt> receipts = new ArrayList<>(values.size());
		List<AuditEvent> entries = new ArrayList<>(values.size());
		for (int i = 0; i < values.size(); i++) {
			Correspondence c = new Correspondence(prefix + String.format(Locale.ROOT, "%06d", numbers.get(i)),
					values.get(i), actor.component(), actor.username(), now);
			List<SpiiReviewItem> items = SpiiReview.scan(c, List.of());
			if (items.isEmpty()) {
				c.noSpiiFound();
			}
			stored.add(c);
			found.addAll(items);
			receipts.add(new Receipt(c.getId(), c.getReferenceNumber(), c.getStatus().name(), items.size()));
			entries.add(new AuditEvent(AuditAction.CREATE, Correspondence.RECORD_TYPE, c.getId().toString(),
					c.getOwningComponent(), CorrespondenceDesk.filledFields(c), CorrespondenceIntake.PURPOSE,
					"batch intake; attachments: 0; SPII findings: " + items.size()));
		}
		records.saveAll(stored);
		reviewItems.saveAll(found);
		audit.recordAll(entries);
		desk.trackAll(stored);
		for (Correspondence c : stored) {
			if (c.getStatus() == CorrespondenceStatus.RECEIVED) {
				desk.announce(c);
			}
		}
		records.flush();
		return receipts;
	}

	/** The caller, if they may take correspondence in for their component. */
	private Actor intakeActor() {
		Actor actor = access.check(Operation.CREATE, RecordFacts.ofType(Correspondence.RECORD_TYPE));
		if (actor.component() == null) {
			throw InvalidInputException.of("owningComponent", "Your account has no component; ask an administrator");
		}
		return actor;
	}

	/** {@code CORR-<fiscal year>-}: reference numbers count within the federal fiscal year. */
	private static String referencePrefix(Instant now) {
		return "CORR-" + FiscalYear.of(now).year() + "-";
	}
}
