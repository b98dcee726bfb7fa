package org.casekeep.kernel.notify;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What to tell whom.
 *
 * @param recipient a username, a component code, or for a requester the record their address is kept on
 * ({@code <record type>:<id>}), as {@code kind} says.
 * @param kind who the recipient is.
 * @param subject one line, no personal data (a reference number is fine).
 * @param body plain text, no personal data.
 * @param link a path in Casekeep where the recipient acts, e.g. {@code /correspondence/taskers/…}.
 * @param dedupKey the notice is delivered at most once per key (e.g. {@code tasker:<id>:due-soon}); {@literal null}
 * for notices that may repeat.
 * @param audience for a notice that names a record, those who may open it: only they see the notice, so a notice to a
 * component reaches only the members who may open what it names; {@literal null} for a notice every recipient may
 * see.
 */
public record Notice(String recipient, Kind kind, String subject, String body, @Nullable String link,
		@Nullable String dedupKey, @Nullable RecordAudience audience) {

	/** Who a notice goes to; stored as the notification's {@code recipient_kind}. */
	public enum Kind {
		/** A signed-in user, by username. */
		USER,
		/** A component's shared mailbox, by component code. */
		COMPONENT,
		/**
		 * Someone outside the Department who wrote in or asked for something and left an address on a record (a
		 * correspondent, a requester). The notification names the record, never the address: the address stays on
		 * the record, under its retention, and is read only to send (see {@link RequesterAddresses}).
		 */
		REQUESTER
	}

	public Notice {
		Objects.requireNonNull(recipient, "recipient must not be null");
		Objects.requireNonNull(kind, "kind must not be null");
		Objects.requireNonNull(subject, "subject must not be null");
		Objects.requireNonNull(body, "body must not be null");
	}

	public static Notice toUser(String username, String subject, String body, @Nullable String link, @Nullable String dedupKey) {
		return new Notice(username, Kind.USER, subject, body, link, dedupKey, null);
	}

	public static Notice toComponent(String component, String subject, String body, @Nullable String link,
			@Nullable String dedupKey) {
		return new Notice(component, Kind.COMPONENT, subject, body, link, dedupKey, null);
	}

	/**
	 * A notice to the person whose address a record keeps (a correspondent or requester), emailed to that address when
	 * mail is configured. It links nowhere (they have no account) and, like every notice, carries no personal data:
	 * at most the record's reference number. Nobody sees it in the application; the record's page can list it.
	 *
	 * @param recordType the kernel record type; its module contributes the {@link RequesterAddresses}.
	 */
	public static Notice toRequester(String recordType, String recordId, String subject, String body, String dedupKey) {
		return new Notice(requesterOf(recordType, recordId), Kind.REQUESTER, subject, body, null,
				Objects.requireNonNull(dedupKey, "a notice to a requester goes once: give its dedup key"), null);
	}

	/** How a notice to a requester names its recipient: the record, {@code <record type>:<id>}. */
	public static String requesterOf(String recordType, String recordId) {
		return recordType + ":" + recordId;
	}

	/** Whether it goes to a component's mailbox. */
	public boolean toComponent() {
		return kind == Kind.COMPONENT;
	}

	/** The same notice, seen only by those of its recipients who may open the record it names. */
	public Notice withAudience(RecordAudience audience) {
		Objects.requireNonNull(audience, "audience must not be null");
		return new Notice(recipient, kind, subject, body, link, dedupKey, audience);
	}
}
