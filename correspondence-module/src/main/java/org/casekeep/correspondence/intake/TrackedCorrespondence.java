package org.casekeep.correspondence.intake;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.disclosure.DisclosableRecords;
import org.casekeep.kernel.validation.InvalidInputException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the rest of the office tells intake about a record taken in, and asks of it, without reaching its entity:
 * the tasker side says a record is linked, tasked, answered and closed (PIA "Receipt &amp; Assignment",
 * "Response"); records management files it under a schedule and accounts for its disclosures (PIA 5.1, 6.4).
 * Every method runs in the caller's transaction (or its own, called outside one) and leaves checking access to the
 * caller unless it says otherwise.
 */
@Service
@Transactional
public class TrackedCorrespondence {

	/**
	 * A record as records management sees it: identifiers and state, no personal data.
	 *
	 * @param attachmentIds its documents, in the order taken in.
	 */
	public record Filed(UUID id, String referenceNumber, CorrespondenceStatus status, long version,
			List<UUID> attachmentIds) {
	}

	/** The record type a piece of correspondence is audited, retained and accounted for under. */
	public static final String CORRESPONDENCE = Correspondence.RECORD_TYPE;

	/** The record type of a document that came with it. */
	public static final String ATTACHMENT = Attachment.RECORD_TYPE;

	private final CorrespondenceDesk desk;
	private final CorrespondenceRecords records;
	private final Attachments attachments;
	private final AccessPolicy access;
	private final AuditTrail audit;
	private final SpiiReviewItems reviewItems;
	private final CorrespondentNotices notices;

	TrackedCorrespondence(CorrespondenceDesk desk, CorrespondenceRecords records, Attachments attachments,
			AccessPolicy access, AuditTrail audit, SpiiReviewItems reviewItems, CorrespondentNotices notices) {
		this.desk = desk;
		this.records = records;
		this.attachments = attachments;
		this.access = access;
		this.audit = audit;
		this.reviewItems = reviewItems;
		this.notices = notices;
	}

	/**
	 * The users who chose to keep an SPII value found in the correspondence (PIA 3.4): separation of duties keeps them
	 * from clearing the response to it on their own.
	 */
	public java.util.Set<String> spiiKeptBy(UUID id) {
		return reviewItems.findByCorrespondenceIdOrderByLocationAscStartOffsetAsc(id).stream()
			.filter(item -> item.getDecision() == SpiiReviewItem.Choice.KEEP && item.getDecidedBy() != null)
			.map(SpiiReviewItem::getDecidedBy).collect(java.util.stream.Collectors.toSet());
	}

	/**
	 * Checks that the actor may link a tasker to this correspondence: the record exists and they may update it (its
	 * owning component's Executive Secretariat, or ESEC's). A tasker opens the record to its assignees, so linking one
	 * is a change of who may read it. A record the actor may not change is answered as not found.
	 */
	public void requireLinkable(UUID id, Actor actor) {
		Correspondence correspondence = desk.find(id);
		if (!access.permits(actor, Operation.UPDATE, desk.facts(correspondence))) {
			throw new RecordNotFoundException(Correspondence.RECORD_TYPE, id);
		}
	}

	/**
	 * The letter a tasker answers, for the tasker's page, if the current user may read it (PIA "Receipt &amp;
	 * Assignment": a tasker opens the letter to its assignees): released through the kernel's guard, so masked as its
	 * declarations say and the read audited; a refusal is audited by the policy and answered as empty.
	 */
	public Optional<CorrespondenceView> readable(UUID id) {
		Optional<Correspondence> found = records.findById(id);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		try {
			access.check(Operation.READ, desk.facts(found.get()));
		}
		catch (org.springframework.security.access.AccessDeniedException ex) {
			return Optional.empty();
		}
		return Optional.of(desk.release(found.get()));
	}

	/**
	 * A tasker answering this record was assigned: refused while the record awaits its SPII review (nobody else may
	 * read it before then), and a received record becomes {@code TASKED}.
	 *
	 * @throws InvalidInputException naming {@code correspondenceId} while the SPII review is pending.
	 */
	public void taskerAssigned(UUID id) {
		CorrespondenceStatus status = desk.find(id).getStatus();
		if (status == CorrespondenceStatus.SPII_REVIEW) {
			throw InvalidInputException.of("correspondenceId", "The correspondence awaits its SPII review; assign the "
					+ "tasker once every finding is redacted or kept");
		}
		if (status == CorrespondenceStatus.RECEIVED) {
			moveTo(id, CorrespondenceStatus.TASKED);
		}
	}

	/**
	 * The response to this record went out: it is {@code RESPONDED}, unless already closed, and the correspondent who
	 * gave an address is told (once).
	 */
	public void responseDispatched(UUID id) {
		Correspondence correspondence = desk.find(id);
		if (correspondence.getStatus() != CorrespondenceStatus.CLOSED) {
			moveTo(id, CorrespondenceStatus.RESPONDED);
		}
		notices.responseSent(correspondence, desk.now());
	}

