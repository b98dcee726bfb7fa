package org.casekeep.detention.relations;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casekeep.detention.complaint.OidoRoles;
import org.casekeep.detention.relations.RelationsViews.Removal;
import org.casekeep.detention.relations.RelationsViews.StakeholderView;
import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.pii.PersonalDataCatalog;
import org.casekeep.kernel.pii.PersonalDataGuard;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.web.Paging;
import org.casekeep.kernel.web.ResultPage;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * OIDO's stakeholders (PIA 2.1-2.3, 4.3): adding and changing them, organizations first, each with its public source;
 * reading them (every read passes the kernel's guard, which audits it); and removing one on request, which deletes it.
 * Every path asks the access policy first (PIA 8.1).
 */
@Service
class StakeholderDirectory {

	/** Purpose recorded in audit entries (PIA 3.1: outreach and sharing news about the Office). */
	static final String PURPOSE = "OIDO external relations";

	private final Stakeholders stakeholders;
	private final StakeholderEngagements engagements;
	private final AreasOfInterest areas;
	private final AccessPolicy access;
	private final PersonalDataGuard guard;
	private final AuditTrail audit;
	private final PersonalDataCatalog catalog;
	private final RelationsRetention retention;

	StakeholderDirectory(Stakeholders stakeholders, StakeholderEngagements engagements, AreasOfInterest areas, AccessPolicy access,
			PersonalDataGuard guard, AuditTrail audit, PersonalDataCatalog catalog, RelationsRetention retention) {
		this.catalog = catalog;
		this.retention = retention;
		this.stakeholders = stakeholders;
		this.engagements = engagements;
		this.areas = areas;
		this.access = access;
		this.guard = guard;
		this.audit = audit;
	}

	/**
	 * Adds a stakeholder.
	 * <p>
	 * PIA 2.2: "OIDO will use organizational data, rather than individual's data, when available": a person gathered
	 * from a public resource is recorded only as affiliated with their organization, which is added first; a person
	 * who contacted OIDO themselves may stand alone.
	 * @throws InvalidInputException naming each field refused; nothing is written then.
	 */
	@Transactional
	public StakeholderView add(StakeholderValues.Draft draft) {
		Actor actor = access.check(Operation.CREATE, RecordFacts.ofType(Stakeholder.RECORD_TYPE));
		StakeholderValues values = checked(draft, null);
		Stakeholder stakeholder = new Stakeholder(values, actor.username(), now());
		stakeholders.save(stakeholder);
		retention.track(stakeholder);
		audit.record(new AuditEvent(AuditAction.CREATE, Stakeholder.RECORD_TYPE, stakeholder.getId().toString(),
				OidoRoles.COMPONENT, declaredFields(), PURPOSE, values.kind().name() + "; source " + values.sourceKind()));
		return guard.release(StakeholderView.of(stakeholder), stakeholder.facts(), PURPOSE);
	}

	/**
	 * Changes a stakeholder, as of the version the user saw.
	 * @throws ObjectOptimisticLockingFailureException when somebody changed it since.
	 */
	@Transactional
	public StakeholderView change(UUID id, StakeholderValues.Draft draft) {
		access.check(Operation.UPDATE, RecordFacts.ofType(Stakeholder.RECORD_TYPE));
		Stakeholder stakeholder = find(id);
		access.check(Operation.UPDATE, stakeholder.facts());
		requireVersion(draft.version(), stakeholder.version(), id);
		StakeholderValues values = checked(draft, id);
		List<String> changed = stakeholder.apply(values, now());
		stakeholders.saveAndFlush(stakeholder);
		audit.record(new AuditEvent(AuditAction.UPDATE, Stakeholder.RECORD_TYPE, id.toString(), OidoRoles.COMPONENT,
				changed, PURPOSE, null));
		return guard.release(StakeholderView.of(stakeholder), stakeholder.facts(), PURPOSE);
	}

	@Transactional
	public StakeholderView get(UUID id) {
		access.check(Operation.READ, RecordFacts.ofType(Stakeholder.RECORD_TYPE));
		Stakeholder stakeholder = find(id);
		access.check(Operation.READ, stakeholder.facts());
		return guard.release(StakeholderView.of(stakeholder), stakeholder.facts(), PURPOSE);
	}

	/** A page of stakeholders, organizations first (PIA 2.2), each read-audited. */
	@Transactional
	public ResultPage<StakeholderView> list(Paging paging) {
		access.check(Operation.SEARCH, RecordFacts.ofType(Stakeholder.RECORD_TYPE));
		return paging.of(release(stakeholders.listing(PageRequest.of(paging.page() - 1, paging.size()))),
				stakeholders.count());
	}

	/** The stakeholders with these ids (an engagement's participants, an individual's organization), read-audited. */
	@Transactional
	public List<StakeholderView> named(Collection<UUID> ids) {
		access.check(Operation.SEARCH, RecordFacts.ofType(Stakeholder.RECORD_TYPE));
		return release(stakeholders.findAllByIdIn(ids));
	}

	/**
	 * Removes a stakeholder who asked to be removed, or whose organization does not want further correspondence with
	 * DHS (PIA 4.3): the record is deleted, with the people recorded as affiliated with an organization removed; the
	 * engagements they took part in keep only a count. The audit entry names the record and the request, never what it
	 * held.
	 * @throws ObjectOptimisticLockingFailureException when somebody changed it since the user saw it.
	 */
	@Transactional
	public Removal removeOnRequest(UUID id, @Nullable Long version, @Nullable String reason) {
		access.check(Operation.DELETE, RecordFacts.ofType(Stakeholder.RECORD_TYPE));
		Stakeholder stakeholder = find(id);
		access.check(Operation.DELETE, stakeholder.facts());
		requireVersion(version, stakeholder.version(), id);
		InputCheck check = new InputCheck();
		RemovalReason why = check.required("reason", reason, "Why the stakeholder is removed",
				raw -> StakeholderValues.constant(RemovalReason.class, raw));
		check.throwIfInvalid();
		List<Stakeholder> removed = new ArrayList<>(stakeholders.findByOrganizationId(id));
		removed.add(stakeholder);
		int anonymized = 0;
		for (Stakeholder gone : removed) {
			for (StakeholderEngagement engagement : engagements.withParticipant(gone.getId())) {
				if (engagement.forget(gone.getId())) {
					anonymized++;
				}
			}
		}
		engagements.flush();
		for (Stakeholder gone : removed) {
			stakeholders.delete(gone);
			retention.forget(gone);
			audit.record(new AuditEvent(AuditAction.DELETE, Stakeholder.RECORD_TYPE, gone.getId().toString(),
					OidoRoles.COMPONENT, declaredFields(), PURPOSE, "removed on request (PIA 4.3): " + why.name()
							+ (gone == stakeholder ? "" : "; affiliated with organization " + id)));
		}
		stakeholders.flush();
		return new Removal(removed.size(), anonymized);
	}

	/** The ids of the stakeholders that exist among these, for an engagement's participants. */
	@Transactional(readOnly = true)
	public java.util.Set<UUID> existing(Collection<UUID> ids) {
		return stakeholders.findAllByIdIn(ids).stream().map(Stakeholder::getId)
			.collect(java.util.stream.Collectors.toSet());
	}

	private StakeholderValues checked(StakeholderValues.Draft draft, @Nullable UUID self) {
		InputCheck check = new InputCheck();
		StakeholderValues values = StakeholderValues.check(check, draft, areas.codes());
		if (values != null && values.kind() == StakeholderKind.INDIVIDUAL) {
			if (values.organizationId() != null) {
				boolean organization = stakeholders.findById(values.organizationId())
					.filter(o -> o.kind() == StakeholderKind.ORGANIZATION && !o.getId().equals(self)).isPresent();
				if (!organization) {
					check.reject("organizationId", "There is no organization " + values.organizationId());
				}
			}
			else if (values.sourceKind().gatheredWithoutKnowledge()) {
				// PIA 2.2, 4.3: what is gathered from public resources is the organization's, not a person's.
				check.reject("organizationId", "Add the person's organization first and link them to it: OIDO uses "
						+ "organizational data rather than an individual's when available. A person without one is "
						+ "recorded only when they contacted OIDO themselves");
			}
		}
		check.throwIfInvalid();
		return java.util.Objects.requireNonNull(values);
	}

	private static void requireVersion(@Nullable Long version, long current, UUID id) {
		if (version == null) {
			throw InvalidInputException.of("version", "The version you saw is required, so no change is lost");
		}
		if (version != current) {
			throw new ObjectOptimisticLockingFailureException(Stakeholder.class, id);
		}
	}

	private Stakeholder find(UUID id) {
		return stakeholders.findById(id).orElseThrow(() -> new RecordNotFoundException(Stakeholder.RECORD_TYPE, id));
	}

	private List<StakeholderView> release(List<Stakeholder> found) {
		List<StakeholderView> views = new ArrayList<>(found.size());
		Map<StakeholderView, RecordFacts> facts = new IdentityHashMap<>();
		for (Stakeholder stakeholder : found) {
			StakeholderView view = StakeholderView.of(stakeholder);
			views.add(view);
			facts.put(view, stakeholder.facts());
		}
		return guard.releaseAll(views, facts::get, PURPOSE);
	}

	/** The personal data a stakeholder's record holds, as declared once on {@link Stakeholder}, for audit entries. */
	private List<String> declaredFields() {
		return catalog.require(Stakeholder.RECORD_TYPE).fields().keySet().stream().sorted().toList();
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}
}
