package org.casekeep.kernel.pii;

/** Where the roles of {@link PersonalData#visibleTo()} apply. */
public enum VisibilityScope {
	/** A user with one of the roles sees the field on any record they may read. */
	ANY_COMPONENT,
	/** A user with one of the roles sees the field only on records owned by the user's own component. */
	OWNING_COMPONENT,
	/** Only the record's owner or an assignee sees the field. */
	OWNER_OR_ASSIGNEE
}
