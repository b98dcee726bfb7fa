package org.casekeep.kernel.review;

import java.util.Set;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.notify.ViewerKeys;
import org.springframework.stereotype.Component;

/** Reminders of missed audit reviews are seen by the ISSOs of the component they go to, nobody else. */
@Component
class AuditReviewViewers implements ViewerKeys {

	@Override
	public String recordType() {
		return AuditReviews.RECORD_TYPE;
	}

	@Override
	public Set<String> keysOf(Actor actor) {
		return Set.of();
	}

	@Override
	public boolean opensEvery(Actor actor) {
		return AuditReviews.maySignOff(actor);
	}
}
