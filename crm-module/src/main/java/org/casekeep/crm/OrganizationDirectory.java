package org.casekeep.crm;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.retention.RetentionFacts;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.casekeep.kernel.validation.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, reading, searching, changing and deleting CRM organizations, under the same access rules as people. */
@Service
public class OrganizationDirectory {

	private final Organizations organizations;
	private final AccessPolicy access;
	private final AuditTrail audit;
	private final RetentionRegistry retention;

	OrganizationDirectory(Organizations organizations, AccessPolicy access, AuditTrail audit,
			RetentionRegistry retention) {
		this.organizations = organizations;
		this.access = access;
		this.audit = audit;
		this.retention = retention;
	}

	@Transactional
	public OrganizationView create(OrganizationDraft draft) {
		Actor actor = access.check(Operation.CREATE, RecordFacts.ofType(Organization.RECORD_TYPE));
		if (actor.component() == null) {
			throw InvalidInputException.of("owningComponent", "Your account has no component; ask an administrator");
		}
		OrganizationValues values = OrganizationValues.of(draft);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		Organization organization = new Organization(actor.component(), actor.username(), now);
		List<String> fields = organization.apply(values, now);
		organizations.save(organization);
		audit.record(new AuditEvent(AuditAction.CREATE, Organization.RECORD_TYPE, organization.getId().toString(),
				organization.getOwningComponent(), fields, IndividualDirectory.PURPOSE, null));
		retention.track(Organization.RECORD_TYPE, organization.getId().toString(), RetentionFacts.created(now));
		return view(organization);
	}

	@Transactional(readOnly = true)
	public OrganizationView get(UUID id) {
		Organization organization = find(id);
		access.check(Operation.READ, facts(organization));
		return view(organization);
	}

	@Transactional
	public OrganizationView update(UUID id, OrganizationDraft draft) {
		Organization organization = find(id);
		access.check(Operation.UPDATE, facts(organization));
		if (draft.version() == null) {
			throw InvalidInputException.of("version", "The version you edited is required, so no change is lost");
		}
		if (draft.version() != organization.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Organization.class, id);
		}
		List<String> changed = organization.apply(OrganizationValues.of(draft), Instant.now().truncatedTo(ChronoUnit.MICROS));
		if (!changed.isEmpty()) {
			organizations.saveAndFlush(organization);
			audit.record(new AuditEvent(AuditAction.UPDATE, Organization.RECORD_TYPE, id.toString(),
					organization.getOwningComponent(), changed, IndividualDirectory.PURPOSE, null));
		}
		return view(organization);
	}

	@Transactional(readOnly = true)
	public List<OrganizationView> search(@Nullable String name, @Nullable Issue issue, @Nullable String state) {
		access.check(Operation.SEARCH, RecordFacts.ofType(Organization.RECORD_TYPE));
		return organizations.search(name == null || name.isBlank() ? null : name.strip(),
				issue == null ? null : issue.name(),
				state == null || state.isBlank() ? null : state.strip().toUpperCase(Locale.ROOT),
				IndividualDirectory.SEARCH_LIMIT).stream().map(OrganizationDirectory::view).toList();
	}

	@Transactional(readOnly = true)
	public boolean mayDelete(UUID id, Actor actor) {
		return access.permits(actor, Operation.DELETE, facts(find(id)));
	}

	@Transactional
	public void delete(UUID id, RemovalChannel channel) {
		Organization organization = find(id);
		access.check(Operation.DELETE, facts(organization));
		organizations.delete(organization);
		retention.forget(Organization.RECORD_TYPE, id.toString());
		audit.record(new AuditEvent(AuditAction.DELETE, Organization.RECORD_TYPE, id.toString(),
				organization.getOwningComponent(), List.of(), "removal request", "request channel: " + channel.name()));
	}

	/** Destroys an organization whose retention period ended; the kernel calls it as the system and certifies it. */
	@Transactional
	void destroyExpired(UUID id) {
		organizations.findById(id).ifPresent(organizations::delete);
	}

	private Organization find(UUID id) {
		return organizations.findById(id).orElseThrow(() -> new RecordNotFoundException(Organization.RECORD_TYPE, id));
	}

	private static RecordFacts facts(Organization organization) {
		return RecordFacts.of(Organization.RECORD_TYPE, organization.getId(), organization.getOwningComponent(),
				organization.getOwnerUsername());
	}

	private static OrganizationView view(Organization o) {
		return new OrganizationView(o.getId(), o.getName(), o.getStreet1(), o.getStreet2(), o.getCity(), o.getState(),
				o.getZip(), o.getOfficePhone(), o.getIssues(), o.getDhsGroups(), o.getOwningComponent(),
				o.getOwnerUsername(), o.getCreatedAt(), o.getUpdatedAt(), o.getVersion());
	}
}
