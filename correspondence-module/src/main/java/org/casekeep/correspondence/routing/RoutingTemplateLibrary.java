package org.casekeep.correspondence.routing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.casekeep.correspondence.office.OfficeRoles;
import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.AccessRule;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.validation.InvalidInputException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The routing templates of the Executive Secretariat (Intranet Quorum): defining, reading, changing and deleting
 * them. Every {@code exec_sec} user may reuse any template; only the owning component (or the Executive Secretariat
 * of ESEC) changes one ({@link Rules}).
 */
@Service
public class RoutingTemplateLibrary {

	static final int MAX_STEPS = 20;
	static final int MAX_ASSIGNEES_PER_STEP = 30;

	private final RoutingTemplates templates;
	private final AccessPolicy access;
	private final AuditTrail audit;
	private final AssignmentTargets assignees;

	RoutingTemplateLibrary(RoutingTemplates templates, AccessPolicy access, AuditTrail audit,
			AssignmentTargets assignees) {
		this.templates = templates;
		this.access = access;
		this.audit = audit;
		this.assignees = assignees;
	}

	@Transactional
	public RoutingTemplateView create(RoutingTemplateDraft draft) {
		Actor actor = access.check(Operation.CREATE, RecordFacts.ofType(RoutingTemplate.RECORD_TYPE));
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		RoutingTemplate draftTemplate = new RoutingTemplate(actor.component(), actor.username(), now);
		define(draftTemplate, draft, now);
		// Flushed so the view carries the version stored, which a later update must quote.
		RoutingTemplate template = templates.saveAndFlush(draftTemplate);
		audit.record(AuditEvent.of(AuditAction.CREATE, RoutingTemplate.RECORD_TYPE, template.getId(),
				template.getOwningComponent()));
		return view(template);
	}

	@Transactional(readOnly = true)
	public RoutingTemplateView get(UUID id) {
		RoutingTemplate template = find(id);
		access.check(Operation.READ, facts(template));
		return view(template);
	}

	@Transactional(readOnly = true)
	public List<RoutingTemplateView> list() {
		access.check(Operation.SEARCH, RecordFacts.ofType(RoutingTemplate.RECORD_TYPE));
		return templates.findAllOrdered().stream().map(RoutingTemplateLibrary::view).toList();
	}

	@Transactional
	public RoutingTemplateView update(UUID id, RoutingTemplateDraft draft) {
		RoutingTemplate template = find(id);
		access.check(Operation.UPDATE, facts(template));
		if (draft.version() == null) {
			throw InvalidInputException.of("version", "The version you edited is required, so no change is lost");
		}
		if (draft.version() != template.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(RoutingTemplate.class, id);
		}
		define(template, draft, Instant.now().truncatedTo(ChronoUnit.MICROS));
		templates.saveAndFlush(template);
		audit.record(AuditEvent.of(AuditAction.UPDATE, RoutingTemplate.RECORD_TYPE, id, template.getOwningComponent()));
		return view(template);
	}

	@Transactional
	public void delete(UUID id) {
		RoutingTemplate template = find(id);
		access.check(Operation.DELETE, facts(template));
		templates.delete(template);
		audit.record(AuditEvent.of(AuditAction.DELETE, RoutingTemplate.RECORD_TYPE, id, template.getOwningComponent()));
	}

	/** The steps of a template, for applying it to a tasker; the caller checked the tasker's permissions. */
	@Transactional(readOnly = true)
	public List<RoutingStep> stepsOf(UUID id) {
		RoutingTemplate template = templates.findById(id)
			.orElseThrow(() -> InvalidInputException.of("templateId", "No routing template with this id"));
		access.check(Operation.READ, facts(template));
		return template.steps();
	}

	private void define(RoutingTemplate template, RoutingTemplateDraft draft, Instant now) {
		InputCheck check = new InputCheck();
		String name = check.requiredText("name", draft.name(), "Template name", 200);
		List<RoutingStep> steps = new ArrayList<>();
		if (draft.steps() == null || draft.steps().isEmpty()) {
			check.reject("steps", "At least one step is required");
		}
		else if (draft.steps().size() > MAX_STEPS) {
			check.reject("steps", "At most " + MAX_STEPS + " steps");
		}
		else {
			for (int i = 0; i < draft.steps().size(); i++) {
				RoutingTemplateDraft.RoutingStepDraft step = draft.steps().get(i);
				if (step == null) {
					check.reject("steps[" + i + "]", "A step is required");
					continue;
				}
				List<AssignmentTarget> targets = assignees.of(check, "steps[" + i + "].assignees", step.assignees());
				if (targets.size() > MAX_ASSIGNEES_PER_STEP) {
					check.reject("steps[" + i + "].assignees", "At most " + MAX_ASSIGNEES_PER_STEP + " assignees per step");
				}
				steps.add(new RoutingStep(step.mode() == null ? RoutingStepMode.SEQUENTIAL : step.mode(), targets));
			}
		}
		if (name != null && templates.nameTaken(template.getOwningComponent(), name, template.getId())) {
			check.reject("name", "Your component already has a routing template with this name");
		}
		check.throwIfInvalid();
		template.define(name, steps, now);
	}

	private RoutingTemplate find(UUID id) {
		return templates.findById(id).orElseThrow(() -> new RecordNotFoundException(RoutingTemplate.RECORD_TYPE, id));
	}

	private static RecordFacts facts(RoutingTemplate template) {
		return RecordFacts.of(RoutingTemplate.RECORD_TYPE, template.getId(), template.getOwningComponent(),
				template.getCreatedBy());
	}

	private static RoutingTemplateView view(RoutingTemplate t) {
		return new RoutingTemplateView(t.getId(), t.getName(), t.getOwningComponent(), t.getCreatedBy(),
				t.getCreatedAt(), t.getUpdatedAt(), t.steps(), t.getVersion());
	}

	/** Who may use routing templates: Executive Secretariat staff define and reuse them; owners change them. */
	@Configuration(proxyBeanMethods = false)
	static class Rules {

		@Bean
		AccessRule routingTemplateAccess() {
			return AccessRule.of(RoutingTemplate.RECORD_TYPE, (actor, operation, facts) -> {
				if (!actor.hasRole(OfficeRoles.EXEC_SEC) || actor.component() == null) {
					return false;
				}
				return switch (operation) {
					case READ, SEARCH, CREATE -> true;
					case UPDATE, DELETE -> facts.ownedByComponentOf(actor) || OfficeRoles.seesEverything(actor);
					case EXPORT, DISCLOSE -> false;
				};
			});
		}
	}
}
