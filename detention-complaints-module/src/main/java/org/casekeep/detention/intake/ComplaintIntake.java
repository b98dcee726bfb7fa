package org.casekeep.detention.intake;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.casekeep.detention.complaint.Channel;
import org.casekeep.detention.complaint.ComplaintCase;
import org.casekeep.detention.complaint.ComplaintDraft;
import org.casekeep.detention.complaint.ComplaintFiling;
import org.casekeep.detention.complaint.ComplaintRecords;
import org.casekeep.detention.complaint.ComplaintStatus;
import org.casekeep.detention.complaint.ComplaintValues;
import org.casekeep.detention.complaint.DescriptionScan;
import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entering complaints from every channel (PIA overview, 2.2), by OIDO intake staff, analysts or managers. The draft
 * is checked completely before anything is written, so bad input leaves nothing behind; the description is scanned
 * for unsolicited identifiers, which are redacted only if staff choose so (PIA 2.1, 2.4). The complaint gets its case
 * number, its creation is audited with the fields given, and its retention is tracked (unscheduled, PIA 5.1).
 */
@Service
public class ComplaintIntake {

	private final ComplaintFiling filing;

	private final ComplaintRecords records;

	private final AccessPolicy access;

	private final DescriptionScan scan = new DescriptionScan();

	ComplaintIntake(ComplaintFiling filing, ComplaintRecords records, AccessPolicy access) {
		this.filing = filing;
		this.records = records;
		this.access = access;
	}

	/** Whether no complaint was entered yet (demo data and first-run checks); tells nothing about any complaint. */
	@Transactional(readOnly = true)
	public boolean noneFiled() {
		return filing.noneFiled();
	}

	/**
	 * Enters a complaint.
	 * @return its case number and where the scan found unsolicited identifiers; nothing else of it (PIA 8.1).
	 * @throws org.casekeep.kernel.validation.InvalidInputException naming every field that cannot be accepted.
	 * @throws org.springframework.security.access.AccessDeniedException for anyone who is not OIDO staff.
	 */
	@Transactional
	public ComplaintReceipt file(ComplaintDraft draft) {
		Actor actor = access.check(Operation.CREATE, RecordFacts.ofType(ComplaintRecords.RECORD_TYPE));
		java.time.Instant now = records.now();
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		ComplaintValues values = ComplaintValues.of(draft, today, scan);
		if (values.channel() == Channel.PORTAL) {
			throw org.casekeep.kernel.validation.InvalidInputException.of("channel",
					"Complaints from the web portal are filed by the submitters themselves");
		}
		List<DescriptionScan.Finding> findings = draft.description() == null ? List.of()
				: scan.scan(draft.description().strip());
		ComplaintFiling.Filed filed = filing.file(values, actor.username(), now, null, "channel: " + values.channel().name()
				+ (values.descriptionFindings().isEmpty() ? ""
						: "; unsolicited identifiers " + (values.descriptionRedacted() ? "redacted: " : "kept: ")
								+ String.join(",", values.descriptionFindings())));
		return new ComplaintReceipt(filed.id().value(), filed.caseNumber(),
				findings.stream().map(f -> new ComplaintReceipt.Finding(f.kind(), f.start(), f.end())).toList(),
				values.descriptionRedacted());
	}

	/** Who files the portal's complaints and additions, in audit entries and on the complaint: the public. */
	public static final String PORTAL_SUBMITTER = "public-portal";

	/** A complaint as the portal may know it after its receipt code was checked: its identity and status only. */
	public record PortalCase(ComplaintCase.ComplaintId id, String caseNumber, ComplaintStatus status) {
	}

	/**
	 * Files a complaint a member of the public wrote on the portal (PIA 2.2: the online form), in the caller's
	 * transaction, with the hash of its receipt code (never the code). Nobody is signed in: the public may file and
	 * learn nothing else. The form's channel and day received are set here, not taken from the request. The
	 * description is scanned, and what the scan finds is kept for staff to redact (PIA 2.1, 2.4: data as received), never
	 * shown back.
	 * @throws org.casekeep.kernel.validation.InvalidInputException naming every field that cannot be accepted.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public PortalCase fileFromPortal(ComplaintForm form, String receiptCodeHash) {
		java.time.Instant now = records.now();
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		form.setChannel(Channel.PORTAL.name());
		form.setReceivedOn(today.toString());
		form.setPaperOriginalDestroyedOn(null);
		form.setRedactUnsolicitedIdentifiers(false);
		ComplaintValues values = ComplaintValues.of(form.toDraft(), today, scan);
		ComplaintFiling.Filed filed = filing.file(values, PORTAL_SUBMITTER, now, receiptCodeHash, "channel: PORTAL"
				+ (values.descriptionFindings().isEmpty() ? ""
						: "; unsolicited identifiers held for redaction: "
								+ String.join(",", values.descriptionFindings())));
		return new PortalCase(filed.id(), filed.caseNumber(), filed.status());
	}

	/**
	 * The complaint whose case number and receipt code a person typed, or empty, in the same time whether the case
	 * does not exist, was not filed on the portal, or the code is wrong, so that neither can be enumerated.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<PortalCase> followUp(String caseNumber, String typedCode,
			org.casekeep.kernel.publicweb.ReceiptCodes codes) {
		return filing.followUp(caseNumber, typedCode, codes).map(c -> new PortalCase(c.id(), c.caseNumber(), c.status()));
	}

	/**
	 * Appends what a submitter added through the portal, after {@link #followUp} proved they hold the receipt code, as
	 * received (PIA 2.4), in the caller's transaction; audited with the field names only.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public void appendFromSubmitter(ComplaintCase.ComplaintId id, @org.jspecify.annotations.Nullable String text,
			java.util.@org.jspecify.annotations.Nullable UUID documentId) {
		filing.appendFromSubmitter(id, text, documentId);
	}
}
