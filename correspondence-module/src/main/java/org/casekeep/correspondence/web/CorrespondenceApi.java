package org.casekeep.correspondence.web;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casekeep.correspondence.AttachmentRejected;
import org.casekeep.correspondence.AttachmentUpload;
import org.casekeep.correspondence.CorrespondenceIntake;
import org.casekeep.correspondence.CorrespondenceSummary;
import org.casekeep.correspondence.CorrespondenceView;
import org.casekeep.correspondence.IntakeDraft;
import org.casekeep.correspondence.IntakeReceipt;
import org.casekeep.correspondence.SpiiReviewDecisions;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Correspondence over HTTP (bearer token). Intake is multipart: either a JSON part {@code correspondence} or the
 * same fields as form fields, and any number of {@code files}. Errors are RFC 9457 problem documents; a refused file
 * is a 413 or 415 naming it.
 */
@RestController
@RequestMapping("/api/correspondence")
class CorrespondenceApi {

	private final CorrespondenceIntake intake;

	CorrespondenceApi(CorrespondenceIntake intake) {
		this.intake = intake;
	}

	@PostMapping(path = "/intake", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<CorrespondenceView> intake(
			@RequestPart(name = "correspondence", required = false) @Nullable IntakeDraft json,
			@ModelAttribute IntakeForm fields,
			@RequestPart(name = "files", required = false) @Nullable List<MultipartFile> files) throws IOException {
		CorrespondenceView created = intake.intake(json != null ? json : fields.toDraft(), uploads(files));
		return ResponseEntity.created(URI.create("/api/correspondence/" + created.id())).body(created);
	}

	/**
	 * Batch intake of hand-keyed or pasted records ({@code {"records": [...]}}), all or nothing; a bad field is named
	 * {@code records[i].field}. Records with SPII found wait for their review as after a single intake.
	 */
	@PostMapping(path = "/intake/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<List<IntakeReceipt>> intakeAll(@RequestBody IntakeBatch batch) {
		List<IntakeReceipt> created = intake
			.intakeAll(batch.records() == null ? List.of() : batch.records());
		return ResponseEntity.status(HttpStatus.CREATED).body(created);
	}

	/** The body of a batch intake. */
	record IntakeBatch(@Nullable List<IntakeDraft> records) {
	}

	@PostMapping("/{id}/spii-decisions")
	CorrespondenceView decide(@PathVariable UUID id, @RequestBody SpiiReviewDecisions decisions) {
		return intake.decide(id, decisions);
	}

	@GetMapping("/{id}")
	CorrespondenceView get(@PathVariable UUID id) {
		return intake.get(id);
	}

	@GetMapping
	List<CorrespondenceSummary> search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String status) {
		return intake.search(q, status);
	}

	@ExceptionHandler
	ProblemDetail rejected(AttachmentRejected ex) {
		return problem(ex);
	}

	/** The problem document of a refused file: 413 or 415, naming the file. */
	static ProblemDetail problem(AttachmentRejected ex) {
		return problem(ex, "files");
	}

	/** The same, naming the form field the file came in. */
	static ProblemDetail problem(AttachmentRejected ex, String field) {
		boolean tooLarge = ex.reason() == AttachmentRejected.Reason.TOO_LARGE;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(
				tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.UNSUPPORTED_MEDIA_TYPE, ex.getMessage());
		problem.setTitle(tooLarge ? "File too large" : "Unsupported file type");
		problem.setProperty("file", ex.fileName());
		problem.setProperty("errors", List.of(Map.of("field", field, "message", ex.getMessage())));
		return problem;
	}

	static List<AttachmentUpload> uploads(@Nullable List<MultipartFile> files) throws IOException {
		List<AttachmentUpload> uploads = new ArrayList<>();
		if (files != null) {
			for (MultipartFile file : files) {
				if (!file.isEmpty()) {
					String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
							? "attachment" : file.getOriginalFilename();
					uploads.add(new AttachmentUpload(name, file.getBytes()));
				}
			}
		}
		return uploads;
	}
}
