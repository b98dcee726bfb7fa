package org.casekeep.crm;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.casekeep.crm.events.StakeholderErased;
import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.pii.PersonalDataGuard;
import org.casekeep.kernel.retention.RetentionFacts;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.casekeep.kernel.validation.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, reading, searching, changing and deleting CRM individuals. Every path checks the access policy, every
 * output passes the kernel's guard (masking and read audit), every change is audited in its own transaction.
 */
@Service
public class IndividualDirectory {

	/** Purpose recorded in read-audit entries (CRM PIA 2.4: information may be used only for outreach). */
	static final String PURPOSE = "DHS outreach";
	static final int SEARCH_LIMIT = 100;

	private final Individuals individuals;
	private final AccessPolicy access;
	private final PersonalDataGuard guard;
	private final AuditTrail audit;
	private final RetentionRegistry retention;
	private final NotesReview notesReview;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	IndividualDirectory(Individuals individuals, AccessPolicy access, PersonalDataGuard guard, AuditTrail audit,
			RetentionRegistry retention, NotesReview notesReview, ApplicationEventPublisher events) {
		this.individuals = individuals;
		this.access = access;
		this.guard = guard;
		this.audit = audit;
		this.retention = retention;
		this.notesReview = notesReview;
		this.events = events;
		this.clock = Clock.systemUTC();
	}

	/** Creates an individual owned by the current user and their component. */
	@Transactional
	public IndividualView create(IndividualDraft draft) {
		Actor actor = access.check(Operation.CREATE, RecordFacts.ofType(Individual.RECORD_TYPE));
		if (actor.component() == null) {
			throw InvalidInputException.of("owningComponent", "Your account has no component; ask an administrator");
		}
		IndividualValues values = IndividualValues.of(draft);
		Instant now = now();
		Individual individual = new Individual(actor.component(), actor.username(), now);
		List<String> fields = individual.apply(values, now);
		individuals.save(individual);
		audit.record(new AuditEvent(AuditAction.CREATE, Individual.RECORD_TYPE, individual.getId().toString(),
				individual.getOwningComponent(), fields, PURPOSE, null));
		track(individual);
		return release(individual).withWarnings(notesReview.warnings(values.notes()));
	}

	@Transactional
	public IndividualView get(UUID id) {
		Individual individual = find(id);
		access.check(Operation.READ, facts(individual));
		return release(individual);
	}

