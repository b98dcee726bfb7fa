package org.casekeep.kernel.inventory;

import org.casekeep.kernel.pii.PiiCategory;
import org.casekeep.kernel.pii.Sensitivity;
import org.casekeep.kernel.pii.VisibilityScope;

/** One line of the data inventory: a personal-data field and what follows from its declaration. */
public record InventoryEntry(String module, String recordType, String field, String description, PiiCategory category,
		Sensitivity sensitivity, String visibleTo, VisibilityScope scope, boolean exportable,
		String retentionSchedule, String retentionRule, String legalBasis, String source) {
}
