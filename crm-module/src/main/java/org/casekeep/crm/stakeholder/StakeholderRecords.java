package org.casekeep.crm.stakeholder;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.pii.PersonalDataGuard;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.casekeep.kernel.validation.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The steps every directory of stakeholders takes, written once: the access check of each operation, the audit entry
 * of each change, release through the kernel's guard (masking and read audit) and deletion on request (PIA 6.3).
 * Runs in the caller's transaction.
 */
@Component
public class StakeholderRecords {

	private final AccessPolicy access;
	private final PersonalDataGuard guard;
	private final AuditTrail audit;
	private final RetentionRegistry retention;

	public StakeholderRecords(AccessPolicy access, PersonalDataGuard guard, AuditTrail audit,
			RetentionRegistry retention) {
		this.access = access;
		this.guard = guard;
		this.audit = audit;
		this.retention = retention;
	}

	/**
	 * The current user, allowed to create a record of the type, with the component that is to own it.
	 * @throws InvalidInputException naming {@code owningComponent} if the user's account has no component.
	 */
	public Actor creator(String recordType) {
		Actor actor = access.check(Operation.CREATE, RecordFacts.ofType(recordType));
		if (actor.component() == null) {
			throw InvalidInputException.of("owningComponent", "Your account has no component; ask an administrator");
		}
		return actor;
	}

	/** The current user, allowed to perform the operation on the stakeholder (the refusal is audited). */
	public Actor check(Operation operation, Stakeholder stakeholder) {
		return access.check(operation, stakeholder.facts());
	}

	/** The current user, allowed to perform the operation on records of the type as a whole (search, export). */
	public Actor check(Operation operation, String recordType) {
		return access.check(operation, RecordFacts.ofType(recordType));
	}

	public boolean permits(Actor actor, Operation operation, Stakeholder stakeholder) {
		return access.permits(actor, operation, stakeholder.facts());
	}

	/** The declared fields of the stakeholder the actor may see (and so may change). */
	public Set<String> visibleFields(Actor actor, Stakeholder stakeholder) {
		return guard.visibleFields(actor, stakeholder.recordType(), stakeholder.facts());
	}

	/**
	 * Refuses an edit of anything but the stored version, so that no change is lost.
	 * @throws InvalidInputException naming {@code version} if the edit does not say which version it changes.
	 * @throws ObjectOptimisticLockingFailureException if somebody changed the stakeholder since.
	 */
	public void requireEdited(@Nullable Long version, Stakeholder stakeholder) {
		if (version == null) {
			throw InvalidInputException.of("version", "The version you edited is required, so no change is lost");
		}
		if (version != stakeholder.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(stakeholder.getClass(), stakeholder.getId());
		}
	}

	/** Audits a creation or change, naming the fields (never their values). */
	public void audit(AuditAction action, Stakeholder stakeholder, List<String> fields) {
		audit.record(new AuditEvent(action, stakeholder.recordType(), stakeholder.getId().toString(),
				stakeholder.getOwningComponent(), fields, Stakeholder.PURPOSE, null));
	}

	/**
	 * Audits that the stakeholder's most recent contact moved (PIA 1.1), and with it its retention clock (PIA 3.2),
	 * naming what moved it ({@code interaction <id>}, {@code event <id>}).
	 */
	public void contacted(Stakeholder stakeholder, String cause) {
		audit.record(new AuditEvent(AuditAction.UPDATE, stakeholder.recordType(), stakeholder.getId().toString(),
				stakeholder.getOwningComponent(), List.of("lastContactedAt"), Stakeholder.PURPOSE,
				cause));
	}

	/**
	 * Finishes the deletion of a stakeholder on request (CRM PIA 6.3): retention tracking stops and the audit entry
	 * names the channel of the request and no personal data.
	 */
	public void deleted(Stakeholder stakeholder, String purpose, RemovalChannel channel) {
		retention.forget(stakeholder.recordType(), stakeholder.getId().toString());
		audit.record(new AuditEvent(AuditAction.DELETE, stakeholder.recordType(), stakeholder.getId().toString(),
				stakeholder.getOwningComponent(), List.of(), purpose, "request channel: " + channel.name()));
	}

	/** Releases a view of the stakeholder to the current user: masked and read-audited. */
	public <V extends Record> V release(V view, Stakeholder stakeholder) {
		return guard.release(view, stakeholder.facts(), Stakeholder.PURPOSE);
	}

	/** Releases a view of each stakeholder found, in order, with one read-audit entry each (one round trip). */
	public <S extends Stakeholder, V extends Record> List<V> releaseAll(List<S> found, Function<S, V> view) {
		List<V> views = new ArrayList<>(found.size());
		Map<V, RecordFacts> facts = new IdentityHashMap<>();
		for (S stakeholder : found) {
			V one = view.apply(stakeholder);
			views.add(one);
			facts.put(one, stakeholder.facts());
		}
		return guard.releaseAll(views, facts::get, Stakeholder.PURPOSE);
	}

	/** Releases a view for a bulk export: export masking on top of the user's, audited as an export. */
	public <V extends Record> V releaseForExport(V view, Stakeholder stakeholder, String purpose) {
		return guard.releaseForExport(view, stakeholder.facts(), purpose);
	}
}
