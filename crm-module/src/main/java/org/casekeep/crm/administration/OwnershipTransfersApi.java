package org.casekeep.crm.administration;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/crm/ownership-transfers}: a CRM administrator moves the records of a user of their component to
 * another (bearer token; errors are problem documents naming {@code from}, {@code to} or {@code records}).
 */
@RestController
@RequestMapping("/api/crm/ownership-transfers")
class OwnershipTransfersApi {

	private final OwnershipTransfers transfers;

	OwnershipTransfersApi(OwnershipTransfers transfers) {
		this.transfers = transfers;
	}

	@PostMapping
	OwnershipTransfer transfer(@RequestBody OwnershipTransferRequest request) {
		return transfers.transfer(request);
	}
}
