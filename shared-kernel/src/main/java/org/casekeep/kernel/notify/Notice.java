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
 */
public record Notice(String recipient, boolean toComponent, String subject, String body, @Nullable String link,
		@Nullable String dedupKey) {

	public Notice {
		Objects.requireNonNull(recipient, "recipient must not be null");
		Objects.requireNonNull(subject, "subject must not be null");
		Objects.requireNonNull(body, "body must not be null");
	}

	public static Notice toUser(String username, String subject, String body, @Nullable String link, @Nullable String dedupKey) {
		return new Notice(username, false, subject, body, link, dedupKey);
	}

	public static Notice toComponent(String component, String subject, String body, @Nullable String link,
			@Nullable String dedupKey) {
		return new Notice(component, true, subject, body, link, dedupKey);
	}
}
