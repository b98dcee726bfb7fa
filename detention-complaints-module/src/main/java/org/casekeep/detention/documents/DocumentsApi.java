package org.casekeep.detention.documents;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casekeep.detention.intake.ComplaintCase.ComplaintId;
import org.casekeep.kernel.files.FileRefusedException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
		DocumentViews.Content content = documents.content(new ComplaintId(id), documentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(content.fileName() == null ? "document" : content.fileName()).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content.content() == null ? new byte[0] : content.content());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unsupported(SupportingDocuments.UnsupportedType ex) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported file type", ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> refused(FileRefusedException ex) {
		return ex.limit() == FileRefusedException.Limit.SIZE
				? problem(HttpStatus.CONTENT_TOO_LARGE, "File too large", ex.getMessage())
				: problem(HttpStatus.UNPROCESSABLE_CONTENT, "File refused", ex.getMessage());
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setProperty("errors", List.of(Map.of("field", "file", "message", detail)));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
