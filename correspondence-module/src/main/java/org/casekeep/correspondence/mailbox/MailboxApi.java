package org.casekeep.correspondence.mailbox;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
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

	/**
	 * The quarantine, paged ({@code page} from 1, {@code size} up to 100, 25 by default) and sorted
	 * ({@code sort=received} or {@code from}, {@code ,asc} or {@code ,desc}; newest first by default): the rows as a
	 * JSON array, the total in {@code X-Total-Count}, the pages around in {@code Link}. A bad parameter is 400.
	 */
	@GetMapping("/quarantine")
	ResponseEntity<List<MailboxQuarantineEntry>> quarantine(@RequestParam(defaultValue = "false") boolean resolved,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size,
			@RequestParam(required = false) @Nullable String sort, HttpServletRequest request) {
		return MailboxListing.ORDERS.answer(quarantine.list(resolved), page, size, sort, request);
	}

	@PostMapping("/quarantine/{id}/resolve")
	MailboxQuarantineEntry resolve(@PathVariable UUID id, @RequestBody MailboxQuarantineResolution resolution) {
		return quarantine.resolve(id, resolution);
	}
}
