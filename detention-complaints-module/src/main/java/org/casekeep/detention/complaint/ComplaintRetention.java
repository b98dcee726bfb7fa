package org.casekeep.detention.complaint;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.casekeep.detention.complaint.ComplaintCase.ComplaintId;
import org.casekeep.kernel.retention.RecordArchiver;
import org.casekeep.kernel.retention.RecordDestroyer;
import org.casekeep.kernel.retention.RetentionFacts;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The retention of complaints (PIA 1.4, 5.1): unscheduled, so tracked from creation but never due; nothing is
 * destroyed until a records officer enters the approved schedule for {@value Complaint#RETENTION} in the kernel's
 * schedules, and the kernel then counts from the dates tracked here. Once it is due, the kernel first archives the
 * complaint (PIA 5.2: "automatically archive and remove"): {@value #COMPLAINT_ENTRY} holds the complaint as received
 * with its corrections, detention history, case work notes and the submitter's additions, and the module's other
 * parts ({@link ComplaintArchiveParts}: the supporting documents) add theirs; then its destroyer removes the complaint
 * with everything that is part of it.
 */
@Component
class ComplaintRetention implements RecordDestroyer, RecordArchiver {

	static final String COMPLAINT_ENTRY = "complaint.json";

	private final Complaints complaints;
	private final RetentionRegistry retention;
	private final List<ComplaintArchiveParts> parts;
	private final JsonMapper json;

	ComplaintRetention(Complaints complaints, RetentionRegistry retention, List<ComplaintArchiveParts> parts,
			JsonMapper json) {
		this.complaints = complaints;
		this.retention = retention;
		this.parts = parts;
		this.json = json;
	}

	/** Starts tracking a complaint, in the caller's transaction. */
	void track(Complaint complaint) {
		retention.track(ComplaintRecords.RECORD_TYPE, complaint.getId().toString(),
				RetentionFacts.created(complaint.createdAt()));
	}

	@Override
	public String recordType() {
		return ComplaintRecords.RECORD_TYPE;
	}

	/**
	 * The complaint's archive entries, called by the kernel as the system before {@link #destroy}; empty for a
	 * complaint already gone.
	 */
	@Override
	@Transactional(readOnly = true)
	public List<Entry> archive(String recordId) {
		return complaints.findById(UUID.fromString(recordId)).map(complaint -> {
			List<Entry> entries = new ArrayList<>();
			entries.add(new Entry(COMPLAINT_ENTRY, json.writeValueAsBytes(ComplaintView.of(complaint))));
			for (ComplaintArchiveParts part : parts) {
				entries.addAll(part.archiveParts(new ComplaintId(complaint.getId())));
			}
			return entries;
		}).orElse(List.of());
	}

	/** Called by the kernel as the system once an approved schedule's period ended; a complaint gone is nothing to do. */
	@Override
	@Transactional
	public void destroy(String recordId) {
		complaints.findById(UUID.fromString(recordId)).ifPresent(complaints::delete);
	}
}
