package org.casekeep.correspondence.intake;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.casekeep.correspondence.files.AttachmentRejected;
import org.casekeep.correspondence.files.Uploads;
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
	private final SpiiReview review;
	private final CorrespondenceSearch search;
	private final CorrespondenceCorrection correction;
	private final CorrespondenceDuplicates duplicates;

	CorrespondenceApi(CorrespondenceIntake intake, SpiiReview review, CorrespondenceSearch search,
			CorrespondenceCorrection correction, CorrespondenceDuplicates duplicates) {
		this.correction = correction;
		this.duplicates = duplicates;
		this.intake = intake;
		this.review = review;
		this.search = search;
	}

	@PostMapping(path = "/intake", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<CorrespondenceView> intake(
			@RequestPart(name = "correspondence", required = false) @Nullable IntakeDraft json,
			@ModelAttribute IntakeForm fields,
			@RequestPart(name = "files", required = false) @Nullable List<MultipartFile> files) throws IOException {
		CorrespondenceView created = intake.intake(json != null ? json : fields.toDraft(), Uploads.of(files));
		return ResponseEntity.created(URI.create("/api/correspondence/" + created.id())).body(created);
	}

	/**
	 * Batch intake of hand-keyed or pasted records ({@code {"records": [...]}}), all or nothing; a bad field is named
	 * {@code records[i].field}. Records with SPII found wait for their review as after a single intake.
	 */
	@PostMapping(path = "/intake/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<List<CorrespondenceIntake.Receipt>> intakeAll(@RequestBody IntakeBatch batch) {
		List<CorrespondenceIntake.Receipt> created = intake
			.intakeAll(batch.records() == null ? List.of() : batch.records());
		return ResponseEntity.status(HttpStatus.CREATED).body(created);
	}

	/** The body of a batch intake. */
	record IntakeBatch(@Nullable List<IntakeDraft> records) {
	}

	@PostMapping("/{id}/spii-decisions")
	CorrespondenceView decide(@PathVariable UUID id, @RequestBody SpiiReview.Decisions decisions) {
		return review.decide(id, decisions);
	}

	@GetMapping("/{id}")
	CorrespondenceView get(@PathVariable UUID id) {
		return search.get(id);
	}

	/**
	 * Searches, paged ({@code page} from 1, {@code size} up to 100, 25 by default) and sorted ({@code sort=received},
	 * {@code reference}, {@code subject}, {@code status} or {@code office}, {@code ,asc} or {@code ,desc}; newest
	 * first by default): the rows as a JSON array, the total in {@code X-Total-Count}, the pages around in
	 * {@code Link}. A bad parameter is 400 naming it.
	 */
	@GetMapping
	ResponseEntity<List<CorrespondenceSearch.Result>> search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size,
			@RequestParam(required = false) @Nullable String sort, HttpServletRequest request) {
		return CorrespondenceListing.ORDERS.answer(search.search(q, status), page, size, sort, request);
	}

	/**
	 * Looks records up by receipt number, A-Number (only among the caller's own component's records, for those who
	 * may see A-Numbers), case number, reference number or correspondent; all given must match.
	 */
	@GetMapping("/lookup")
	ResponseEntity<List<CorrespondenceSearch.Result>> lookup(
			@RequestParam(required = false) @Nullable String receiptNumber,
			@RequestParam(required = false) @Nullable String aNumber,
			@RequestParam(required = false) @Nullable String caseNumber,
			@RequestParam(required = false) @Nullable String referenceNumber,
			@RequestParam(required = false) @Nullable String correspondent,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size,
			@RequestParam(required = false) @Nullable String sort, HttpServletRequest request) {
		return CorrespondenceListing.ORDERS.answer(search.lookup(new CorrespondenceSearch.Lookup(receiptNumber, aNumber,
				caseNumber, referenceNumber, correspondent)), page, size, sort, request);
	}

	/** Corrects fields of a record, with the reason ({@code {"changes":{"lastName":"Parke"},"reason":…,"version":n}}). */
	@PostMapping("/{id}/corrections")
	CorrespondenceView correct(@PathVariable UUID id, @RequestBody CorrespondenceCorrection.Request request) {
		return correction.correct(id, request);
	}

	/** The record's correction history: who, when, which fields and why; never a value. */
	@GetMapping("/{id}/corrections")
	List<CorrespondenceCorrection.Entry> corrections(@PathVariable UUID id) {
		return correction.history(id);
	}

	/**
	 * The records that may be about the same matter: sharing the constituent's receipt number, A-Number (for those who
	 * may see it) or case number, or the correspondent; each with what it shares, never the value.
	 */
	@GetMapping("/{id}/duplicates")
	List<CorrespondenceDuplicates.PossibleDuplicate> duplicates(@PathVariable UUID id) {
		return duplicates.of(id);
	}

	@ExceptionHandler
	ProblemDetail rejected(AttachmentRejected ex) {
		return Uploads.problem(ex, "files");
	}
}
