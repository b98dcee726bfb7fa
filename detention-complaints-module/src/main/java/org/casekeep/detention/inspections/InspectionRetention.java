package org.casekeep.detention.inspections;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casekeep.kernel.retention.RecordArchiver;
import org.casekeep.kernel.retention.RecordDestroyer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The retention of files (PIA 1.4, 5.1): unscheduled like complaints, so tracked from opening (by
 * {@link InspectionRecords#open}) but never due until a schedule is approved. Once due, the kernel first archives the
 * file (PIA 5.2: "automatically archive and remove"): {@value #FILE_ENTRY} holds the file with its team,
 * deconfliction, findings, report and interviewees; each photograph or recording is kept as received (the evidence
 * original, with its metadata) under {@code evidence/}, described in {@value #EVIDENCE_INDEX}. Then its destroyer
 * removes the file with its team, deconfliction, findings, interviewees and attachments (the database cascades).
 */
@Component
class InspectionRetention implements RecordDestroyer, RecordArchiver {

	static final String FILE_ENTRY = "inspection-file.json";
	static final String EVIDENCE_INDEX = "evidence/index.json";

	private final InspectionFiles files;
	private final InspectionRecords records;
	private final InspectionAttachments attachments;
	private final JsonMapper json;

	InspectionRetention(InspectionFiles files, InspectionRecords records, InspectionAttachments attachments,
			JsonMapper json) {
		this.files = files;
		this.records = records;
		this.attachments = attachments;
		this.json = json;
	}

	@Override
	public String recordType() {
		return InspectionRecords.RECORD_TYPE;
	}

	/** The file's archive entries, called by the kernel as the system before {@link #destroy}; empty if it is gone. */
	@Override
	@Transactional(readOnly = true)
	public List<Entry> archive(String recordId) {
		return files.findById(UUID.fromString(recordId)).map(file -> {
			List<Entry> entries = new ArrayList<>();
			entries.add(new Entry(FILE_ENTRY, json.writeValueAsBytes(records.archived(file))));
			List<Map<String, Object>> index = new ArrayList<>();
			int position = 1;
			for (InspectionAttachment attachment : attachments.findByFileIdOrderByUploadedAt(file.getId())) {
				String name = "evidence/" + position++ + "-" + Entry.safeName(attachment.fileName());
				Map<String, Object> described = new LinkedHashMap<>();
				described.put("entry", name);
				described.put("id", attachment.getId());
				described.put("kind", attachment.kind().name());
				described.put("fileName", attachment.fileName());
				described.put("mediaType", attachment.mediaType());
				described.put("sizeBytes", attachment.sizeBytes());
				described.put("uploadedBy", attachment.uploadedBy());
				described.put("uploadedAt", attachment.uploadedAt());
				index.add(described);
				entries.add(new Entry(name, attachment.original()));
			}
			if (!index.isEmpty()) {
				entries.add(new Entry(EVIDENCE_INDEX, json.writeValueAsBytes(index)));
			}
			return entries;
		}).orElse(List.of());
	}

	@Override
	@Transactional
	public void destroy(String recordId) {
		files.findById(UUID.fromString(recordId)).ifPresent(files::delete);
	}
}
