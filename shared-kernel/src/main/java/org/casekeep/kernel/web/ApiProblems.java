package org.casekeep.kernel.web;

import java.util.List;
import java.util.Map;

import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.validation.FieldProblem;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.UnreadableInputException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.databind.DatabindException;

/**
 * Every API error is an RFC 9457 problem document, naming the offending field where there is one; never a stack
 * trace, never a 500 for input a user could send.
 */
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

	@ExceptionHandler
	ProblemDetail invalid(InvalidInputException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		problem.setTitle("Invalid input");
		problem.setProperty("errors", ex.problems().stream()
			.map(p -> Map.of("field", p.field(), "message", p.message())).toList());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail notFound(RecordNotFoundException ex) {
		return titled(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail denied(AccessDeniedException ex) {
		return titled(HttpStatus.FORBIDDEN, "Access denied", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail conflict(OptimisticLockingFailureException ex) {
		return titled(HttpStatus.CONFLICT, "Edited by someone else",
				"Somebody else changed this record since you read it. Read it again and apply your change to the "
						+ "current version.");
	}

	@ExceptionHandler
	ProblemDetail workflow(org.casekeep.kernel.validation.WorkflowConflictException ex) {
		return titled(HttpStatus.CONFLICT, "Not allowed in this state", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail integrity(DataIntegrityViolationException ex) {
		// Names the constraint, never the values: the message of a database error can quote what was stored.
		LOG.warn("Integrity violation: {}", DatabaseErrors.describe(ex));
		return titled(HttpStatus.CONFLICT, "Conflicting data", "The change conflicts with data already stored.");
	}

	/** A request parameter that cannot be read as text: 400 naming it, and no part of it. */
	@ExceptionHandler
	ProblemDetail unreadable(UnreadableInputException ex) {
		ProblemDetail problem = titled(HttpStatus.BAD_REQUEST, "Unreadable request", ex.getMessage());
		problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", ex.getMessage())));
		return problem;
	}

	/**
	 * Every text-extraction slot is busy: 503 with {@code Retry-After}, so a burst of uploads is refused rather than
	 * queued without bound.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> busy(org.casekeep.kernel.files.ExtractionBusyException ex) {
		ProblemDetail problem = titled(HttpStatus.SERVICE_UNAVAILABLE, "Busy reading other files", ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, ex.retryAfter().toSeconds())))
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/** A refused upload: 413, 415 or 422 naming the file (the form field is {@code file} unless a caller says). */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> uploadRefused(org.casekeep.kernel.files.UploadRefusedException ex) {
		return ResponseEntity.status(ex.status()).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(ex.problem("file"));
	}

	/** A public API over its rate limit: 429 with {@code Retry-After}. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooMany(org.casekeep.kernel.publicweb.PublicRateLimits.Exceeded ex) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, ex.retryAfter().toSeconds())))
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(titled(HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
					"Too many requests from your connection; nothing was kept. Try again later."));
	}

	@ExceptionHandler
	ProblemDetail illegalArgument(IllegalArgumentException ex) {
		return titled(HttpStatus.BAD_REQUEST, "Bad request", ex.getMessage());
	}

	/** Names the JSON property that could not be read (wrong type, malformed date, unknown enum value). */
	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request body is not valid JSON for this resource.");
		problem.setTitle("Unreadable request");
		if (ex.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			String field = databind.getPath().stream()
				.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
				.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
			problem.setDetail("The value of '" + field + "' cannot be read: " + databind.getOriginalMessage());
			problem.setProperty("errors", List.of(new FieldProblem(field, "Value cannot be read")));
		}
		return ResponseEntity.badRequest().body(problem);
	}

	/**
	 * A path variable or parameter of the wrong type ({@code /api/crm/individuals/not-a-uuid}): 400 naming it and the
	 * type it must have, without repeating what was sent.
	 */
	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = ex.getPropertyName() != null ? ex.getPropertyName()
				: ex instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException argument
						? argument.getName() : "value";
		Class<?> type = ex.getRequiredType();
		String message = "'" + field + "' must be " + (type == null ? "of another type" : "a valid " + type.getSimpleName());
		ProblemDetail problem = titled(HttpStatus.BAD_REQUEST, "Bad request", message);
		problem.setProperty("errors", List.of(new FieldProblem(field, message)));
		return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/** Bean Validation failures: 422 naming every field. */
	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
			org.springframework.web.bind.MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		List<FieldProblem> problems = ex.getBindingResult().getFieldErrors().stream()
			.map(error -> new FieldProblem(error.getField(), error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage()))
			.toList();
		return ResponseEntity.unprocessableContent().body(invalid(new InvalidInputException(problems)));
	}

	@ExceptionHandler
	ProblemDetail unexpected(Exception ex) {
		LOG.error("Unexpected error", ex);
		return titled(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error",
				"Something went wrong on our side; nothing was changed. The error was logged.");
	}

	private static ProblemDetail titled(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}
}
