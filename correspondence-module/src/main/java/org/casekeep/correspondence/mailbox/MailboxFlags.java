package org.casekeep.correspondence.mailbox;

import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;

import org.springframework.stereotype.Component;

/**
 * Marks a message as done on the mail server once its intake (or quarantine) has committed. If this step fails the
 * message is seen again on the next poll and recognised by its key, so nothing is taken in twice.
 */
@Component
class MailboxFlags {

	void markDone(Message message) throws MessagingException {
		message.setFlag(Flags.Flag.SEEN, true);
	}
}
