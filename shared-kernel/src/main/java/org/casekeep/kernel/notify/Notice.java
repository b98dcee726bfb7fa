package org.casekeep.kernel.notify;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What to tell whom.
 *
 * @param recipient a username, or a component code when {@code toComponent}.
 * @param subject one line, no personal data (a reference number is fine).
 * @param body plain text, no personal data.
 * @param link a path in Casekeep where the recipient acts, e.g. {@code /correspondence/taskers/…}.
 * @param dedupKey the notice is delivered at most once per key (e.g. {@code tasker:<id>:due-soon}); {@literal null}
 * for notices that may repeat.
 * @param audience for a notice that names a record, those who may open it: only they see the notice, so a notice to a
 * component reaches only the members who may open what it names; {@literal null} for a notice every recipient may
 * see.
 */
public record Notice(String recipient, boolean toComponent, String subject, String body, @Nullable String link,
		@Nullable String dedupKey, @Nullable RecordAudience audience) {

	public Notice {
		Objects.requireNonNull(recipient, "recipient must not be null");
		Objects.requireNonNull(subject, "subject must not be null");
		Objects.requireNonNull(body, "body must not be null");
	}

	public static Notice toUser(String username, String subject, String body, @Nullable String link, @Nullable String dedupKey) {
		return new Notice(username, false, subject, body, link, dedupKey, null);
	}

	public static Notice toComponent(String component, String subject, String body, @Nullable String link,
			@Nullable String dedupKey) {
		return new Notice(component, true, subject, body, link, dedupKey, null);
	}

	/** The same notice, seen only by those of its recipients who may open the record it names. */
	public Notice withAudience(RecordAudience audience) {
		Objects.requireNonNull(audience, "audience must not be null");
		return new Notice(recipient, toComponent, subject, body, link, dedupKey, audience);
	}
}
