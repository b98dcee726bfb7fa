package org.casekeep.platform.web;

import java.util.List;
import java.util.UUID;

import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.notify.Notification;
import org.casekeep.kernel.notify.Notifier;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's notifications: their own and their component's, but of those that name a record only the ones
 * they may open, each read or unread for them alone. Marking another's, or one they may not see, answers 404.
 */
@RestController
@RequestMapping("/api/notifications")
class NotificationsApi {

	private final Notifier notifier;

	NotificationsApi(Notifier notifier) {
		this.notifier = notifier;
	}

	@GetMapping
	List<Notification> mine() {
		return notifier.mine(100);
	}

	@PostMapping("/{id}/read")
	ResponseEntity<Void> read(@PathVariable UUID id) {
		if (!notifier.markRead(id)) {
			throw new RecordNotFoundException("kernel.notification", id);
		}
		return ResponseEntity.noContent().build();
	}
}
