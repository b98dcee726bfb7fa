package org.casekeep.correspondence.mailbox;

import org.jspecify.annotations.Nullable;

/**
 * Where a message sits in the monitored mailbox: the folder's UIDVALIDITY and the message's UID name it uniquely for
 * as long as the folder lives; the Message-ID header catches the same message seen again under another UID.
 */
record MailboxKey(String folder, long uidValidity, long uid, @Nullable String messageId) {

	@Override
	public String toString() {
		return folder + ";UIDVALIDITY=" + uidValidity + ";UID=" + uid;
	}
}
