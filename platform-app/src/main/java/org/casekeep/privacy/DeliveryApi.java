package org.casekeep.privacy;

import java.util.List;

import org.casekeep.kernel.delivery.EventRedelivery;
import org.casekeep.kernel.delivery.StuckDelivery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The undelivered events of {@link DeliveryPages}, for scripts and monitoring. */
@RestController
class DeliveryApi {

	private final EventRedelivery redelivery;

	DeliveryApi(EventRedelivery redelivery) {
		this.redelivery = redelivery;
	}

	@GetMapping("/api/privacy/deliveries")
	List<StuckDelivery> deliveries() {
		return redelivery.stuck();
	}
}
