package org.casekeep.privacy;

import java.time.LocalDate;
import java.util.List;

import org.casekeep.kernel.review.AuditReview;
import org.casekeep.kernel.review.AuditReviews;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/privacy/audit/reviews}: the weekly audit reviews with their reports, and the ISSO's sign-off (CRM PIA
 * 2.4, 8.5). Errors are problem documents naming {@code week} or {@code note}; a week signed off already is a 409.
 */
@RestController
@RequestMapping("/api/privacy/audit/reviews")
class AuditReviewsApi {

	/** A sign-off as sent: a date of the week ({@code 2026-11-30}) and an optional note. */
	record SignOff(@Nullable LocalDate week, @Nullable String note) {
	}

	private final AuditReviews reviews;

	AuditReviewsApi(AuditReviews reviews) {
		this.reviews = reviews;
	}

	@GetMapping
	List<AuditReview> weeks() {
		return reviews.weeks(AuditReviewPages.WEEKS_SHOWN);
	}

	@PostMapping
	AuditReview signOff(@RequestBody SignOff signOff) {
		return reviews.signOff(signOff.week(), signOff.note());
	}
}
