package org.casekeep.kernel.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a delivery that failed, or was never finished, is tried again. */
class EventRedeliveryTests {

	static final Instant PUBLISHED = Instant.parse("2026-12-01T10:00:00Z");

	@Test
	void aFailedDeliveryWaitsOneMinuteThenTwiceAsLongEachTimeAtMostAnHour() {
		assertThat(EventRedelivery.waitAfter(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(EventRedelivery.waitAfter(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(EventRedelivery.waitAfter(3)).isEqualTo(Duration.ofMinutes(4));
		assertThat(EventRedelivery.waitAfter(6)).isEqualTo(Duration.ofMinutes(32));
		assertThat(EventRedelivery.waitAfter(7)).isEqualTo(Duration.ofHours(1));
		assertThat(EventRedelivery.waitAfter(40)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void aFailedDeliveryIsDueOnceItsWaitAfterTheLastTryHasPassed() {
		Instant lastTry = PUBLISHED.plus(Duration.ofMinutes(5));
		StuckDelivery thrice = delivery(3, lastTry);
		assertThat(EventRedelivery.isDue(thrice, lastTry.plus(Duration.ofMinutes(3)))).isFalse();
		assertThat(EventRedelivery.isDue(thrice, lastTry.plus(Duration.ofMinutes(4)))).isTrue();
		StuckDelivery onceNeverResubmitted = delivery(1, null);
		assertThat(EventRedelivery.isDue(onceNeverResubmitted, PUBLISHED.plusSeconds(59))).isFalse();
		assertThat(EventRedelivery.isDue(onceNeverResubmitted, PUBLISHED.plusSeconds(60))).isTrue();
	}

	@Test
	void aDeliveryNeverTriedIsLeftToItsListenerForTenMinutesThenResubmitted() {
		StuckDelivery untried = delivery(0, null);
		assertThat(EventRedelivery.isDue(untried, PUBLISHED.plus(Duration.ofMinutes(9)))).isFalse();
		assertThat(EventRedelivery.isDue(untried, PUBLISHED.plus(Duration.ofMinutes(10)))).isTrue();
	}

	private static StuckDelivery delivery(int attempts, Instant lastTry) {
		return new StuckDelivery(UUID.randomUUID(), "crm.on-correspondence-received",
				"org.casekeep.correspondence.events.CorrespondenceReceived", PUBLISHED, attempts, lastTry);
	}
}