	/**
	 * Changes an individual. Any CRM user may correct a record (CRM PIA 1.5, 7.2).
	 * @throws ObjectOptimisticLockingFailureException if somebody changed it since {@code draft.version()}.
	 */
	@Transactional
	public IndividualView update(UUID id, IndividualDraft draft) {
		Individual individual = find(id);
		Actor actor = access.check(Operation.UPDATE, facts(individual));
		if (draft.version() == null) {
			throw InvalidInputException.of("version", "The version you edited is required, so no change is lost");
		}
		if (draft.version() != individual.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Individual.class, id);
		}
		IndividualValues values = IndividualValues.of(keepHidden(draft, individual,
				guard.visibleFields(actor, Individual.RECORD_TYPE, facts(individual))));
		List<String> changed = individual.apply(values, now());
		if (!changed.isEmpty()) {
			individuals.saveAndFlush(individual);
			audit.record(new AuditEvent(AuditAction.UPDATE, Individual.RECORD_TYPE, id.toString(),
					individual.getOwningComponent(), changed, PURPOSE, null));
		}
		return release(individual).withWarnings(notesReview.warnings(values.notes()));
	}

	/** Finds individuals by name, issue and state; every criterion optional. */
	@Transactional
	public List<IndividualSummary> search(@Nullable String name, @Nullable Issue issue, @Nullable String state) {
		access.check(Operation.SEARCH, RecordFacts.ofType(Individual.RECORD_TYPE));
		List<Individual> found = individuals.search(blankToNull(name), issue == null ? null : issue.name(),
				blankToNull(state) == null ? null : state.strip().toUpperCase(java.util.Locale.ROOT), SEARCH_LIMIT);
		List<IndividualSummary> summaries = new ArrayList<>(found.size());
		for (Individual individual : found) {
			summaries.add(guard.release(summary(individual), facts(individual), PURPOSE));
		}
		return summaries;
	}

	/**
	 * Every individual, released for a bulk export: CRM administrators only (PIA 8.5: export of sensitive information
	 * is disabled for non-administrative users); restricted fields of other components stay masked; each record's
	 * export is audited.
	 */
	@Transactional
	public List<IndividualView> export() {
		access.check(Operation.EXPORT, RecordFacts.ofType(Individual.RECORD_TYPE));
		List<IndividualView> exported = new ArrayList<>();
		for (Individual individual : individuals.findAll(org.springframework.data.domain.Sort.by("lastName", "firstName"))) {
			exported.add(guard.releaseForExport(view(individual), facts(individual), "CRM export"));
		}
		return exported;
	}

	/** Whether the CRM holds no individual at all (demo data and first-run checks). */
	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return individuals.count() == 0;
	}

	/** Whether the current user may delete the record (its owner, or a CRM administrator of its component). */
	@Transactional(readOnly = true)
	public boolean mayDelete(UUID id, Actor actor) {
		return access.permits(actor, Operation.DELETE, facts(find(id)));
	}

	/**
	 * Deletes an individual completely on the person's request (CRM PIA 6.3): the row goes, retention tracking
	 * stops, the audit entry names the channel of the request and no PII, and other modules are told by event.
	 */
	@Transactional
	public void delete(UUID id, RemovalChannel channel) {
		Individual individual = find(id);
		access.check(Operation.DELETE, facts(individual));
		individuals.delete(individual);
		retention.forget(Individual.RECORD_TYPE, id.toString());
		audit.record(new AuditEvent(AuditAction.DELETE, Individual.RECORD_TYPE, id.toString(),
				individual.getOwningComponent(), List.of(), "do-not-contact request",
				"request channel: " + channel.name()));
		events.publishEvent(new StakeholderErased(id, "REQUEST", now()));
	}

	/**
	 * Destroys an individual whose retention period ended, with its contact history; the kernel calls it as the
	 * system and certifies the destruction. A record already gone is nothing to do.
	 */
	@Transactional
	void destroyExpired(UUID id) {
		individuals.findById(id).ifPresent(individual -> {
			individuals.delete(individual);
			events.publishEvent(new StakeholderErased(id, "RETENTION", now()));
		});
	}

	/**
	 * A user who may not see a restricted field cannot change it either: what they submit for it (the mask, or
	 * anything else) is replaced by the stored value.
	 */
	private static IndividualDraft keepHidden(IndividualDraft d, Individual i, java.util.Set<String> visible) {
		return new IndividualDraft(d.salutation(), d.firstName(), d.lastName(), d.title(), d.organizationId(),
				d.organizationName(), d.workPhone(), visible.contains("cellPhone") ? d.cellPhone() : i.getCellPhone(),
				visible.contains("email") ? d.email() : i.getEmail(), d.street1(), d.street2(), d.city(), d.state(),
				d.zip(), d.issues(), d.interests(), d.notes(), d.version());
	}

	private Individual find(UUID id) {
		return individuals.findById(id).orElseThrow(() -> new RecordNotFoundException(Individual.RECORD_TYPE, id));
	}

	private IndividualView release(Individual individual) {
		return guard.release(view(individual), facts(individual), PURPOSE);
	}

	private void track(Individual individual) {
		track(retention, individual);
	}

	/**
	 * Starts or updates the retention tracking of an individual, in the caller's transaction; also used when contact
	 * history moves {@code lastContactedAt}. Static, so that callers in this package need no proxied call.
	 */
	static void track(RetentionRegistry retention, Individual individual) {
		// PIA 3.2: delete if not contacted within one year. Counted from creation at the earliest: a contact recorded
		// with an older date must not make a new record due at once.
		Instant created = individual.getCreatedAt();
		Instant contacted = individual.getLastContactedAt();
		retention.track(Individual.RECORD_TYPE, individual.getId().toString(), RetentionFacts.lastActivity(created, contacted == null || contacted.isBefore(created) ? created : contacted));
	}

	static RecordFacts facts(Individual individual) {
		return RecordFacts.of(Individual.RECORD_TYPE, individual.getId(), individual.getOwningComponent(),
				individual.getOwnerUsername());
	}

	private static IndividualView view(Individual i) {
		return new IndividualView(i.getId(), i.getSalutation(), i.getFirstName(), i.getLastName(), i.getTitle(),
				i.getOrganizationId(), i.getOrganizationName(), i.getWorkPhone(), i.getCellPhone(), i.getEmail(),
				i.getStreet1(), i.getStreet2(), i.getCity(), i.getState(), i.getZip(), i.getIssues(), i.getInterests(),
				i.getNotes(), i.getOwningComponent(), i.getOwnerUsername(), i.getLastContactedAt(), i.getCreatedAt(),
				i.getUpdatedAt(), i.getVersion(), java.util.Set.of(), List.of());
	}

	private static IndividualSummary summary(Individual i) {
		return new IndividualSummary(i.getId(), i.getFirstName(), i.getLastName(), i.getTitle(),
				i.getOrganizationName(), i.getState(), i.getIssues(), i.getOwningComponent());
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
