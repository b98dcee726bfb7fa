package org.casekeep.correspondence.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casekeep.correspondence.intake.CorrespondenceStatus;
import org.casekeep.correspondence.intake.TrackedCorrespondence;
import org.casekeep.kernel.access.Operation;
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
class CorrespondenceDisclosures {

	private final TrackedCorrespondence correspondence;
	private final DisclosureAccounting accounting;

	CorrespondenceDisclosures(TrackedCorrespondence correspondence, DisclosureAccounting accounting) {
		this.correspondence = correspondence;
		this.accounting = accounting;
	}

	/**
	 * Records the disclosure.
	 * @throws InvalidInputException naming a missing field or a document that is not part of this correspondence.
	 */
	@Transactional
	public Disclosure disclose(UUID correspondenceId, CorrespondenceDisclosure request) {
		TrackedCorrespondence.Filed filed = correspondence.file(correspondenceId, Operation.DISCLOSE);
		if (filed.status() == CorrespondenceStatus.SPII_REVIEW) {
			throw InvalidInputException.of("correspondenceId",
					"Finish the SPII review before sharing this correspondence outside the Department");
		}
		Set<UUID> own = Set.copyOf(filed.attachmentIds());
		List<DisclosedRecord> disclosed = new ArrayList<>();
		String subject = correspondenceId.toString();
		disclosed.add(new DisclosedRecord(TrackedCorrespondence.CORRESPONDENCE, subject, subject));
		for (UUID attachmentId : request.attachmentIds() == null ? List.<UUID>of() : request.attachmentIds()) {
			if (!own.contains(attachmentId)) {
				throw InvalidInputException.of("attachmentIds", "Document " + attachmentId + " is not part of "
						+ filed.referenceNumber());
			}
			disclosed.add(new DisclosedRecord(TrackedCorrespondence.ATTACHMENT, attachmentId.toString(), subject));
		}
		return accounting.account(new DisclosureRequest(request.recipient(), request.purpose(), request.routineUse(),
				request.approvedBy(), disclosed));
	}
}
