package org.casekeep.crm.engagements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.casekeep.crm.contacthistory.ContactHistory;
import org.casekeep.crm.contacthistory.Contacts;
import org.casekeep.crm.individuals.EventsAttended;
import org.casekeep.crm.individuals.IndividualDirectory;
import org.casekeep.crm.organizations.OrganizationDirectory;
import org.casekeep.crm.stakeholder.Issue;
import org.casekeep.crm.stakeholder.IssueCatalog;
import org.casekeep.crm.stakeholder.OrganizationContacts;
import org.casekeep.crm.stakeholder.Stakeholder;
import org.casekeep.crm.stakeholder.StakeholderRecords;
import org.casekeep.detention.events.StakeholderEngagementHeld;
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
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.validation.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording, reading, listing, correcting and deleting the events DHS collaborated on (CRM PIA 1.1, item 3), and
 * their attendees. Every method checks the access policy for the current user (a refusal is an
 * {@link AccessDeniedException}, audited), releases what it returns through the kernel's guard (masking and read
 * audit) and audits every change (PIA 4.3). An individual added as an attendee has it recorded in their contact
 * history, once per event, which moves their last contact and with it their retention clock (PIA 3.2).
 */
@Service
public class EngagementDirectory implements EventsAttended {

	private final Engagements engagements;
	private final StakeholderRecords records;
	private final AccessPolicy access;
	private final PersonalDataGuard guard;
	private final AuditTrail audit;
	private final RetentionRegistry retention;
	private final ContactHistory contactHistory;
	private final Contacts contacts;
	private final IndividualDirectory individuals;
	private final OrganizationDirectory organizations;
	private final OrganizationContacts organizationContacts;
	private final IssueCatalog issues;
	private final Clock clock = Clock.systemUTC();

	EngagementDirectory(Engagements engagements, StakeholderRecords records, AccessPolicy access,
			PersonalDataGuard guard, AuditTrail audit, RetentionRegistry retention, ContactHistory contactHistory,
			Contacts contacts, IndividualDirectory individuals, OrganizationDirectory organizations,
			OrganizationContacts organizationContacts, IssueCatalog issues) {
		this.engagements = engagements;
		this.records = records;
		this.access = access;
		this.guard = guard;
		this.audit = audit;
		this.retention = retention;
		this.contactHistory = contactHistory;
		this.contacts = contacts;
		this.individuals = individuals;
		this.organizations = organizations;
		this.organizationContacts = organizationContacts;
		this.issues = issues;
	}

	/**
	 * Records an event owned by the current user and their component; attendees are added afterwards.
	 * @throws InvalidInputException naming every rejected field; nothing is written.
	 */
	@Transactional
	public EngagementView create(EngagementDraft draft) {
		Actor actor = records.creator(Engagement.RECORD_TYPE);
		Instant now = now();
		EngagementValues values = EngagementValues.of(draft, today(now), issues, List.of());
		Engagement engagement = new Engagement(actor.component(), actor.username(), null, now);
		List<String> fields = engagement.apply(values, now);
		store(engagement, fields);
		return release(engagement);
	}

	/** @throws RecordNotFoundException if there is no such event. */
	@Transactional
	public EngagementView get(UUID id) {
		Engagement engagement = find(id);
		access.check(Operation.READ, engagement.facts());
		return release(engagement);
	}

