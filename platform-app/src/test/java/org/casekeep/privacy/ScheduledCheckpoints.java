package org.casekeep.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.casekeep.kernel.audit.AuditCheckpoints;

/** For tests and benchmarks that write the audit checkpoints themselves: keeps the scheduled job from running. */
public final class ScheduledCheckpoints {

	private ScheduledCheckpoints() {
	}

	/**
	 * Takes the checkpoint job's cluster lock, waiting while a scheduled run holds it, for at most {@code atMost}.
	 * Unlock it when done.
	 */
	public static SimpleLock pause(LockProvider locks, Duration atMost) throws InterruptedException {
		for (int attempt = 0; attempt < 600; attempt++) {
			Optional<SimpleLock> lock = locks.lock(new LockConfiguration(Instant.now(), AuditCheckpoints.SCHEDULER_LOCK,
					atMost, Duration.ZERO));
			if (lock.isPresent()) {
				return lock.get();
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("The checkpoint job kept its lock for a minute");
	}
}
