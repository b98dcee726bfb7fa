package org.casekeep.privacy;

import org.casekeep.kernel.delivery.EventRedelivery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Events one module could not yet deliver to another, for the ISSO and the privacy office: listener, event type,
 * since when and how often it failed, never an event's contents (the kernel's {@link EventRedelivery} decides who
 * may see them).
 */
@Controller
class DeliveryPages {

	private final EventRedelivery redelivery;

	DeliveryPages(EventRedelivery redelivery) {
		this.redelivery = redelivery;
	}

	@GetMapping("/privacy/deliveries")
	String deliveries(Model model) {
		model.addAttribute("deliveries", redelivery.stuck());
		return "privacy/deliveries";
	}
}
