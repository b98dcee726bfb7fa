package org.casekeep.detention.intake;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;

import org.casekeep.detention.complaint.ComplaintCase.ComplaintId;
import org.casekeep.detention.complaint.ComplaintDraft;
import org.casekeep.detention.complaint.ComplaintRecords;
import org.casekeep.detention.complaint.ComplaintStatus;
import org.casekeep.detention.complaint.ComplaintSummary;
import org.casekeep.detention.complaint.ComplaintView;
import org.casekeep.kernel.validation.UnreadableInputException;
import org.casekeep.kernel.web.Paging;
import org.casekeep.kernel.web.ResultPage;
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
 * Complaints over HTTP (bearer token): intake from any channel, a complaint, and the work queue. Errors are RFC 9457
 * problem documents: 422 naming each field of bad input, 403 for anyone the access policy refuses (intake staff
 * reading, PIA 8.1; anyone outside OIDO), 404 for an unknown complaint.
 */
@RestController
@RequestMapping(ComplaintsApi.PATH)
class ComplaintsApi {

	static final String PATH = "/api/detention/complaints";

	private final ComplaintIntake intake;
	private final ComplaintRecords records;

	ComplaintsApi(ComplaintIntake intake, ComplaintRecords records) {
		this.intake = intake;
		this.records = records;
	}

	/** Enters a complaint: 201 with its case number and the SPII findings of its description. */
	@PostMapping
	ResponseEntity<ComplaintReceipt> file(@RequestBody ComplaintDraft draft) {
		ComplaintReceipt receipt = intake.file(draft);
		return ResponseEntity.created(URI.create(PATH + "/" + receipt.id())).body(receipt);
	}

	@GetMapping("/{id}")
	ComplaintView get(@PathVariable UUID id) {
		return records.get(new ComplaintId(id));
	}

	/** The work queue: {@code status} optional, {@code page} from 1, {@code size} at most 100. */
	@GetMapping
	ResultPage<ComplaintSummary> queue(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size) {
		return records.queue(status(status), Paging.of(page, size));
	}

	static @Nullable ComplaintStatus status(@Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return ComplaintStatus.valueOf(raw.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new UnreadableInputException("status", "'status' must be one of RECEIVED, ACCEPTED, MERGED, REFERRED, "
					+ "DECLINED");
		}
	}
}
