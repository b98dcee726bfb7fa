package org.casekeep.correspondence.formletters;

import org.jspecify.annotations.Nullable;

/**
 * A form letter as written by its author.
 *
 * @param version for changes: the letter version the author read, so no one else's change is lost (409 otherwise).
 */
record FormLetterDraft(@Nullable String name, @Nullable String body, @Nullable String changeNote,
		@Nullable Long version) {
}
