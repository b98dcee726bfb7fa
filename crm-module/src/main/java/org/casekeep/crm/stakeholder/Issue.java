package org.casekeep.crm.stakeholder;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One of the Secretary's priorities stakeholders engage on (CRM PIA 1.1, item 4), as reference data: stakeholders and
 * events store its {@code code}; an administrator adds, renames, retires and reactivates issues
 * ({@link IssueCatalog}). A retired issue is offered for nothing new but still labels the records that name it.
 *
 * @param code upper snake case, never changes (it is what records store).
 * @param retiredAt when it was retired, {@literal null} while active.
 * @param retiredBy who retired it, {@literal null} while active.
 */
public record Issue(String code, String label, boolean active, @Nullable Integer position, @Nullable Instant retiredAt,
		@Nullable String retiredBy) {
}
