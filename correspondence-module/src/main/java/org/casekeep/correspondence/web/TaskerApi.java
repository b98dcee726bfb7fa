package org.casekeep.correspondence.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.casekeep.correspondence.AssignmentAnswerDraft;
import org.casekeep.correspondence.AssignmentExtensionDecision;
import org.casekeep.correspondence.AssignmentExtensionRequest;
import org.casekeep.correspondence.AssignmentReassignment;
import org.casekeep.correspondence.TaskerAssignmentRequest;
import org.casekeep.correspondence.TaskerCommand;
import org.casekeep.correspondence.TaskerDashboard;
import org.casekeep.correspondence.TaskerDraft;
import org.casekeep.correspondence.TaskerFilter;
import org.casekeep.correspondence.TaskerHistoryView;
import org.casekeep.correspondence.TaskerRouting;
import org.casekeep.correspondence.TaskerStatus;
import org.casekeep.correspondence.TaskerSummary;
import org.casekeep.correspondence.TaskerView;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Taskers over HTTP (bearer token). A tasker the caller may not see answers 404, exactly like one that does not
 * exist; lists, counts and the dashboard only ever contain visible taskers.
 */
@RestController
@RequestMapping("/api/correspondence/taskers")
class TaskerApi {

	private final TaskerRouting routing;

	TaskerApi(TaskerRouting routing) {
		this.routing = routing;
	}

	@PostMapping
	ResponseEntity<TaskerView> create(@RequestBody TaskerDraft draft) {
		TaskerView created = routing.create(draft);
		return ResponseEntity.created(URI.create("/api/correspondence/taskers/" + created.id())).body(created);
	}

	@GetMapping
	List<TaskerSummary> mine(@RequestParam(required = false) @Nullable TaskerStatus status,
			@RequestParam(required = false) @Nullable TaskerFilter filter) {
		return routing.list(status, filter);
	}

	@GetMapping("/dashboard")
	TaskerDashboard dashboard() {
		return routing.dashboard();
	}

	@GetMapping("/{id}")
	TaskerView get(@PathVariable UUID id) {
		return routing.get(id);
	}

	@GetMapping("/{id}/history")
	List<TaskerHistoryView> history(@PathVariable UUID id) {
		return routing.history(id);
	}

	@PostMapping("/{id}/assign")
	TaskerView assign(@PathVariable UUID id, @RequestBody TaskerAssignmentRequest request) {
		return routing.assign(id, request);
	}

	@PostMapping("/{id}/assignments/{assignmentId}/answer")
	TaskerView answer(@PathVariable UUID id, @PathVariable UUID assignmentId, @RequestBody AssignmentAnswerDraft draft) {
		return routing.answer(id, assignmentId, draft);
	}

	@PostMapping("/{id}/assignments/{assignmentId}/reassign")
	TaskerView reassign(@PathVariable UUID id, @PathVariable UUID assignmentId,
			@RequestBody AssignmentReassignment request) {
		return routing.reassign(id, assignmentId, request);
	}

	@PostMapping("/{id}/assignments/{assignmentId}/extension")
	TaskerView requestExtension(@PathVariable UUID id, @PathVariable UUID assignmentId,
			@RequestBody AssignmentExtensionRequest request) {
		return routing.requestExtension(id, assignmentId, request);
	}

	@PostMapping("/{id}/assignments/{assignmentId}/extension/decision")
	TaskerView decideExtension(@PathVariable UUID id, @PathVariable UUID assignmentId,
			@RequestBody AssignmentExtensionDecision decision) {
		return routing.decideExtension(id, assignmentId, decision);
	}

	@PostMapping("/{id}/compile")
	TaskerView compile(@PathVariable UUID id, @RequestBody TaskerCommand command) {
		return routing.compile(id, command);
	}

	@PostMapping("/{id}/clear")
	TaskerView clear(@PathVariable UUID id, @RequestBody(required = false) @Nullable TaskerCommand command) {
		return routing.clear(id, orEmpty(command));
	}

	@PostMapping("/{id}/dispatch")
	TaskerView dispatch(@PathVariable UUID id, @RequestBody(required = false) @Nullable TaskerCommand command) {
		return routing.dispatch(id, orEmpty(command));
	}

	@PostMapping("/{id}/close")
	TaskerView close(@PathVariable UUID id, @RequestBody(required = false) @Nullable TaskerCommand command) {
		return routing.close(id, orEmpty(command));
	}

	@PostMapping("/{id}/cancel")
	TaskerView cancel(@PathVariable UUID id, @RequestBody(required = false) @Nullable TaskerCommand command) {
		return routing.cancel(id, orEmpty(command));
	}

	private static TaskerCommand orEmpty(@Nullable TaskerCommand command) {
		return command == null ? new TaskerCommand(null, null) : command;
	}
}
