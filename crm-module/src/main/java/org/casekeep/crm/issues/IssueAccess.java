package org.casekeep.crm.issues;

import java.util.List;

import org.casekeep.crm.stakeholder.CrmAccessRules;
import org.casekeep.crm.stakeholder.Issue;
import org.casekeep.crm.stakeholder.IssueCatalog;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.access.ExplainedAccessDenial;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may use an issue's material: every approved CRM user (the issues are the Department's, CRM PIA 1.1 item 4);
 * anyone else is refused, and the refusal is audited.
 */
@Component
class IssueAccess {

	private final IssueCatalog catalog;
	private final CrmAccessRules rules;
	private final AuditTrail audit;

	IssueAccess(IssueCatalog catalog, CrmAccessRules rules, AuditTrail audit) {
		this.catalog = catalog;
		this.rules = rules;
		this.audit = audit;
	}

	/** The current user if a CRM user; refused (and audited against {@code recordType}) otherwise. */
	Actor requireUser(String recordType) {
		Actor actor = Actors.require();
		if (!rules.mayUse(actor)) {
			audit.recordIndependently(new AuditEvent(AuditAction.ACCESS_DENIED, recordType, null, null, List.of(),
					null, "issue material"));
			String reason = rules.refusal(actor);
			if (reason != null) {
				throw new ExplainedAccessDenial(reason);
			}
			throw new AccessDeniedException("Issue material is for CRM users");
		}
		return actor;
	}

	/** The issue of a code in any case; not found otherwise. */
	Issue issue(String code) {
		return catalog.parse(code).orElseThrow(() -> new RecordNotFoundException(IssueAdministration.RECORD_TYPE,
				code));
	}
}
