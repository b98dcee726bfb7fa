package org.casekeep.crm.individuals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.casekeep.crm.events.StakeholderErased;
import org.casekeep.crm.stakeholder.IssueCatalog;
import org.casekeep.crm.stakeholder.RemovalChannel;
import org.casekeep.crm.stakeholder.Stakeholder;
import org.casekeep.crm.stakeholder.StakeholderDirectory;
import org.casekeep.crm.stakeholder.StakeholderRecords;
import org.casekeep.crm.stakeholder.StakeholderSearch;
import org.casekeep.crm.stakeholder.StakeholderSort;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.web.Paging;
import org.casekeep.kernel.web.ResultPage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, reading, searching, changing and deleting CRM individuals. Every path checks the access policy, every
 * output passes the kernel's guard (masking and read audit), every change is audited in its own transaction.
 */
@Service
public class IndividualDirectory
		implements StakeholderDirectory<IndividualDraft, IndividualView, IndividualSummary> {

	private final Individuals individuals;
	private final StakeholderRecords records;
	private final IndividualRetention retention;
	private final NotesReview notesReview;
	private final ApplicationEventPublisher events;
	private final IssueCatalog issues;
	private final Clock clock = Clock.systemUTC();

	IndividualDirectory(Individuals individuals, StakeholderRecords records, IndividualRetention retention,
			NotesReview notesReview, ApplicationEventPublisher events, IssueCatalog issues) {
		this.individuals = individuals;
		this.records = records;
		this.retention = retention;
		this.notesReview = notesReview;
		this.events = events;
		this.issues = issues;
	}

	/** Creates an individual owned by the current user and their component. */
	@Override
	@Transactional
	public IndividualView create(IndividualDraft draft) {
		Actor actor = records.creator(Stakeholder.INDIVIDUAL);
		IndividualValues values = IndividualValues.of(draft, today(), issues, List.of());
		Instant now = now();
		Individual individual = new Individual(actor.component(), actor.username(), now);
		List<String> fields = individual.apply(values, now);
		individuals.save(individual);
		records.audit(AuditAction.CREATE, individual, fields);
		retention.track(individual);
		return release(individual).withWarnings(notesReview.warnings(values.notes()));
	}

	@Override
	@Transactional
	public IndividualView get(UUID id) {
		Individual individual = find(id);
		records.check(Operation.READ, individual);
		return release(individual);
	}

	/**
	 * Changes an individual. Any CRM user may correct a record (CRM PIA 1.5, 7.2).
	 * @throws ObjectOptimisticLockingFailureException if somebody changed it since {@code draft.version()}.
	 */
	@Override
	@Transactional
	public IndividualView update(UUID id, IndividualDraft draft) {
		Individual individual = find(id);
		Actor actor = records.check(Operation.UPDATE, individual);
		records.requireEdited(draft.version(), individual);
		IndividualValues values = IndividualValues.of(
				draft.keepingHidden(records.visibleFields(actor, individual), individual), today(), issues,
				individual.getIssues());
		List<String> changed = individual.apply(values, now());
		if (!changed.isEmpty()) {
			individuals.saveAndFlush(individual);
			records.audit(AuditAction.UPDATE, individual, changed);
		}
		return release(individual).withWarnings(notesReview.warnings(values.notes()));
	}

	/**
	 * Finds individuals by name, issue and state; every criterion optional. One page, ordered as asked, then by last
	 * name, first name.
	 */
	@Override
	@Transactional
	public ResultPage<IndividualSummary> search(StakeholderSearch criteria, StakeholderSort sort, Paging paging) {
		records.check(Operation.SEARCH, Stakeholder.INDIVIDUAL);
		List<Individual> found = individuals.search(criteria.name(), criteria.issue(), criteria.state(), sort.name(),
				paging.size(), paging.offset());
		return paging.of(records.releaseAll(found, IndividualSummary::of),
				individuals.countFound(criteria.name(), criteria.issue(), criteria.state()));
	}

	/** Individuals are listed by name, by when they were last contacted, or by owner. */
	@Override
	public Set<StakeholderSort> sorts() {
		return EnumSet.allOf(StakeholderSort.class);
	}

	/**
	 * The individuals with these ids, as search results show them (nothing restricted, PIA 4.1), by last name; ids of
	 * no individual are left out. For lists that name people, such as an event's attendees.
	 */
	@Transactional
	public List<IndividualSummary> summaries(Collection<UUID> ids) {
		records.check(Operation.SEARCH, Stakeholder.INDIVIDUAL);
		List<Individual> found = new ArrayList<>(individuals.findAllById(ids));
		found.sort(Comparator.comparing((Individual i) -> i.getLastName().toLowerCase(Locale.ROOT))
			.thenComparing(i -> i.getFirstName().toLowerCase(Locale.ROOT)));
		return records.releaseAll(found, IndividualSummary::of);
	}

	/**
	 * Every individual, released for a bulk export: CRM administrators only (PIA 8.5: export of sensitive information
	 * is disabled for non-administrative users); restricted fields of other components stay masked; each record's
	 * export is audited.
	 */
	@Transactional
	public List<IndividualView> export() {
		records.check(Operation.EXPORT, Stakeholder.INDIVIDUAL);
		List<IndividualView> exported = new ArrayList<>();
		for (Individual individual : individuals.findAll(Sort.by("lastName", "firstName"))) {
			exported.add(records.releaseForExport(IndividualView.of(individual), individual, "CRM export"));
		}
		return exported;
	}

	/** Whether the CRM holds no individual at all (demo data and first-run checks). */
	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return individuals.count() == 0;
	}

	/** Whether the user may delete the record (its owner, or a CRM administrator of its component). */
	@Override
	@Transactional(readOnly = true)
	public boolean mayDelete(UUID id, Actor actor) {
		return records.permits(actor, Operation.DELETE, find(id));
	}

	/**
	 * Deletes an individual completely on the person's request (CRM PIA 6.3): the row goes, retention tracking
	 * stops, the audit entry names the channel of the request and no PII, and other modules are told by event.
	 */
	@Override
	@Transactional
	public void delete(UUID id, RemovalChannel channel) {
		Individual individual = find(id);
		records.check(Operation.DELETE, individual);
		individuals.delete(individual);
		records.deleted(individual, "do-not-contact request", channel);
		events.publishEvent(new StakeholderErased(id, "REQUEST", now()));
	}

	private Individual find(UUID id) {
		return individuals.findById(id).orElseThrow(() -> new RecordNotFoundException(Stakeholder.INDIVIDUAL, id));
	}

	private IndividualView release(Individual individual) {
		return records.release(IndividualView.of(individual), individual);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}
}
