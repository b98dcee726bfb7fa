package org.casekeep.crm.organizations;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, reading, searching, changing and deleting CRM organizations, under the same access rules as people. Every
 * output passes the kernel's guard (its reads are audited), every change is audited.
 */
@Service
public class OrganizationDirectory
		implements StakeholderDirectory<OrganizationDraft, OrganizationView, OrganizationView> {

	private final Organizations organizations;
	private final StakeholderRecords records;
	private final OrganizationRetention retention;
	private final IssueCatalog issues;
	private final Clock clock = Clock.systemUTC();

	OrganizationDirectory(Organizations organizations, StakeholderRecords records, OrganizationRetention retention,
			IssueCatalog issues) {
		this.organizations = organizations;
		this.records = records;
		this.retention = retention;
		this.issues = issues;
	}

	/** Creates an organization owned by the current user and their component. */
	@Override
	@Transactional
	public OrganizationView create(OrganizationDraft draft) {
		Actor actor = records.creator(Stakeholder.ORGANIZATION);
		OrganizationValues values = OrganizationValues.of(draft, issues, List.of());
		Instant now = now();
		Organization organization = new Organization(actor.component(), actor.username(), now);
		List<String> fields = organization.apply(values, now);
		organizations.save(organization);
		records.audit(AuditAction.CREATE, organization, fields);
		retention.track(organization);
		return release(organization);
	}

	@Override
	@Transactional
	public OrganizationView get(UUID id) {
		Organization organization = find(id);
		records.check(Operation.READ, organization);
		return release(organization);
	}

	/**
	 * Changes an organization. Any CRM user may correct a record (CRM PIA 1.5, 7.2).
	 * @throws ObjectOptimisticLockingFailureException if somebody changed it since {@code draft.version()}.
	 */
	@Override
	@Transactional
	public OrganizationView update(UUID id, OrganizationDraft draft) {
		Organization organization = find(id);
		records.check(Operation.UPDATE, organization);
		records.requireEdited(draft.version(), organization);
		List<String> changed = organization.apply(OrganizationValues.of(draft, issues, organization.getIssues()),
				now());
		if (!changed.isEmpty()) {
			organizations.saveAndFlush(organization);
			records.audit(AuditAction.UPDATE, organization, changed);
		}
		return release(organization);
	}

	/** Finds organizations by name, issue and state; every criterion optional. One page, ordered as asked. */
	@Override
	@Transactional
	public ResultPage<OrganizationView> search(StakeholderSearch criteria, StakeholderSort sort, Paging paging) {
		records.check(Operation.SEARCH, Stakeholder.ORGANIZATION);
		List<Organization> found = organizations.search(criteria.name(), criteria.issue(), criteria.state(),
				sort.name(), paging.size(), paging.offset());
		return paging.of(records.releaseAll(found, OrganizationView::of),
				organizations.countFound(criteria.name(), criteria.issue(), criteria.state()));
	}

	/** Organizations are listed by name or by owner; the CRM keeps no contact date of theirs. */
	@Override
	public Set<StakeholderSort> sorts() {
		return EnumSet.of(StakeholderSort.NAME, StakeholderSort.OWNER);
	}

	/** Whether the user may delete the record (its owner, or a CRM administrator of its component). */
	@Override
	@Transactional(readOnly = true)
	public boolean mayDelete(UUID id, Actor actor) {
		return records.permits(actor, Operation.DELETE, find(id));
	}

	/** Deletes an organization completely on its request (CRM PIA 6.3), auditing the channel of the request. */
	@Override
	@Transactional
	public void delete(UUID id, RemovalChannel channel) {
		Organization organization = find(id);
		records.check(Operation.DELETE, organization);
		organizations.delete(organization);
		records.deleted(organization, "removal request", channel);
	}

	private Organization find(UUID id) {
		return organizations.findById(id).orElseThrow(() -> new RecordNotFoundException(Stakeholder.ORGANIZATION, id));
	}

	private OrganizationView release(Organization organization) {
		return records.release(OrganizationView.of(organization), organization);
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}
}
