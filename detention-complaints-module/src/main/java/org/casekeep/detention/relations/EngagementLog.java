package org.casekeep.detention.relations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.casekeep.detention.complaint.OidoRoles;
import org.casekeep.detention.events.StakeholderEngagementHeld;
import org.casekeep.detention.relations.RelationsViews.DueReminder;
import org.casekeep.detention.relations.RelationsViews.EngagementView;
import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.pii.PersonalDataGuard;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.web.Paging;
import org.casekeep.kernel.web.ResultPage;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engagements OIDO staff hold or attend (PIA overview "External Relations", 2.1): recording and changing them,
 * marking one held, which tells the CRM once ({@link StakeholderEngagementHeld}), and the reminders for future actions.
 * Every path asks the access policy first; every output passes the kernel's guard, which audits the read (PIA 8.1).
 */
@Service
class EngagementLog {

	private final StakeholderEngagements engagements;
	private final Stakeholders stakeholders;
	private final StakeholderDirectory directory;
	private final AreasOfInterest areas;
	private final AccessPolicy access;
	private final PersonalDataGuard guard;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final RelationsRetention retention;
	private final Clock clock = Clock.systemUTC();

	EngagementLog(StakeholderEngagements engagements, Stakeholders stakeholders, StakeholderDirectory directory,
			AreasOfInterest areas, AccessPolicy access, PersonalDataGuard guard, AuditTrail audit,
			ApplicationEventPublisher events, RelationsRetention retention) {
		this.retention = retention;
		this.engagements = engagements;
		this.stakeholders = stakeholders;
		this.directory = directory;
		this.areas = areas;
		this.access = access;
		this.guard = guard;
		this.audit = audit;
		this.events = events;
	}

	/** Records an engagement; the OIDO user recording it owns it. */
	@Transactional
	public EngagementView record(EngagementValues.Draft draft) {
		Actor actor = access.check(Operation.CREATE, RecordFacts.ofType(StakeholderEngagement.RECORD_TYPE));
		StakeholderEngagement engagement = new StakeholderEngagement(checked(draft), actor.username(), now());
		engagements.save(engagement);
		retention.track(engagement);
		audit.record(new AuditEvent(AuditAction.CREATE, StakeholderEngagement.RECORD_TYPE, engagement.getId().toString(),
				OidoRoles.COMPONENT, List.of("location", "subject"), StakeholderDirectory.PURPOSE,
				engagement.type().name() + "; " + engagement.participants().size() + " stakeholders"));
		return release(engagement);
	}

	/**
	 * Changes an engagement, as of the version the user saw. Saving a held engagement again tells the CRM nothing new.
	 * @throws ObjectOptimisticLockingFailureException when somebody changed it since.
	 */
	@Transactional
	public EngagementView change(UUID id, EngagementValues.Draft draft) {
		StakeholderEngagement engagement = forUpdate(id, draft.version());
		List<String> changed = engagement.apply(checked(draft), now());
		engagements.saveAndFlush(engagement);
		audit.record(new AuditEvent(AuditAction.UPDATE, StakeholderEngagement.RECORD_TYPE, id.toString(), OidoRoles.COMPONENT,
				changed, StakeholderDirectory.PURPOSE, null));
		return release(engagement);
	}

	/**
	 * Marks an engagement held and, the first time only, tells the CRM with the participants' emails lower-cased and
	 * the areas it covered (DESIGN: the CRM records it as an interaction of OIDO). Marking it held again changes
	 * nothing and publishes nothing, so a retried request cannot tell the CRM twice.
	 * @throws org.casekeep.kernel.validation.WorkflowConflictException before its first day.
	 */
	@Transactional
	public EngagementView hold(UUID id, @Nullable Long version) {
		StakeholderEngagement engagement = forUpdate(id, version);
		Actor actor = org.casekeep.kernel.access.Actors.require();
		Instant now = now();
		if (engagement.hold(actor.username(), now, LocalDate.ofInstant(now, ZoneOffset.UTC))) {
			List<String> emails = stakeholders.findAllByIdIn(engagement.participants()).stream()
				.map(Stakeholder::email).filter(Objects::nonNull).map(e -> e.toLowerCase(Locale.ROOT))
				.distinct().sorted().toList();
			events.publishEvent(new StakeholderEngagementHeld(engagement.getId(), engagement.name(),
					engagement.startsOn(), OidoRoles.COMPONENT, emails, engagement.areas()));
			engagements.saveAndFlush(engagement);
			audit.record(new AuditEvent(AuditAction.UPDATE, StakeholderEngagement.RECORD_TYPE, id.toString(), OidoRoles.COMPONENT,
					List.of("heldAt"), StakeholderDirectory.PURPOSE,
					"held; told to the CRM with " + emails.size() + " participant emails"));
		}
		return release(engagement);
	}

	@Transactional
	public EngagementView get(UUID id) {
		access.check(Operation.READ, RecordFacts.ofType(StakeholderEngagement.RECORD_TYPE));
		StakeholderEngagement engagement = find(id);
		access.check(Operation.READ, engagement.facts());
		return release(engagement);
	}

	/** A page of engagements, the latest first, each read-audited. */
	@Transactional
	public ResultPage<EngagementView> list(Paging paging) {
		access.check(Operation.SEARCH, RecordFacts.ofType(StakeholderEngagement.RECORD_TYPE));
		List<StakeholderEngagement> found = engagements.listing(PageRequest.of(paging.page() - 1, paging.size()));
		return paging.of(releaseAll(found, EngagementView::of), engagements.count());
	}