	/**
	 * Corrects an event; its owner or a CRM administrator of its component only.
	 * @throws InvalidInputException naming every rejected field; nothing is written.
	 * @throws ObjectOptimisticLockingFailureException if somebody changed it since {@code draft.version()}.
	 */
	@Transactional
	public EngagementView update(UUID id, EngagementDraft draft) {
		Engagement engagement = find(id);
		access.check(Operation.UPDATE, engagement.facts());
		if (draft.version() == null) {
			throw InvalidInputException.of("version", "The version you edited is required, so no change is lost");
		}
		if (draft.version() != engagement.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Engagement.class, id);
		}
		Instant now = now();
		List<String> changed = engagement.apply(
				EngagementValues.of(draft, today(now), issues, engagement.getIssues()), now);
		if (!changed.isEmpty()) {
			engagements.saveAndFlush(engagement);
			audit(AuditAction.UPDATE, engagement, changed, null);
		}
		return release(engagement);
	}

	/**
	 * A page of the events, newest first.
	 * @param page from 0; @param size from 1 to {@link EngagementPage#MAX_SIZE}.
	 * @throws InvalidInputException naming {@code page} or {@code size} when out of range.
	 */
	@Transactional
	public EngagementPage list(int page, int size) {
		InputCheck check = new InputCheck();
		if (page < 0) {
			check.reject("page", "Page must be 0 or more");
		}
		if (size < 1 || size > EngagementPage.MAX_SIZE) {
			check.reject("size", "Size must be from 1 to " + EngagementPage.MAX_SIZE);
		}
		check.throwIfInvalid();
		records.check(Operation.SEARCH, Engagement.RECORD_TYPE);
		Slice<Engagement> found = engagements.newestFirst(PageRequest.of(page, size));
		Map<UUID, Engagement> byId = found.stream().collect(Collectors.toMap(Engagement::getId, Function.identity()));
		List<EngagementSummary> events = guard.releaseAll(found.stream().map(EngagementSummary::of).toList(),
				summary -> byId.get(summary.id()).facts(), Stakeholder.PURPOSE);
		return new EngagementPage(events, page, size, found.hasNext());
	}

	/**
	 * The latest events that discussed an issue (CRM PIA 1.1, items 3 and 4: an issue's recent events), newest first,
	 * at most {@code limit}; released through the kernel's guard like any list of events.
	 * @param issue an issue's code.
	 */
	@Transactional
	public List<EngagementSummary> discussing(String issue, int limit) {
		records.check(Operation.SEARCH, Engagement.RECORD_TYPE);
		List<Engagement> found = engagements.discussing(issue, Math.clamp(limit, 1, EngagementPage.MAX_SIZE));
		Map<UUID, Engagement> byId = found.stream().collect(Collectors.toMap(Engagement::getId, Function.identity()));
		return guard.releaseAll(found.stream().map(EngagementSummary::of).toList(),
				summary -> byId.get(summary.id()).facts(), Stakeholder.PURPOSE);
	}

	/** Whether the user may change and delete the event (its owner, or a CRM administrator of its component). */
	@Transactional(readOnly = true)
	public boolean mayEdit(UUID id, Actor actor) {
		return access.permits(actor, Operation.UPDATE, find(id).facts());
	}

	/** Deletes an event; its attendees' contact history keeps that they attended. */
	@Transactional
	public void delete(UUID id) {
		Engagement engagement = find(id);
		access.check(Operation.DELETE, engagement.facts());
		engagements.delete(engagement);
		retention.forget(Engagement.RECORD_TYPE, id.toString());
		audit(AuditAction.DELETE, engagement, List.of(), null);
	}

	/**
	 * Adds attendees (CRM PIA 1.1: attendees of the event). Each individual newly attending has it recorded in their
	 * contact history; one already attending changes nothing.
	 * @throws InvalidInputException naming {@code individualIds} or {@code organizationIds} when an id is no
	 * stakeholder, or when none is given; nothing is written.
	 */
	@Transactional
	public EngagementView attend(UUID id, AttendeesDraft draft) {
		Engagement engagement = find(id);
		Actor actor = access.check(Operation.UPDATE, engagement.facts());
		Set<UUID> individualIds = distinct(draft.individualIds());
		Set<UUID> organizationIds = distinct(draft.organizationIds());
		InputCheck check = new InputCheck();
		if (individualIds.isEmpty() && organizationIds.isEmpty()) {
			check.reject("individualIds", "Choose at least one individual or organization");
		}
		for (UUID individual : individualIds) {
			if (!exists(() -> contacts.facts(individual))) {
				check.reject("individualIds", "There is no individual " + individual);
			}
		}
		for (UUID organization : organizationIds) {
			if (!exists(() -> organizations.get(organization))) {
				check.reject("organizationIds", "There is no organization " + organization);
			}
		}
		check.throwIfInvalid();
		attend(engagement, individualIds, organizationIds, actor);
		return release(engagement);
	}

	/** Removes an attendee (an individual or an organization, by id); the contact history keeps the attendance. */
	@Transactional
	public EngagementView leave(UUID id, UUID stakeholderId) {
		Engagement engagement = find(id);
		access.check(Operation.UPDATE, engagement.facts());
		if (engagement.leave(stakeholderId, now())) {
			engagements.saveAndFlush(engagement);
			audit(AuditAction.UPDATE, engagement, List.of("attendees"), "attendee " + stakeholderId + " removed");
		}
		return release(engagement);
	}

	@Override
	@Transactional
	public List<Attended> attendedBy(UUID individualId) {
		records.check(Operation.SEARCH, Engagement.RECORD_TYPE);
		List<Engagement> found = engagements.attendedBy(individualId);
		Map<UUID, Engagement> byId = found.stream().collect(Collectors.toMap(Engagement::getId, Function.identity()));
		return guard.releaseAll(found.stream().map(EngagementSummary::of).toList(),
				summary -> byId.get(summary.id()).facts(), Stakeholder.PURPOSE)
			.stream().map(summary -> new Attended(summary.id(), summary.name(), summary.heldOn())).toList();
	}

	/**
	 * Records, as the system, an engagement another module held: an event owned by the publishing component (its
	 * owner is the system), with every individual whose email matches an attendee's as attending. Says no more than
	 * the event carries. Idempotent on the event's id: an engagement already recorded adds nothing.
	 * @return whether the event was recorded now.
	 */
	@Transactional
	boolean recordHeld(StakeholderEngagementHeld event) {
		if (engagements.existsBySourceEventId(event.engagementId())) {
			return false;
		}
		Instant now = now();
		Engagement engagement = new Engagement(event.owningComponent(), Actor.SYSTEM.username(), event.engagementId(),
				now);
		String name = event.name().strip();
		// Only the active issues among the subjects: nothing new is filed under a retired one.
		List<String> discussed = event.subjects().stream().flatMap(subject -> issues.parse(subject).stream())
			.filter(Issue::active).map(Issue::code).distinct().toList();
		List<String> fields = engagement.apply(new EngagementValues(name.length() > 200 ? name.substring(0, 200) : name,
				event.heldOn(), null, null, null, discussed), now);
		store(engagement, fields);
		Set<UUID> attendees = new LinkedHashSet<>();
		for (String email : event.attendeeEmails()) {
			contacts.withEmail(email).forEach(individual -> attendees.add(UUID.fromString(individual.recordId())));
		}
		attend(engagement, attendees, Set.of(), Actor.SYSTEM);
		return true;
	}

	private void attend(Engagement engagement, Set<UUID> individualIds, Set<UUID> organizationIds, Actor actor) {
		Set<UUID> newOrganizations = new LinkedHashSet<>(organizationIds);
		newOrganizations.removeAll(engagement.getOrganizationIds());
		Set<UUID> newlyAttending = engagement.attend(individualIds, organizationIds, now());
		if (newlyAttending.isEmpty() && newOrganizations.isEmpty()) {
			return;
		}
		engagements.saveAndFlush(engagement);
		audit(AuditAction.UPDATE, engagement, List.of("attendees"), null);
		for (UUID individual : newlyAttending) {
			// PIA 1.1: attendance at DHS-affiliated events is part of the stakeholder's interactions with DHS.
			contactHistory.recordAttendance(engagement.getId(), individual, engagement.getHeldOn(),
					engagement.getOwningComponent(), actor.username());
		}
		// PIA 1.1 item 3: an organization attending is contacted too, and its year of PIA 3.2 runs from the event.
		Instant heldAt = engagement.getHeldOn().atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
		for (UUID organization : newOrganizations) {
			organizationContacts.attended(organization, heldAt, engagement.getId());
		}
	}

	private void store(Engagement engagement, List<String> fields) {
		engagements.save(engagement);
		audit(AuditAction.CREATE, engagement, fields, null);
		// PIA 3.2: reference material, kept while in business use; counted from when it was recorded.
		retention.track(Engagement.RECORD_TYPE, engagement.getId().toString(),
				RetentionFacts.created(engagement.getCreatedAt()));
	}

	private void audit(AuditAction action, Engagement engagement, List<String> fields,
			@Nullable String details) {
		audit.record(new AuditEvent(action, Engagement.RECORD_TYPE, engagement.getId().toString(),
				engagement.getOwningComponent(), fields, Stakeholder.PURPOSE, details));
	}

	/** Attendees are named as every CRM user may see them (PIA 4.1), each name's read audited as its record's. */
	private EngagementView release(Engagement engagement) {
		List<EngagementView.Attendee> people = individuals.summaries(engagement.getIndividualIds()).stream()
			.map(i -> new EngagementView.Attendee(i.id(), i.displayName())).toList();
		List<EngagementView.Attendee> groups = new ArrayList<>();
		for (UUID id : engagement.getOrganizationIds()) {
			groups.add(new EngagementView.Attendee(id, organizations.get(id).name()));
		}
		groups.sort(Comparator.comparing(EngagementView.Attendee::name, String.CASE_INSENSITIVE_ORDER));
		return guard.release(EngagementView.of(engagement, people, groups), engagement.facts(), Stakeholder.PURPOSE);
	}

	private Engagement find(UUID id) {
		return engagements.findById(id).orElseThrow(() -> new RecordNotFoundException(Engagement.RECORD_TYPE, id));
	}

	private static Set<UUID> distinct(@Nullable List<UUID> ids) {
		return ids == null ? Set.of() : new LinkedHashSet<>(ids.stream().filter(Objects::nonNull).toList());
	}

	private static boolean exists(Runnable lookup) {
		try {
			lookup.run();
			return true;
		}
		catch (RecordNotFoundException ex) {
			return false;
		}
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static LocalDate today(Instant now) {
		return LocalDate.ofInstant(now, ZoneOffset.UTC);
	}
}
