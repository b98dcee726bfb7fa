package org.casekeep.detention.documents;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.casekeep.detention.complaint.ComplaintCase.ComplaintId;
import org.casekeep.kernel.web.Downloads;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Supporting documents over HTTP: {@code POST} a multipart {@code file} with its {@code kind} (201), the list, and a
 * download. A file of another type is answered 415, one too large 413, one that breaks another limit 422, each a
 * problem document naming the field {@code file}.
 */
@RestController
@RequestMapping("/api/detention/complaints/{id}/documents")
class DocumentsApi {

	private final SupportingDocuments documents;

	DocumentsApi(SupportingDocuments documents) {
		this.documents = documents;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<DocumentViews.Receipt> attach(@PathVariable UUID id, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable MultipartFile file) throws IOException {
		DocumentViews.Receipt receipt = documents.attach(new ComplaintId(id), kind,
				file == null ? null : file.getOriginalFilename(), file == null ? new byte[0] : file.getBytes());
		return ResponseEntity.created(URI.create("/api/detention/complaints/" + id + "/documents/" + receipt.id()))
			.body(receipt);
	}

	@GetMapping
	List<DocumentViews.Listed> list(@PathVariable UUID id) {
		return documents.list(new ComplaintId(id));
	}

	@GetMapping("/{documentId}")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID documentId) {
		return attachment(documents.content(new ComplaintId(id), documentId));
	}

	/** A document as a download: an attachment, never rendered, never cached; refused when masked for the reader. */
	static ResponseEntity<byte[]> attachment(DocumentViews.Content content) {
		if (content.content() == null) {
			throw new org.springframework.security.access.AccessDeniedException("The document is not available to you");
		}
		return Downloads.attachment(content.fileName() == null ? "document" : content.fileName(), content.mediaType(),
				content.content());
	}
}
