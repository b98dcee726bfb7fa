package org.casekeep.correspondence.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casekeep.correspondence.intake.TrackedCorrespondence;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.disclosure.Disclosure;
import org.casekeep.kernel.disclosure.DisclosureAccounting;
import org.casekeep.kernel.disclosure.DisclosureRequest;
import org.casekeep.kernel.disclosure.RecordReference;
import org.casekeep.kernel.validation.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts for correspondence shared with Congress or another agency through the kernel's accounting of
 * disclosures (PIA 6.4): the record and each document shared are listed, so the Privacy Office can tell the
 * correspondent who received what. The correspondence is the subject the accounting is kept under, and the
 * component privacy office approves the sharing before it is final.
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
	 * Asks for the disclosure to be approved; it is final once an approver approves it in the privacy console.
	 * @throws InvalidInputException naming a missing field, a document that is not part of this correspondence, or
	 * the record while its SPII review is pending.
	 */
	@Transactional
	public Disclosure disclose(UUID correspondenceId, CorrespondenceDisclosure request) {
		TrackedCorrespondence.Filed filed = correspondence.file(correspondenceId, Operation.DISCLOSE);
		Set<UUID> own = Set.copyOf(filed.attachmentIds());
		List<RecordReference> disclosed = new ArrayList<>();
		disclosed.add(new RecordReference(TrackedCorrespondence.CORRESPONDENCE, correspondenceId.toString()));
		for (UUID attachmentId : request.attachmentIds() == null ? List.<UUID>of() : request.attachmentIds()) {
			if (!own.contains(attachmentId)) {
				throw InvalidInputException.of("attachmentIds", "Document " + attachmentId + " is not part of "
						+ filed.referenceNumber());
			}
			disclosed.add(new RecordReference(TrackedCorrespondence.ATTACHMENT, attachmentId.toString()));
		}
		return accounting.request(new DisclosureRequest(request.recipient(), request.purpose(), request.routineUse(),
				disclosed));
	}
}
