package org.casekeep.correspondence.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.casekeep.kernel.notify.Notice;
import org.casekeep.kernel.notify.Notification;
import org.casekeep.kernel.notify.Notifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells the correspondent, where they gave an email address, that their correspondence was received and, later, that
 * the response was sent (Correspondence PIA Appendix A, OPQ and ESTT: "notifications (i.e., receipt of request, and
 * status updates to the requestor)"), through the platform's notifications. The text is the Department's, the
 * reference number and a date: never the subject, a name or anything else the letter says. Each notice goes once per
 * record (its dedup key). On by default; {@code casekeep.correspondence.correspondent-notices=false} turns them off
 * for an office that answers every letter in writing anyway.
 */
@Component
class CorrespondentNotices {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.US);
	private final Notifier notifier;
	private final ZoneId officeTime;
	private final boolean enabled;

	CorrespondentNotices(Notifier notifier, org.casekeep.kernel.web.PageTimes times,
			@Value("${casekeep.correspondence.correspondent-notices:true}") boolean enabled) {
		this.notifier = notifier;
		this.officeTime = times.zone();
		this.enabled = enabled;
	}

	/** The record was received (its SPII review, if any, done), in the caller's transaction. */
	void received(Correspondence c) {
		send(c, "received", "We received your correspondence " + c.getReferenceNumber(),
				"The Department of Homeland Security received your correspondence on "
						+ DAY.format(LocalDate.ofInstant(c.getArrival().receivedAt(), officeTime))
						+ ". Its reference number is " + c.getReferenceNumber()
						+ ". Please quote it if you write to us again about the same matter.");
	}

	/** A response to the record was dispatched, in the caller's transaction. */
	void responseSent(Correspondence c, Instant at) {
		send(c, "response-sent", "We responded to your correspondence " + c.getReferenceNumber(),
				"The Department of Homeland Security sent its response to your correspondence "
						+ c.getReferenceNumber() + " on " + DAY.format(LocalDate.ofInstant(at, officeTime)) + ".");
	}

	/** What the correspondent of a record was told, oldest first; the caller checked that the user may read it. */
	List<Notification> sentFor(UUID id) {
		return notifier.toRequesterOf(Correspondence.RECORD_TYPE, id.toString());
	}

	private void send(Correspondence c, String what, String subject, String body) {
		if (!enabled || c.getEmail() == null) {
			return;
		}
		notifier.notify(Notice.toRequester(Correspondence.RECORD_TYPE, c.getId().toString(), subject, body,
				"correspondent:" + c.getId() + ":" + what));
	}
}
