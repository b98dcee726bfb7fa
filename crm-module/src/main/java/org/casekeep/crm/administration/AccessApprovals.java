package org.casekeep.crm.administration;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.casekeep.crm.stakeholder.CrmAccessRules;
import org.casekeep.crm.stakeholder.CrmRoles;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.access.PrivacyRoles;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.validation.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approving users' access to the CRM (CRM PIA 8.1: users "must be approved by their office administrator, who are in
 * turn approved by the system owners and/or administrators"). An office's CRM administrator approves and revokes the
 * users of their own component, never an office administrator nor themselves; a platform administrator decides for
 * anyone. Every decision is audited (the field {@code status}, the decision, no personal data).
 */
@Service
public class AccessApprovals {

	/** The record type of approvals in audit entries. */
	public static final String RECORD_TYPE = "crm.access-approval";

	private static final String PURPOSE = "CRM access approval (PIA 8.1)";

	/** A user's access as an administrator's page shows it. */
	public record Approval(String username, String component, boolean administrator, String status,
			Instant requestedAt, boolean decidable) {
	}

	private final ApprovalRegister register;
	private final CrmAccessRules rules;
	private final AuditTrail audit;
	private final Clock clock = Clock.systemUTC();

	AccessApprovals(ApprovalRegister register, CrmAccessRules rules, AuditTrail audit) {
		this.register = register;
		this.rules = rules;
		this.audit = audit;
	}

	/**
	 * The users of the current administrator's component who opened the CRM with a CRM role, those awaiting approval
	 * first (a platform administrator: every component's).
	 * @throws AccessDeniedException for anyone else.
	 */
	@Transactional(readOnly = true)
	public List<Approval> list() {
		Actor actor = decider();
		return register.list(actor.hasRole(PrivacyRoles.PLATFORM_ADMIN) ? null : actor.component()).stream()
			.map(row -> new Approval(row.username(), row.component(), row.administrator(), row.status(),
					row.requestedAt(), mayDecide(actor, row)))
			.toList();
	}

	/** Approves the user's access to the CRM of the component they asked for. */
	@Transactional
	public void approve(String username) {
		decide(username, "APPROVED");
	}

	/** Revokes the user's access: from their next request on, the CRM refuses them everything. */
	@Transactional
	public void revoke(String username) {
		decide(username, "REVOKED");
	}

	/**
	 * Approves users without their asking (the system owners' configuration, the demo users), as the system; a user
	 * already decided on keeps that decision. Each approval is audited.
	 */
	@Transactional
	public void preApprove(List<Actor> users) {
		Instant now = now();
		for (Actor user : users) {
			String component = user.component();
			if (component != null && register.preApprove(user.username(), component, user.hasRole(CrmRoles.ADMIN),
					now)) {
				audited(user.username(), component, "APPROVED");
			}
		}
	}

	private void decide(String username, String status) {
		Actor actor = decider();
		ApprovalRegister.Row row = register.find(username);
		if (row == null) {
			throw InvalidInputException.of("username", "Nobody of that name has asked for access to the CRM");
		}
		if (!mayDecide(actor, row)) {
			throw new AccessDeniedException("Users are approved by their office's CRM administrator, office "
					+ "administrators by a platform administrator");
		}
		register.decide(username, status, actor.username(), now());
		audited(username, row.component(), status);
	}

	private void audited(String username, String component, String status) {
		audit.record(new AuditEvent(AuditAction.UPDATE, RECORD_TYPE, username, component, List.of("status"), PURPOSE,
				status.toLowerCase(java.util.Locale.ROOT)));
	}

	/** PIA 8.1: office administrators approve their office's users; system administrators approve anyone. */
	private static boolean mayDecide(Actor actor, ApprovalRegister.Row row) {
		if (actor.hasRole(PrivacyRoles.PLATFORM_ADMIN)) {
			return true;
		}
		return !row.administrator() && !row.username().equals(actor.username()) && actor.belongsTo(row.component());
	}

	/** The current user, if they may decide on anyone's access. */
	private Actor decider() {
		Actor actor = Actors.require();
		return actor.hasRole(PrivacyRoles.PLATFORM_ADMIN) ? actor : rules.requireAdministrator(actor);
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}
}
