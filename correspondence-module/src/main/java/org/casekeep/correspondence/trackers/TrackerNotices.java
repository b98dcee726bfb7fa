package org.casekeep.correspondence.trackers;

import org.casekeep.correspondence.trackers.TrackerType.Stage;
import org.casekeep.kernel.notify.Notice;
import org.casekeep.kernel.notify.Notifier;
import org.springframework.stereotype.Component;

/**
 * Tells the requester when their item reaches a stage its type says they are told of (Correspondence PIA Appendix A,
 * OPQ: "automates notifications (i.e., receipt of request, and status updates to the requestor)"). The text is made
 * only of the tracker's name, the item's reference number and the stage's label, all configuration: never a field
 * value, so never personal data. The notice links nowhere: the requester is not in the library.
 */
@Component
class TrackerNotices {

	private final Notifier notifier;

	TrackerNotices(Notifier notifier) {
		this.notifier = notifier;
	}

	void reached(TrackerType type, TrackerItem item, Stage stage) {
		if (!stage.notifyRequester()) {
			return;
		}
		notifier.notify(Notice.toUser(item.requester(), type.name() + " " + item.reference() + ": " + stage.label(),
				"Your " + type.name() + " item " + item.reference() + " is now: " + stage.label() + ".", null,
				"tracker:" + item.id() + ":" + stage.code()));
	}
}
