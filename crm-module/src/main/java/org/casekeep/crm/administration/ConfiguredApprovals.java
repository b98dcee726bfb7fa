package org.casekeep.crm.administration;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.casekeep.crm.stakeholder.CrmRoles;
import org.casekeep.kernel.access.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Approves at start-up the users the system owners name in {@code casekeep.crm.approved-users} (CRM PIA 8.1: office
 * administrators are approved by the system owners): entries {@code username:COMPONENT}, or
 * {@code username:COMPONENT:administrator} for an office administrator. A user already decided on keeps that decision,
 * so a revocation stands across restarts.
 */
@Component
class ConfiguredApprovals implements ApplicationRunner {

	private final AccessApprovals approvals;
	private final List<String> entries;

	ConfiguredApprovals(AccessApprovals approvals, @Value("${casekeep.crm.approved-users:}") List<String> entries) {
		this.approvals = approvals;
		this.entries = entries;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<Actor> users = new ArrayList<>();
		for (String entry : entries) {
			if (entry.isBlank()) {
				continue;
			}
			String[] parts = entry.strip().split(":");
			boolean administrator = parts.length == 3 && parts[2].equals("administrator");
			if (parts.length < 2 || parts.length > 3 || (parts.length == 3 && !administrator)) {
				throw new IllegalStateException("casekeep.crm.approved-users: an entry is username:COMPONENT or "
						+ "username:COMPONENT:administrator");
			}
			users.add(new Actor(parts[0], parts[1], administrator ? Set.of(CrmRoles.USER, CrmRoles.ADMIN)
					: Set.of(CrmRoles.USER)));
		}
		if (!users.isEmpty()) {
			approvals.preApprove(users);
		}
	}
}
