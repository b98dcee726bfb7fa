package org.casekeep.detention.sharing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casekeep.detention.complaint.ComplaintCase.ComplaintId;
import org.casekeep.detention.complaint.ComplaintFacts;
import org.casekeep.detention.complaint.ComplaintRecords;
import org.casekeep.detention.complaint.ComplaintView;
import org.casekeep.detention.complaint.OidoRoles;
import org.casekeep.detention.documents.DocumentViews;
import org.casekeep.detention.documents.SupportingDocuments;
import org.casekeep.detention.sharing.SharingViews.Released;
import org.casekeep.detention.sharing.SharingViews.Sharing;
import org.casekeep.detention.sharing.SharingViews.SharingDraft;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.disclosure.Disclosure;
import org.casekeep.kernel.disclosure.DisclosureAccounting;
import org.casekeep.kernel.disclosure.DisclosureRequest;
import org.casekeep.kernel.disclosure.DisclosureStatus;
import org.casekeep.kernel.disclosure.RecordReference;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sharing a complaint's records outside the Department (PIA 6.1-6.4) through the kernel's accounting of disclosures,
 * which decides who may ask (each record also needs the complaint's DISCLOSE permission), who approves (an OIDO
 * supervisor or the OIDO privacy office, never the requester) and keeps the accounting. Nothing leaves before the
 * approval: the records are released to be sent only from an approved disclosure, and never from a refused one.
 */
@Service
class ComplaintSharing {

	/** Purpose of this feature's audit entries (PIA 6.4). */
	static final String PURPOSE = "OIDO external sharing";

	private final ComplaintRecords records;
	private final SupportingDocuments documents;
	private final DisclosureAccounting accounting;
	private final ComplaintShares shares;
	private final AuditTrail audit;

	ComplaintSharing(ComplaintRecords records, SupportingDocuments documents, DisclosureAccounting accounting,
			ComplaintShares shares, AuditTrail audit) {
		this.records = records;
		this.documents = documents;
		this.accounting = accounting;
		this.shares = shares;
		this.audit = audit;
	}

	/**
	 * Asks for the sharing to be approved; nothing may be sent until it is.
	 * @throws org.casekeep.kernel.validation.InvalidInputException naming {@code recipientKind}, {@code recipient},
	 * {@code purpose}, {@code routineUse} (as {@code authority} is named by the kernel) or {@code records} when none
	 * is chosen or a document is not the complaint's; nothing is written then.
	 * @throws org.springframework.security.access.AccessDeniedException for anyone the accounting does not let ask.
	 */
	@Transactional
	public Sharing request(ComplaintId id, SharingDraft draft) {
		ComplaintFacts complaint = records.inspect(id);
		InputCheck check = new InputCheck();
		RecipientKind kind = check.required("recipientKind", draft.recipientKind(), "Kind of recipient",
				raw -> constant(raw));
		String recipient = check.requiredText("recipient", draft.recipient(), "Receiving office or person", 200);
		check.requiredText("purpose", draft.purpose(), "Purpose", 1000);
		check.requiredText("routineUse", draft.routineUse(), "Routine use", 300);
		List<RecordReference> chosen = new ArrayList<>();
		if (Boolean.TRUE.equals(draft.includeComplaint())) {
			chosen.add(new RecordReference(ComplaintRecords.RECORD_TYPE, id.value().toString()));
		}
		Set<UUID> documentIds = draft.documentIds() == null ? Set.of() : new LinkedHashSet<>(draft.documentIds());
		for (UUID documentId : documentIds) {
			if (documentId == null || !documents.complaintOf(documentId).map(id::equals).orElse(false)) {
				check.reject("documentIds", "Document " + documentId + " is not part of " + complaint.caseNumber());
				continue;
			}
			chosen.add(new RecordReference(SupportingDocuments.RECORD_TYPE, documentId.toString()));
		}
		if (chosen.isEmpty()) {
			// PIA 6.2: the minimum necessary; the user chooses each record, nothing is shared by default.
			check.reject("records", "Choose the records to share: the complaint record, its documents, or both");
		}
		check.throwIfInvalid();
		Disclosure disclosure;
		try {
			disclosure = accounting.request(new DisclosureRequest(kind.label() + ": " + recipient, draft.purpose(),
					draft.routineUse(), chosen));
		}
		catch (org.casekeep.kernel.validation.InvalidInputException ex) {
			// The kernel names the routine use "authority"; this form calls it by its name.
			throw new org.casekeep.kernel.validation.InvalidInputException(ex.problems().stream()
				.map(p -> "authority".equals(p.field())
						? new org.casekeep.kernel.validation.FieldProblem("routineUse", p.message()) : p)
				.toList());
		}
		ComplaintShare share = new ComplaintShare(disclosure.id(), id.value(), kind, disclosure.requestedAt());
		shares.save(share);
		return Sharing.of(share, disclosure);
	}

