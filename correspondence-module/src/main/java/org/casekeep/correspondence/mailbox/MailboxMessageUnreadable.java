package org.casekeep.correspondence.mailbox;

/** A mailbox message that cannot be taken in as it stands; it is quarantined with this reason, never retried. */
class MailboxMessageUnreadable extends RuntimeException {

	MailboxMessageUnreadable(String reason, Throwable cause) {
		super(reason, cause);
	}

	MailboxMessageUnreadable(String reason) {
		super(reason);
	}
}
