package org.casekeep.detention.intake;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;

import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
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

	private final Complaints complaints;
	private final CaseNumbers caseNumbers;
	private final ComplaintRetention retention;
	private final ComplaintRecords records;
	private final AccessPolicy access;
	private final AuditTrail audit;
	private final DescriptionScan scan = new DescriptionScan();

	ComplaintIntake(Complaints complaints, CaseNumbers caseNumbers, ComplaintRetention retention,
			ComplaintRecords records, AccessPolicy access, AuditTrail audit) {
		this.complaints = complaints;
		this.caseNumbers = caseNumbers;
		this.retention = retention;
		this.records = records;
		this.access = access;
		this.audit = audit;
	}

	/** Whether no complaint was entered yet (demo data and first-run checks); tells nothing about any complaint. */
	@Transactional(readOnly = true)
	public boolean noneFiled() {
		return complaints.count() == 0;
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
		List<DescriptionScan.Finding> findings = draft.description() == null ? List.of()
				: scan.scan(draft.description().strip());
		Complaint complaint = new Complaint(caseNumbers.next(Year.from(today)), values, actor.username(), now);
		complaints.save(complaint);
		audit.record(new AuditEvent(AuditAction.CREATE, ComplaintRecords.RECORD_TYPE, complaint.getId().toString(),
				OidoRoles.COMPONENT, complaint.givenFields(), ComplaintRecords.PURPOSE,
				"channel: " + values.channel().name()
						+ (values.descriptionFindings().isEmpty() ? ""
								: "; unsolicited identifiers " + (values.descriptionRedacted() ? "redacted: " : "kept: ")
										+ String.join(",", values.descriptionFindings()))));
		retention.track(complaint);
		return new ComplaintReceipt(complaint.getId(), complaint.caseNumber(),
				findings.stream().map(f -> new ComplaintReceipt.Finding(f.kind(), f.start(), f.end())).toList(),
				values.descriptionRedacted());
	}
}