	/**
	 * The sharing of a complaint, the latest first, as the accounting lets the user see it: OIDO managers see all
	 * (they approve them); others only what they asked for.
	 */
	@Transactional
	public List<Sharing> of(ComplaintId id) {
		records.inspect(id);
		Actor actor = Actors.require();
		List<Sharing> found = new ArrayList<>();
		if (!DisclosureAccounting.mayAccount(actor) && !DisclosureAccounting.mayReview(actor)) {
			return found;
		}
		for (ComplaintShare share : shares.findByComplaintIdOrderByRequestedAtDesc(id.value())) {
			// Another requester's, which this user may not oversee, is left out.
			accounting.visible(share.getId()).ifPresent(disclosure -> found.add(Sharing.of(share, disclosure)));
		}
		return found;
	}

	/**
	 * The sharing of a complaint as this module documents it, the latest first, for any OIDO analyst or manager: the
	 * kind of recipient and the dates only, the accounting's text staying with those the kernel lets read it.
	 */
	@Transactional(readOnly = true)
	public List<SharingViews.SharingSummary> summaries(ComplaintId id) {
		records.inspect(id);
		return shares.findByComplaintIdOrderByRequestedAtDesc(id.value()).stream()
			.map(SharingViews.SharingSummary::of).toList();
	}

	/** Approves a sharing someone else asked for (PIA 6.4); the kernel refuses the requester and non-approvers. */
	@Transactional
	public Sharing approve(ComplaintId id, UUID disclosureId) {
		ComplaintShare share = share(id, disclosureId);
		return Sharing.of(share, accounting.approve(disclosureId));
	}

	/** Refuses a sharing: its records must not be shared; it stays in the accounting as refused. */
	@Transactional
	public Sharing refuse(ComplaintId id, UUID disclosureId) {
		ComplaintShare share = share(id, disclosureId);
		return Sharing.of(share, accounting.refuse(disclosureId));
	}

	/**
	 * Releases the approved records to be sent, once: the complaint record if it was chosen and the documents chosen,
	 * nothing else.
	 * @throws WorkflowConflictException while the sharing awaits approval, when it was refused, or released before.
	 */
	@Transactional
	public Released release(ComplaintId id, UUID disclosureId) {
		ComplaintShare share = share(id, disclosureId);
		Disclosure disclosure = accounting.find(disclosureId);
		if (disclosure.status() == DisclosureStatus.AWAITING_APPROVAL) {
			throw new WorkflowConflictException("This sharing awaits the approval of an OIDO supervisor: nothing may be "
					+ "shared before it (PIA 6.4)");
		}
		if (disclosure.status() == DisclosureStatus.REFUSED) {
			throw new WorkflowConflictException("This sharing was refused: its records must not be shared");
		}
		Actor actor = Actors.require();
		share.released(actor.username(), Instant.now().truncatedTo(ChronoUnit.MICROS));
		shares.saveAndFlush(share);
		audit.record(new AuditEvent(AuditAction.EXPORT, ComplaintRecords.RECORD_TYPE, id.value().toString(),
				OidoRoles.COMPONENT, List.of(), PURPOSE, "records of disclosure " + disclosureId + " released"));
		boolean complaintChosen = disclosure.records().stream()
			.anyMatch(r -> r.recordType().equals(ComplaintRecords.RECORD_TYPE));
		Set<String> documentIds = new java.util.HashSet<>();
		disclosure.records().stream().filter(r -> r.recordType().equals(SupportingDocuments.RECORD_TYPE))
			.forEach(r -> documentIds.add(r.recordId()));
		ComplaintView complaint = complaintChosen ? records.get(id) : null;
		List<DocumentViews.Listed> chosen = documentIds.isEmpty() ? List.of()
				: documents.list(id).stream().filter(d -> documentIds.contains(d.id().toString())).toList();
		return new Released(Sharing.of(share, disclosure), complaint, chosen);
	}

	private ComplaintShare share(ComplaintId id, UUID disclosureId) {
		records.inspect(id);
		return shares.findById(disclosureId).filter(s -> s.complaintId().equals(id.value()))
			.orElseThrow(() -> new RecordNotFoundException("detention.complaint-sharing", disclosureId));
	}

	private static RecipientKind constant(String raw) {
		try {
			return RecipientKind.valueOf(raw.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("'" + raw + "' must be one of " + java.util.Arrays.toString(
					RecipientKind.values()), ex);
		}
	}
}
