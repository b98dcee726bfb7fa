package org.casekeep.survey.vendors;

/** Where a vendor's data stands (Customer Research PIA 5.2, 6.5): with the vendor, or returned or destroyed. */
public enum ContractState {
	/** The vendor holds the data until the contract's return-or-destruction date. */
	AWAITING_RETURN,
	/** The vendor returned the data, as its certificate says. */
	RETURNED,
	/** The vendor destroyed the data, as its certificate says. */
	DESTROYED
}
