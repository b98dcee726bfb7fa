package org.casekeep.detention.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casekeep.detention.complaint.ComplaintArchiveParts;
import org.casekeep.detention.complaint.ComplaintCase.ComplaintId;
import org.casekeep.kernel.retention.RecordArchiver.Entry;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The supporting documents of a complaint in its archive package (PIA 5.2): each document's bytes as received under
 * {@code documents/}, and {@value #INDEX} describing them (kind, file name, type, size, who uploaded it when, the SPII
 * kinds found). They are destroyed with the complaint (the database cascades).
 */
@Component
class DocumentArchive implements ComplaintArchiveParts {

	static final String INDEX = "documents/index.json";

	private final ComplaintDocuments documents;
	private final JsonMapper json;

	DocumentArchive(ComplaintDocuments documents, JsonMapper json) {
		this.documents = documents;
		this.json = json;
	}

	@Override
	public List<Entry> archiveParts(ComplaintId complaint) {
		List<ComplaintDocument> stored = documents.findByComplaintIdOrderByUploadedAt(complaint.value());
		if (stored.isEmpty()) {
			return List.of();
		}
		List<Entry> entries = new ArrayList<>();
		List<Map<String, Object>> index = new ArrayList<>();
		int position = 1;
		for (ComplaintDocument document : stored) {
			String name = "documents/" + position++ + "-" + Entry.safeName(document.fileName());
			Map<String, Object> described = new LinkedHashMap<>();
			described.put("entry", name);
			described.put("id", document.getId());
			described.put("kind", document.kind().name());
			described.put("fileName", document.fileName());
			described.put("mediaType", document.mediaType());
			described.put("sizeBytes", document.sizeBytes());
			described.put("textReadable", document.textReadable());
			described.put("spiiFindings", document.spiiFindings());
			described.put("uploadedBy", document.uploadedBy());
			described.put("uploadedAt", document.uploadedAt());
			index.add(described);
			entries.add(new Entry(name, document.content()));
		}
		entries.add(new Entry(INDEX, json.writeValueAsBytes(index)));
		return entries;
	}
}
