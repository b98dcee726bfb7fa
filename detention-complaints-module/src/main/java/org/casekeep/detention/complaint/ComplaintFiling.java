package org.casekeep.detention.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.casekeep.detention.complaint.ComplaintCase.ComplaintId;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.publicweb.ReceiptCodes;
import org.casekeep.kernel.validation.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a complaint comes into being and where the portal's submitters reach it, for the intake feature, which checks
 * who may do so first: the complaint gets its case number, its creation is audited with the fields given, and its
 * retention is tracked (unscheduled, PIA 5.1). The complaint itself stays inside this package.
 */
@Service
public class ComplaintFiling {

	/** A complaint as intake may know it once filed or found by its receipt code: its identity and status only. */
	public record Filed(ComplaintId id, String caseNumber, ComplaintStatus status) {
	}

	private final Complaints complaints;

	private final CaseNumbers caseNumbers;

	private final ComplaintRetention retention;

	private final ComplaintRecords records;

	private final AuditTrail audit;

	ComplaintFiling(Complaints complaints, CaseNumbers caseNumbers, ComplaintRetention retention,
			ComplaintRecords records, AuditTrail audit) {
		this.complaints = complaints;
		this.caseNumbers = caseNumbers;
		this.retention = retention;
		this.records = records;
		this.audit = audit;
	}

	/** Whether no complaint was entered yet (demo data and first-run checks); tells nothing about any complaint. */
	@Transactional(readOnly = true)
	public boolean noneFiled() {
		return complaints.count() == 0;
	}

	/**
	 * Files checked values as a complaint, in the caller's transaction, with the hash of its receipt code if it was
	 * filed on the portal (never the code); audits its creation with {@code details}.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Filed file(ComplaintValues values, String createdBy, Instant now, @Nullable String receiptCodeHash,
			String details) {
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		Complaint complaint = new Complaint(caseNumbers.next(Year.from(today)), values, createdBy, now,
				receiptCodeHash);
		complaints.save(complaint);
		audit.record(new AuditEvent(AuditAction.CREATE, ComplaintRecords.RECORD_TYPE, complaint.getId().toString(),
				OidoRoles.COMPONENT, complaint.givenFields(), ComplaintRecords.PURPOSE, details));
		retention.track(complaint);
		return new Filed(complaint.id(), complaint.caseNumber(), complaint.status());
	}

	/**
	 * The complaint whose case number and receipt code a person typed, or empty, in the same time whether the case
	 * does not exist, was not filed on the portal, or the code is wrong, so that neither can be enumerated.
	 */
	@Transactional(readOnly = true)
	public Optional<Filed> followUp(String caseNumber, String typedCode, ReceiptCodes codes) {
		Optional<Complaint> found = complaints.findByCaseNumber(caseNumber.strip().toUpperCase(Locale.ROOT));
		String hash = found.map(Complaint::receiptCodeHash).orElse(null);
		if (!codes.matches(typedCode, hash)) {
			return Optional.empty();
		}
		return found.map(c -> new Filed(c.id(), c.caseNumber(), c.status()));
	}

	/**
	 * Appends what a submitter added through the portal as received (PIA 2.4), in the caller's transaction; audited
	 * with the field names only.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void appendFromSubmitter(ComplaintId id, @Nullable String text, @Nullable UUID documentId) {
		if (text != null && text.length() > ComplaintValues.TEXT) {
			throw InvalidInputException.of("text", "At most " + ComplaintValues.TEXT + " characters");
		}
		Complaint complaint = complaints.findById(id.value())
			.orElseThrow(() -> new RecordNotFoundException(ComplaintRecords.RECORD_TYPE, id));
		List<String> changed = complaint.appendFromSubmitter(text, documentId, records.now());
		complaints.saveAndFlush(complaint);
		audit.record(new AuditEvent(AuditAction.UPDATE, ComplaintRecords.RECORD_TYPE, complaint.getId().toString(),
				OidoRoles.COMPONENT, changed, ComplaintRecords.PURPOSE, "added by the submitter through the portal"
						+ (documentId == null ? "" : ", with a file")));
	}

}
