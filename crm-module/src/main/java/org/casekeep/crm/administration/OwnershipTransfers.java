package org.casekeep.crm.administration;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.casekeep.crm.stakeholder.CrmAccessRules;
import org.casekeep.crm.stakeholder.OwnedStakeholders;
import org.casekeep.crm.stakeholder.Stakeholder;
import org.casekeep.crm.stakeholder.StakeholderRecords;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.disclosure.RecordReference;
import org.casekeep.kernel.notify.UserAccounts;
import org.casekeep.kernel.validation.FieldProblem;
import org.casekeep.kernel.validation.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves the records a user owns to another user of the same component when the owner leaves: an administrator's
 * action ({@code crm_admin} of the records' component), all or nothing, audited per record as an UPDATE of
 * {@code ownerUsername} (the entry names the field, never a value). The new owner must be a user of the component who
 * has signed in to Casekeep, so records never go to a mistyped or foreign name.
 */
@Service
public class OwnershipTransfers {

	private final List<OwnedStakeholders<?>> kinds;
	private final StakeholderRecords records;
	private final CrmAccessRules rules;
	private final UserAccounts users;
	private final Clock clock = Clock.systemUTC();

	OwnershipTransfers(List<OwnedStakeholders<?>> kinds, StakeholderRecords records, CrmAccessRules rules,
			UserAccounts users) {
		this.kinds = kinds;
		this.records = records;
		this.rules = rules;
		this.users = users;
	}

	/** The current user, if they administer their component's CRM. */
	Actor administrator() {
		return rules.requireAdministrator(Actors.require());
	}

	/** The users of the administrator's component who have signed in, who may receive records. */
	@Transactional(readOnly = true)
	public List<String> users() {
		return users.usernames(administrator().component());
	}

	/**
	 * Moves the records.
	 * @throws InvalidInputException naming {@code from}, {@code to} or {@code records}; nothing moves.
	 * @throws AccessDeniedException if the current user does not administer their component's CRM.
	 */
	@Transactional
	public OwnershipTransfer transfer(OwnershipTransferRequest request) {
		Actor admin = administrator();
		String component = admin.component();
		String from = trimmed(request.from());
		String to = trimmed(request.to());
		List<FieldProblem> problems = new ArrayList<>();
		if (from == null) {
			problems.add(new FieldProblem("from", "Say whose records move"));
		}
		if (to == null) {
			problems.add(new FieldProblem("to", "Say who receives the records"));
		}
		else if (to.equals(from)) {
			problems.add(new FieldProblem("to", "The new owner must be someone else"));
		}
		else if (!users.isKnown(to, component)) {
			problems.add(new FieldProblem("to", "Not a user of " + component + " who has signed in to Casekeep: "
					+ "records go only to a user of your component, who must have signed in once"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<Stakeholder> owned = new ArrayList<>();
		kinds.forEach(kind -> owned.addAll(kind.findByOwningComponentAndOwnerUsername(component, from)));
		List<Stakeholder> moving = selected(owned, request.records(), from);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		List<RecordReference> moved = new ArrayList<>(moving.size());
		for (Stakeholder stakeholder : moving) {
			stakeholder.transferTo(to, now);
			records.audit(AuditAction.UPDATE, stakeholder, List.of("ownerUsername"));
			moved.add(new RecordReference(stakeholder.recordType(), stakeholder.getId().toString()));
		}
		return new OwnershipTransfer(from, to, moved.size(), moved);
	}

	/** The records asked for, each of which {@code from} must own in the component; all of them if none named. */
	private static List<Stakeholder> selected(List<Stakeholder> owned, @Nullable List<RecordReference> asked,
			String from) {
		if (asked == null || asked.isEmpty()) {
			return owned;
		}
		Set<RecordReference> wanted = new LinkedHashSet<>(asked);
		List<Stakeholder> found = owned.stream()
			.filter(s -> wanted.remove(new RecordReference(s.recordType(), s.getId().toString())))
			.toList();
		if (!wanted.isEmpty()) {
			throw InvalidInputException.of("records", wanted.size() + " of the records named are not owned by " + from
					+ " in your component");
		}
		return found;
	}

	private static @Nullable String trimmed(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
