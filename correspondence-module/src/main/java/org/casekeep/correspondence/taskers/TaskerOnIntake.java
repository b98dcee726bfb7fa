package org.casekeep.correspondence.taskers;

import java.util.List;
import java.util.UUID;

import org.casekeep.correspondence.intake.IntakeAssignment;
import org.casekeep.correspondence.routing.RoutingTemplateLibrary;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.web.Option;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The tasker a letter gets when it is assigned from the intake page: the same rules as the tasker form's. */
@Component
class TaskerOnIntake implements IntakeAssignment {

	private final TaskerRouting routing;
	private final RoutingTemplateLibrary templates;
	private final TaskerTypes types;

	TaskerOnIntake(TaskerRouting routing, RoutingTemplateLibrary templates, TaskerTypes types) {
		this.routing = routing;
		this.templates = templates;
		this.types = types;
	}

	@Override
	public void check(Choice choice, @Nullable String subject) {
		routing.check(draft(null, subject == null || subject.isBlank() ? "(the letter's subject)" : subject, choice));
	}

	@Override
	public UUID assign(UUID correspondenceId, String subject, Choice choice) {
		return routing.create(draft(correspondenceId, subject, choice)).id();
	}

	@Override
	public List<Option> templateOptions() {
		return templates.list().stream()
			.map(t -> new Option(t.id().toString(), t.name() + " (" + t.owningComponent() + ")")).toList();
	}

	@Override
	public List<Option> typeOptions() {
		return types.all().stream().map(type -> new Option(type.code(), type.label() + " (clearance: "
				+ String.join(", ", type.clearance()) + ")")).toList();
	}

	private static TaskerRouting.Draft draft(@Nullable UUID correspondenceId, String subject, Choice choice) {
		TaskerForm form = new TaskerForm();
		form.setSubject(subject.length() > TaskerRouting.SUBJECT_MAX ? subject.substring(0, TaskerRouting.SUBJECT_MAX)
				: subject);
		form.setAssignees(choice.assignees());
		form.setTemplateId(choice.templateId());
		form.setBusinessDays(choice.businessDays());
		form.setType(choice.type());
		form.setWholeDepartment(choice.wholeDepartment());
		TaskerRouting.Draft typed;
		try {
			typed = form.toDraft();
		}
		catch (TaskerForm.FieldFormatException ex) {
			throw InvalidInputException.of(ex.field(), String.valueOf(ex.getMessage()));
		}
		return new TaskerRouting.Draft(correspondenceId, typed.subject(), null, typed.businessDays(),
				typed.templateId(), typed.assignees(), typed.type());
	}
}
