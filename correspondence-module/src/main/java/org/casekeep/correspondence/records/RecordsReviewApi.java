package org.casekeep.correspondence.records;

import java.util.UUID;

import org.casekeep.correspondence.intake.CorrespondenceView;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Records review: the Executive Secretariat files correspondence as temporary or permanent (PIA 5.1). */
@RestController
class RecordsReviewApi {

	/** The schedule chosen (a temporary one, or {@code PERMANENT_UNTIL_SCHEDULED}) and the version reviewed. */
	record Review(@Nullable String schedule, @Nullable Long version) {
	}

	/** Why a record no tasker answers is closed (a {@code ClosureReason}) and the version seen. */
	record Closure(@Nullable String reason, @Nullable Long version) {
	}

	private final RecordsReview records;

	RecordsReviewApi(RecordsReview records) {
		this.records = records;
	}

	@PostMapping("/api/correspondence/{id}/records-review")
	CorrespondenceView review(@PathVariable UUID id, @RequestBody Review review) {
		return records.review(id, review.schedule(), review.version());
	}

	/** Closes a record that needs no response; a tasked one closes with its last tasker instead (409). */
	@PostMapping("/api/correspondence/{id}/close")
	CorrespondenceView close(@PathVariable UUID id, @RequestBody Closure closure) {
		return records.close(id, closure.reason(), closure.version());
	}
}
