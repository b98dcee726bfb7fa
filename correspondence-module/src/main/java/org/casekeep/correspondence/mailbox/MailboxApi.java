package org.casekeep.correspondence.mailbox;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monitored mailbox over HTTP, for the Executive Secretariat: the messages that could not be taken in (open ones
 * unless {@code ?resolved=true}), and marking one handled with a note.
 */
@RestController
@RequestMapping("/api/correspondence/mailbox")
class MailboxApi {

	private final MailboxQuarantine quarantine;

	MailboxApi(MailboxQuarantine quarantine) {
		this.quarantine = quarantine;
	}

	@GetMapping("/quarantine")
	List<MailboxQuarantineEntry> quarantine(@RequestParam(defaultValue = "false") boolean resolved) {
		return quarantine.list(resolved);
	}

	@PostMapping("/quarantine/{id}/resolve")
	MailboxQuarantineEntry resolve(@PathVariable UUID id, @RequestBody MailboxQuarantineResolution resolution) {
		return quarantine.resolve(id, resolution);
	}
}