	/**
	 * The last open tasker answering this record was cancelled: a tasked record has ended without a response and is
	 * closed, so its retention counts (PIA 5.1). A record that was only ever drafted for (received, not tasked) stays
	 * open for another tasker, or to be closed in records review.
	 */
	public void lastTaskerCancelled(UUID id) {
		CorrespondenceStatus status = desk.find(id).getStatus();
		if (status == CorrespondenceStatus.TASKED || status == CorrespondenceStatus.RESPONDED) {
			moveTo(id, CorrespondenceStatus.CLOSED);
		}
	}

	/** The last open tasker answering this record was closed: the record is closed and its retention counts. */
	public void lastTaskerClosed(UUID id) {
		if (desk.find(id).getStatus() != CorrespondenceStatus.CLOSED) {
			moveTo(id, CorrespondenceStatus.CLOSED);
		}
	}

	/**
	 * The record as records management sees it, once the actor passed the access check of the operation they are
	 * about to perform (the refusal audited by the kernel).
	 *
	 * @throws RecordNotFoundException for a record that does not exist.
	 */
	public Filed file(UUID id, Operation operation) {
		Correspondence correspondence = desk.find(id);
		access.check(operation, desk.facts(correspondence));
		return new Filed(id, correspondence.getReferenceNumber(), correspondence.getStatus(),
				correspondence.getVersion(), attachments.findByCorrespondenceIdOrderByCreatedAt(id).stream()
					.map(Attachment::getId).toList());
	}

	/**
	 * Closes a record no tasker answers (PIA 5.1: it ends and its schedule starts counting) and audits it; the caller
	 * checked {@link Operation#UPDATE} through {@link #file}.
	 *
	 * @param version the version the user saw.
	 * @throws ObjectOptimisticLockingFailureException if the record changed since {@code version}.
	 * @throws org.casekeep.kernel.validation.WorkflowConflictException unless it is received and not tasked.
	 */
	public CorrespondenceView closeUnanswered(UUID id, ClosureReason reason, long version) {
		Correspondence correspondence = desk.find(id);
		if (version != correspondence.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Correspondence.class, id);
		}
		correspondence.closeUnanswered(reason, desk.now());
		records.saveAndFlush(correspondence);
		desk.track(correspondence);
		audit.record(new AuditEvent(AuditAction.UPDATE, Correspondence.RECORD_TYPE, id.toString(),
				correspondence.getOwningComponent(), List.of("status", "closureReason"), "records review",
				"closed without a response: " + reason.name()));
		return desk.release(correspondence);
	}

	/**
	 * A record, or one of its documents, as the accounting of disclosures sees it (PIA 6.4): shared as the record
	 * is, so decided on the record's facts, and kept under the record as its subject. Not shareable while its SPII
	 * review is pending (nobody outside intake may read it before then).
	 *
	 * @param recordType {@link #CORRESPONDENCE} or {@link #ATTACHMENT}.
	 * @return empty for an id that names no such record.
	 */
	public Optional<DisclosableRecords.Found> disclosable(String recordType, String recordId) {
		Optional<Correspondence> record = DisclosableRecords.uuid(recordId).flatMap(id -> switch (recordType) {
			case CORRESPONDENCE -> records.findById(id);
			case ATTACHMENT -> attachments.findById(id).flatMap(a -> records.findById(a.getCorrespondenceId()));
			default -> Optional.empty();
		});
		return record.map(c -> new DisclosableRecords.Found(desk.facts(c), c.getId().toString(),
				c.getStatus() == CorrespondenceStatus.SPII_REVIEW ? "Finish the SPII review of " + c.getReferenceNumber()
						+ " before sharing it outside the Department" : null));
	}

	/**
	 * Records review (PIA 5.1): files the record under another schedule, re-tracks its retention (a permanent one
	 * stops the clock until a schedule is approved) and audits the change. The caller checked
	 * {@link Operation#UPDATE} through {@link #file}.
	 *
	 * @param version the version the reviewer saw.
	 * @return the record's view, released for the current actor.
	 * @throws ObjectOptimisticLockingFailureException if the record changed since {@code version}.
	 */
	public CorrespondenceView refile(UUID id, CorrespondenceRetentionSchedule schedule, long version) {
		Correspondence correspondence = desk.find(id);
		if (version != correspondence.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Correspondence.class, id);
		}
		String before = correspondence.getRetentionSchedule();
		correspondence.reschedule(schedule, desk.now());
		records.saveAndFlush(correspondence);
		desk.track(correspondence);
		audit.record(new AuditEvent(AuditAction.UPDATE, Correspondence.RECORD_TYPE, id.toString(),
				correspondence.getOwningComponent(), List.of("retentionSchedule"), "records review",
				before + " -> " + schedule.name() + (schedule.permanent() ? " (permanent)" : " (temporary)")));
		return desk.release(correspondence);
	}

	/**
	 * Moves a received record on (TASKED, RESPONDED, CLOSED). Closing records {@code closedAt}, from which the chosen
	 * schedule starts counting (PIA 5.1: N1-563-07-001 cuts off at the end of that fiscal year).
	 *
	 * @throws InvalidInputException naming {@code status} for a move the record's status does not allow, e.g. while
	 * it still awaits its SPII review.
	 */
	void moveTo(UUID id, CorrespondenceStatus status) {
		Correspondence correspondence = desk.find(id);
		correspondence.advanceTo(status, desk.now());
		records.saveAndFlush(correspondence);
		desk.track(correspondence);
	}
}
