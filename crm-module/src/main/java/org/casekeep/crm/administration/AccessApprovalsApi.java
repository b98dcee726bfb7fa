package org.casekeep.crm.administration;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/crm/access-approvals}: the users of the administrator's component who asked for access to the CRM, and
 * approving or revoking it (CRM PIA 8.1).
 */
@RestController
@RequestMapping("/api/crm/access-approvals")
class AccessApprovalsApi {

	private final AccessApprovals approvals;

	AccessApprovalsApi(AccessApprovals approvals) {
		this.approvals = approvals;
	}

	@GetMapping
	List<AccessApprovals.Approval> list() {
		return approvals.list();
	}

	@PostMapping("/{username}/approve")
	ResponseEntity<Void> approve(@PathVariable String username) {
		approvals.approve(username);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{username}/revoke")
	ResponseEntity<Void> revoke(@PathVariable String username) {
		approvals.revoke(username);
		return ResponseEntity.noContent().build();
	}
}
