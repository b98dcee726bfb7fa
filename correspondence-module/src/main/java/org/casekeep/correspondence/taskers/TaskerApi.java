package org.casekeep.correspondence.taskers;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.casekeep.correspondence.drafts.TaskerAttachmentFile;
import org.casekeep.correspondence.files.AttachmentRejected;
import org.casekeep.correspondence.files.Uploads;
import org.casekeep.correspondence.history.TaskerHistoryView;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Taskers over HTTP (bearer token). A tasker the caller may not see answers 404, exactly like one that does not
 * exist; lists, counts and the dashboard only ever contain visible taskers.
 */
@RestController
@RequestMapping("/api/correspondence/taskers")
class TaskerApi {

	private final TaskerRouting routing;
	private final TaskerAnswers answers;
	private final TaskerClearance clearance;
	private final TaskerQueries queries;

	TaskerApi(TaskerRouting routing, TaskerAnswers answers, TaskerClearance clearance, TaskerQueries queries) {
		this.routing = routing;
		this.answers = answers;
		this.clearance = clearance;
		this.queries = queries;
	}

	@PostMapping
	ResponseEntity<TaskerView> create(@RequestBody TaskerRouting.Draft draft) {
		TaskerView created = routing.create(draft);
		return ResponseEntity.created(URI.create("/api/correspondence/taskers/" + created.id())).body(created);
	}

	/**
	 * "My taskers", paged ({@code page} from 1, {@code size} up to 100, 25 by default) and sorted ({@code sort=due},
	 * {@code subject}, {@code assignedBy} or {@code status}, {@code ,asc} or {@code ,desc}): the rows as a JSON array,
	 * the total in {@code X-Total-Count}, the pages around in {@code Link}. A bad parameter is 400 naming it.
	 */
	@GetMapping
	ResponseEntity<List<TaskerQueries.Summary>> mine(@RequestParam(required = false) @Nullable TaskerStatus status,
			@RequestParam(required = false) TaskerQueries.@Nullable Filter filter,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size,
			@RequestParam(required = false) @Nullable String sort, HttpServletRequest request) {
		return TaskerListing.ORDERS.answer(queries.list(status, filter), page, size, sort, request);
	}

	@GetMapping("/dashboard")
	TaskerQueries.Dashboard dashboard() {
		return queries.dashboard();
	}

	@GetMapping("/{id}")
	TaskerView get(@PathVariable UUID id) {
		return queries.get(id);
	}

	@GetMapping("/{id}/history")
	List<TaskerHistoryView> history(@PathVariable UUID id) {
		return queries.history(id);
	}

	@PostMapping("/{id}/assign")
	TaskerView assign(@PathVariable UUID id, @RequestBody TaskerRouting.AssignmentRequest request) {
		return routing.assign(id, request);
	}

	@PostMapping("/{id}/assignments/{assignmentId}/answer")
	TaskerView answer(@PathVariable UUID id, @PathVariable UUID assignmentId, @RequestBody TaskerAnswers.Answer draft) {
		return answers.answer(id, assignmentId, draft);
	}

	/**
	 * Answers with an uploaded draft response: multipart with a part {@code file} (PDF or Word), optional
	 * {@code text} (a note) and {@code kind} ({@code DRAFT_RESPONSE}), and the assignment's {@code version}.
	 * 413 or 415 for a refused file, 422 naming {@code file} when it holds SPII.
	 */
	@PostMapping(path = "/{id}/assignments/{assignmentId}/answer", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	TaskerView answerWithFile(@PathVariable UUID id, @PathVariable UUID assignmentId,
			@RequestParam(required = false) Assignment.@Nullable AnswerKind kind,
			@RequestParam(required = false) @Nullable String text, @RequestParam(required = false) @Nullable Long version,
			@RequestPart(name = "file", required = false) @Nullable MultipartFile file) throws IOException {
		return answers.answerWithFile(id, assignmentId, new TaskerAnswers.Answer(kind, text, version),
				Uploads.one(file, "draft-response"));
	}

	/** Downloads a file uploaded to the tasker; 404 for anyone who may not see the tasker. Audited. */
	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
		return download(queries.attachment(id, attachmentId));
	}

	@PostMapping("/{id}/assignments/{assignmentId}/reassign")
	TaskerView reassign(@PathVariable UUID id, @PathVariable UUID assignmentId,
			@RequestBody TaskerRouting.Reassignment request) {
		return routing.reassign(id, assignmentId, request);
	}

	@PostMapping("/{id}/assignments/{assignmentId}/extension")
	TaskerView requestExtension(@PathVariable UUID id, @PathVariable UUID assignmentId,
			@RequestBody TaskerAnswers.ExtensionRequest request) {
		return answers.requestExtension(id, assignmentId, request);
	}

	@PostMapping("/{id}/assignments/{assignmentId}/due-date")
	TaskerView extend(@PathVariable UUID id, @PathVariable UUID assignmentId,
			@RequestBody TaskerAnswers.Extension extension) {
		return answers.extend(id, assignmentId, extension);
	}

	@PostMapping("/{id}/assignments/{assignmentId}/extension/decision")
	TaskerView decideExtension(@PathVariable UUID id, @PathVariable UUID assignmentId,
			@RequestBody TaskerAnswers.ExtensionDecision decision) {
		return answers.decideExtension(id, assignmentId, decision);
	}

	@PostMapping("/{id}/compile")
	TaskerView compile(@PathVariable UUID id, @RequestBody TaskerClearance.Command command) {
		return clearance.compile(id, command);
	}

	@PostMapping("/{id}/clear")
	TaskerView clear(@PathVariable UUID id, @RequestBody(required = false) TaskerClearance.@Nullable Command command) {
		return clearance.clear(id, orEmpty(command));
	}

	@PostMapping("/{id}/dispatch")
	TaskerView dispatch(@PathVariable UUID id, @RequestBody(required = false) TaskerClearance.@Nullable Command command) {
		return clearance.dispatch(id, orEmpty(command));
	}

	@PostMapping("/{id}/close")
	TaskerView close(@PathVariable UUID id, @RequestBody(required = false) TaskerClearance.@Nullable Command command) {
		return clearance.close(id, orEmpty(command));
	}

	@PostMapping("/{id}/cancel")
	TaskerView cancel(@PathVariable UUID id, @RequestBody(required = false) TaskerClearance.@Nullable Command command) {
		return clearance.cancel(id, orEmpty(command));
	}

	@ExceptionHandler
	ProblemDetail rejected(AttachmentRejected ex) {
		return Uploads.problem(ex, "file");
	}

	/** The file as an attachment (never shown inline), with its detected type. */
	static ResponseEntity<byte[]> download(TaskerAttachmentFile file) {
		if (file.content() == null) {
			throw new org.springframework.security.access.AccessDeniedException("The file is not available to you");
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(file.fileName() == null ? "draft-response" : file.fileName(), StandardCharsets.UTF_8)
				.build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore())
			.body(file.content());
	}

	private static TaskerClearance.Command orEmpty(TaskerClearance.@Nullable Command command) {
		return command == null ? new TaskerClearance.Command(null, null) : command;
	}
}