	/**
	 * Adds a reminder for a future action (PIA 2.1), owned by {@code owner} (the user adding it when not given), who is
	 * told on its due date when {@code sendNotice} is set.
	 * @throws InvalidInputException naming {@code dueOn}, {@code action} or {@code owner}.
	 */
	@Transactional
	public EngagementView remind(UUID id, @Nullable Long version, @Nullable String dueOn, @Nullable String action,
			@Nullable String owner, boolean sendNotice) {
		StakeholderEngagement engagement = forUpdate(id, version);
		InputCheck check = new InputCheck();
		LocalDate due = check.required("dueOn", dueOn, "Due date", EngagementValues::date);
		String what = check.requiredText("action", action, "Action", 500);
		String who = check.text("owner", owner, "Owner", 100);
		check.throwIfInvalid();
		Actor actor = org.casekeep.kernel.access.Actors.require();
		Reminder reminder = engagement.remind(Objects.requireNonNull(due), Objects.requireNonNull(what),
				who == null ? actor.username() : who, sendNotice, now());
		engagements.saveAndFlush(engagement);
		audit.record(new AuditEvent(AuditAction.UPDATE, StakeholderEngagement.RECORD_TYPE, id.toString(), OidoRoles.COMPONENT,
				List.of("reminders"), StakeholderDirectory.PURPOSE, "reminder " + reminder.id() + " due " + due));
		return release(engagement);
	}

	@Transactional
	public EngagementView completeReminder(UUID id, UUID reminderId, @Nullable Long version) {
		StakeholderEngagement engagement = forUpdate(id, version);
		engagement.completeReminder(reminderId, now());
		engagements.saveAndFlush(engagement);
		audit.record(new AuditEvent(AuditAction.UPDATE, StakeholderEngagement.RECORD_TYPE, id.toString(), OidoRoles.COMPONENT,
				List.of("reminders"), StakeholderDirectory.PURPOSE, "reminder " + reminderId + " done"));
		return release(engagement);
	}

	/** The open reminders due by {@code day}, the earliest first, with their engagements; read-audited. */
	@Transactional
	public List<DueReminder> dueBy(LocalDate day) {
		access.check(Operation.SEARCH, RecordFacts.ofType(StakeholderEngagement.RECORD_TYPE));
		List<StakeholderEngagement> found = engagements.withOpenRemindersDueBy(day);
		List<DueReminder> due = releaseAll(found, e -> new DueReminder(e.getId(), e.name(), e.reminders().stream()
			.filter(r -> r.doneAt() == null && !r.dueOn().isAfter(day)).toList()));
		return due.stream()
			.sorted(java.util.Comparator.comparing(d -> d.reminders() == null || d.reminders().isEmpty()
					? LocalDate.MAX : d.reminders().getFirst().dueOn()))
			.toList();
	}

	/** The stakeholders who took part, as named on their own records (read-audited there). */
	@Transactional
	public List<RelationsViews.StakeholderView> participants(EngagementView engagement) {
		return engagement.participants().isEmpty() ? List.of() : directory.named(engagement.participants());
	}

	/**
	 * The facts of an engagement another part of this feature acts on (its materials), once the current user may
	 * change it ({@code UPDATE}) or read it.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	RecordFacts facts(UUID id, Operation operation) {
		access.check(operation, RecordFacts.ofType(StakeholderEngagement.RECORD_TYPE));
		StakeholderEngagement engagement = find(id);
		access.check(operation, engagement.facts());
		return engagement.facts();
	}

	private EngagementValues checked(EngagementValues.Draft draft) {
		InputCheck check = new InputCheck();
		java.util.Set<UUID> named = draft.participants() == null ? java.util.Set.of()
				: directory.existing(draft.participants().stream().filter(Objects::nonNull).toList());
		EngagementValues values = EngagementValues.check(check, draft, areas.codes(), named);
		check.throwIfInvalid();
		return Objects.requireNonNull(values);
	}

	private StakeholderEngagement forUpdate(UUID id, @Nullable Long version) {
		access.check(Operation.UPDATE, RecordFacts.ofType(StakeholderEngagement.RECORD_TYPE));
		StakeholderEngagement engagement = find(id);
		access.check(Operation.UPDATE, engagement.facts());
		if (version == null) {
			throw InvalidInputException.of("version", "The version you saw is required, so no change is lost");
		}
		if (version != engagement.version()) {
			throw new ObjectOptimisticLockingFailureException(StakeholderEngagement.class, id);
		}
		return engagement;
	}

	private StakeholderEngagement find(UUID id) {
		return engagements.findById(id).orElseThrow(() -> new RecordNotFoundException(StakeholderEngagement.RECORD_TYPE, id));
	}

	private EngagementView release(StakeholderEngagement engagement) {
		return guard.release(EngagementView.of(engagement), engagement.facts(), StakeholderDirectory.PURPOSE);
	}

	private <T extends Record> List<T> releaseAll(List<StakeholderEngagement> found, java.util.function.Function<StakeholderEngagement, T> view) {
		List<T> views = new ArrayList<>(found.size());
		Map<T, RecordFacts> facts = new IdentityHashMap<>();
		for (StakeholderEngagement engagement : found) {
			T released = view.apply(engagement);
			views.add(released);
			facts.put(released, engagement.facts());
		}
		return guard.releaseAll(views, facts::get, StakeholderDirectory.PURPOSE);
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}
}
