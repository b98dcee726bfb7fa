package org.casekeep.correspondence.web;

import java.util.List;

import org.casekeep.correspondence.MailboxQuarantine;
import org.casekeep.correspondence.MailboxQuarantineEntry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The monitored mailbox over HTTP: the messages that could not be taken in, for the Executive Secretariat. */
@RestController
@RequestMapping("/api/correspondence/mailbox")
class MailboxApi {

	private final MailboxQuarantine quarantine;

	MailboxApi(MailboxQuarantine quarantine) {
		this.quarantine = quarantine;
	}

	@GetMapping("/quarantine")
	List<MailboxQuarantineEntry> quarantine() {
		return quarantine.list();
	}
}
