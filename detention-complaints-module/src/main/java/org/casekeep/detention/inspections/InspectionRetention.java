package org.casekeep.detention.inspections;

import java.util.UUID;

import org.casekeep.kernel.retention.RecordDestroyer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention of files (PIA 1.4, 5.1): unscheduled like complaints, so tracked from opening (by
 * {@link InspectionRecords#open}) but never due until a schedule is approved. Its destroyer removes the file with its
 * team, deconfliction, findings, interviewees and attachments (the database cascades).
 */
@Component
class InspectionRetention implements RecordDestroyer {

	private final InspectionFiles files;

	InspectionRetention(InspectionFiles files) {
		this.files = files;
	}

	@Override
	public String recordType() {
		return InspectionRecords.RECORD_TYPE;
	}

	@Override
	@Transactional
	public void destroy(String recordId) {
		files.findById(UUID.fromString(recordId)).ifPresent(files::delete);
	}
}
