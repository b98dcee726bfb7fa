package org.casekeep.correspondence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.disclosure.DisclosedRecord;
import org.casekeep.kernel.disclosure.Disclosure;
import org.casekeep.kernel.disclosure.DisclosureAccounting;
import org.casekeep.kernel.disclosure.DisclosureRequest;
import org.casekeep.kernel.validation.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts for correspondence shared with Congress or another agency through the kernel's accounting of
 * disclosures (PIA 6.4): the record and each document shared are listed, so the Privacy Office can tell the
 * correspondent who received what. The correspondence is the subject the accounting is kept under.
 */
@Service
public class CorrespondenceDisclosures {

	private final CorrespondenceRecords records;
	private final Attachments attachments;
	private final CorrespondenceIntake intake;
	private final AccessPolicy access;
	private final DisclosureAccounting accounting;

	CorrespondenceDisclosures(CorrespondenceRecords records, Attachments attachments, CorrespondenceIntake intake,
			AccessPolicy access, DisclosureAccounting accounting) {
		this.records = records;
		this.attachments = attachments;
		this.intake = intake;
		this.access = access;
		this.accounting = accounting;
	}

	/**
	 * Records the disclosure.
	 * @throws InvalidInputException naming a missing field or a document that is not part of this correspondence.
	 */
	@Transactional
	public Disclosure disclose(UUID correspondenceId, CorrespondenceDisclosure request) {
		Correspondence correspondence = records.findById(correspondenceId)
			.orElseThrow(() -> new RecordNotFoundException(Correspondence.RECORD_TYPE, correspondenceId));
		access.check(Operation.DISCLOSE, intake.facts(correspondence));
		if (correspondence.getStatus() == CorrespondenceStatus.SPII_REVIEW) {
			throw InvalidInputException.of("correspondenceId",
					"Finish the SPII review before sharing this correspondence outside the Department");
		}
		Set<UUID> own = attachments.findByCorrespondenceIdOrderByCreatedAt(correspondenceId).stream()
			.map(Attachment::getId).collect(Collectors.toSet());
		List<DisclosedRecord> disclosed = new ArrayList<>();
		String subject = correspondenceId.toString();
		disclosed.add(new DisclosedRecord(Correspondence.RECORD_TYPE, subject, subject));
		for (UUID attachmentId : request.attachmentIds() == null ? List.<UUID>of() : request.attachmentIds()) {
			if (!own.contains(attachmentId)) {
				throw InvalidInputException.of("attachmentIds", "Document " + attachmentId + " is not part of "
						+ correspondence.getReferenceNumber());
			}
			disclosed.add(new DisclosedRecord(Attachment.RECORD_TYPE, attachmentId.toString(), subject));
		}
		return accounting.account(new DisclosureRequest(request.recipient(), request.purpose(), request.routineUse(),
				request.approvedBy(), disclosed));
	}
}
