package org.casekeep.detention.complaint;

import java.util.UUID;

import org.casekeep.kernel.retention.RecordDestroyer;
import org.casekeep.kernel.retention.RetentionFacts;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention of complaints (PIA 1.4, 5.1): unscheduled, so tracked from creation but never due; nothing is
 * destroyed until a records officer enters the approved schedule for {@value Complaint#RETENTION} in the kernel's
 * schedules, and the kernel then counts from the dates tracked here. Its destroyer removes the complaint with its
 * detention history. (The archive export package PIA 5.2 asks for before removal is not built yet.)
 */
@Component
class ComplaintRetention implements RecordDestroyer {

	private final Complaints complaints;
	private final RetentionRegistry retention;

	ComplaintRetention(Complaints complaints, RetentionRegistry retention) {
		this.complaints = complaints;
		this.retention = retention;
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

	/** Called by the kernel as the system once an approved schedule's period ended; a complaint gone is nothing to do. */
	@Override
	@Transactional
	public void destroy(String recordId) {
		complaints.findById(UUID.fromString(recordId)).ifPresent(complaints::delete);
	}
}
