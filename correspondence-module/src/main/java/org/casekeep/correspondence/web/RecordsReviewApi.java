package org.casekeep.correspondence.web;

import java.util.UUID;

import org.casekeep.correspondence.CorrespondenceIntake;
import org.casekeep.correspondence.CorrespondenceView;
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

	private final CorrespondenceIntake intake;

	RecordsReviewApi(CorrespondenceIntake intake) {
		this.intake = intake;
	}

	@PostMapping("/api/correspondence/{id}/records-review")
	CorrespondenceView review(@PathVariable UUID id, @RequestBody Review review) {
		return intake.reviewRecord(id, review.schedule(), review.version());
	}
}
