package org.casekeep.detention.inspections;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.casekeep.detention.inspections.InspectionFile.FileId;
import org.casekeep.detention.inspections.InspectionViews.Detail;
import org.casekeep.kernel.validation.UnreadableInputException;
import org.casekeep.kernel.web.Paging;
import org.casekeep.kernel.web.ResultPage;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Investigation and inspection files over HTTP (bearer token). Each step names the version it was taken on and
 * answers the file as it is now. Errors are RFC 9457 problem documents: 422 naming each field of bad input, 409 for a
 * step the file's state refuses (scheduling before deconfliction, any change after the final report) or a version
 * somebody else changed, 403 for anyone outside inspections and for a file one is not assigned to, 404 for an unknown
 * file and for an unannounced inspection one may not know of.
 */
@RestController
@RequestMapping(InspectionsApi.PATH)
class InspectionsApi {

	static final String PATH = "/api/detention/inspections";

	record Opening(@Nullable String triggerKind, @Nullable String triggerCaseNumber,
			@Nullable String triggerDescription, @Nullable String publicSource, @Nullable String facility,
			@Nullable String inspectionType, @Nullable String plannedFrom, @Nullable String plannedTo) {
	}

	record Versioned(@Nullable Long version) {
	}

	record Assignment(@Nullable Long version, @Nullable String username) {
	}

	record DeconflictionAnswer(@Nullable Long version, @Nullable String answer, @Nullable String notes) {
	}

	record Override(@Nullable Long version, @Nullable String reason) {
	}

	record Visit(@Nullable Long version, @Nullable String inspectionDate, @Nullable String notes) {
	}

	record Notes(@Nullable Long version, @Nullable String notes) {
	}

	record NewFinding(@Nullable Long version, @Nullable String standard, @Nullable String text) {
	}

	record Report(@Nullable Long version, @Nullable String text, @Nullable String feedback) {
	}

	record NewInterviewee(@Nullable Long version, @Nullable String fullName, @Nullable String mailingAddress,
			@Nullable String email, @Nullable String phone, @Nullable String position, @Nullable String dutyStation,
			@Nullable Boolean consentGiven) {
	}

	private final InspectionRecords records;
	private final InspectionWork work;
	private final InspectionEvidence evidence;
	private final ReferenceData reference;

	InspectionsApi(InspectionRecords records, InspectionWork work, InspectionEvidence evidence,
			ReferenceData reference) {
		this.records = records;
		this.work = work;
		this.evidence = evidence;
		this.reference = reference;
	}

	@PostMapping
	ResponseEntity<Detail> open(@RequestBody Opening o) {
		Detail opened = work.open(o.triggerKind(), o.triggerCaseNumber(), o.triggerDescription(), o.publicSource(),
				o.facility(), o.inspectionType(), o.plannedFrom(), o.plannedTo());
		return ResponseEntity.created(URI.create(PATH + "/" + opened.id())).body(opened);
	}

	/** The files the caller may know of: {@code page} from 1, {@code size} at most 100. */
	@GetMapping
	ResultPage<InspectionViews.Summary> list(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return records.list(Paging.of(page, size));
	}

	@GetMapping("/{id}")
	Detail get(@PathVariable UUID id) {
		return records.get(new FileId(id));
	}

	@GetMapping("/facilities")
	List<ReferenceData.Facility> facilities() {
		return reference.facilities();
	}

	@GetMapping("/standards")
	List<ReferenceData.Standard> standards() {
		return reference.standards();
	}

	@PostMapping("/{id}/team")
	Detail assign(@PathVariable UUID id, @RequestBody Assignment step) {
		return work.assign(new FileId(id), step.version(), step.username());
	}

	@PostMapping("/{id}/deconfliction/{office}/asked")
	Detail asked(@PathVariable UUID id, @PathVariable String office, @RequestBody Versioned step) {
		return work.ask(new FileId(id), step.version(), office);
	}

	@PostMapping("/{id}/deconfliction/{office}/answer")
	Detail answer(@PathVariable UUID id, @PathVariable String office, @RequestBody DeconflictionAnswer step) {
		return work.answer(new FileId(id), step.version(), office, step.answer(), step.notes());
	}

	@PostMapping("/{id}/deconfliction/override")
	Detail override(@PathVariable UUID id, @RequestBody Override step) {
		return work.override(new FileId(id), step.version(), step.reason());
	}

	@PostMapping("/{id}/schedule")
	Detail schedule(@PathVariable UUID id, @RequestBody Versioned step) {
		return work.schedule(new FileId(id), step.version());
	}

	@PostMapping("/{id}/visit")
	Detail visit(@PathVariable UUID id, @RequestBody Visit step) {
		return work.visit(new FileId(id), step.version(), step.inspectionDate(), step.notes());
	}

	@PostMapping("/{id}/notes")
	Detail notes(@PathVariable UUID id, @RequestBody Notes step) {
		return work.writeNotes(new FileId(id), step.version(), step.notes());
	}

	@PostMapping("/{id}/findings")
	Detail finding(@PathVariable UUID id, @RequestBody NewFinding step) {
		return work.addFinding(new FileId(id), step.version(), step.standard(), step.text());
	}

	@PostMapping("/{id}/interviewees")
	Detail interviewee(@PathVariable UUID id, @RequestBody NewInterviewee step) {
		return evidence.addInterviewee(new FileId(id), step.version(), new InspectionEvidence.IntervieweeDraft(
				step.fullName(), step.mailingAddress(), step.email(), step.phone(), step.position(),
				step.dutyStation(), step.consentGiven()));
	}

	/** A photograph or recording, as multipart {@code file} with the {@code version} seen. */
	@PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Detail attach(@PathVariable UUID id, @RequestParam(required = false) @Nullable Long version,
			@RequestParam(required = false) @Nullable MultipartFile file) throws IOException {
		if (file == null) {
			throw new UnreadableInputException("file", "'file' is required");
		}
		return evidence.attach(new FileId(id), version, file.getOriginalFilename(), file.getBytes());
	}

	@GetMapping("/{id}/attachments/{attachment}")
	ResponseEntity<byte[]> workingCopy(@PathVariable UUID id, @PathVariable UUID attachment) {
		InspectionViews.WorkingCopy copy = evidence.workingCopy(new FileId(id), attachment);
		return download(copy.fileName(), copy.mediaType(), copy.workingCopy());
	}

	@GetMapping("/{id}/attachments/{attachment}/original")
	ResponseEntity<byte[]> original(@PathVariable UUID id, @PathVariable UUID attachment) {
		InspectionViews.Original original = evidence.original(new FileId(id), attachment);
		return download(original.fileName(), original.mediaType(), original.original());
	}

	@PostMapping("/{id}/report")
	Detail report(@PathVariable UUID id, @RequestBody Report step) {
		return work.writeReport(new FileId(id), step.version(), step.text(), step.feedback());
	}

	@PostMapping("/{id}/report/share")
	Detail share(@PathVariable UUID id, @RequestBody Versioned step) {
		return work.shareReport(new FileId(id), step.version());
	}

	@PostMapping("/{id}/report/finalize")
	Detail finalizeReport(@PathVariable UUID id, @RequestBody Versioned step) {
		return work.finalizeReport(new FileId(id), step.version());
	}

	static ResponseEntity<byte[]> download(String fileName, String mediaType, byte @Nullable [] content) {
		if (content == null) {
			throw new org.springframework.security.access.AccessDeniedException("Not permitted to read this file");
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(mediaType))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName,
					java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}
}
