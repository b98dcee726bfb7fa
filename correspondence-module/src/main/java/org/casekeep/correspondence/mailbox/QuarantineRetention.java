package org.casekeep.correspondence.mailbox;

import java.util.UUID;

import org.casekeep.kernel.retention.RecordDestroyer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Destroys quarantine entries whose retention ended (GRS 5.2 item 010, transitory: 90 days after they were marked
 * handled); the kernel calls it as the system and certifies the destruction. An entry already gone is nothing to do.
 */
@Component
class QuarantineRetention implements RecordDestroyer {

	private final QuarantinedMessages messages;

	QuarantineRetention(QuarantinedMessages messages) {
		this.messages = messages;
	}

	@Override
	public String recordType() {
		return MailboxQuarantine.RECORD_TYPE;
	}

	@Override
	@Transactional
	public void destroy(String recordId) {
		messages.findById(UUID.fromString(recordId)).ifPresent(messages::delete);
	}
}
