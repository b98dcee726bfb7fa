package org.casekeep.kernel.files;

import java.time.Duration;

/**
 * Every extraction slot ({@code casekeep.files.concurrency}) stayed busy for {@code busy-wait}: the file is refused
 * rather than queued, answered 503 with {@code Retry-After}.
 */
public class ExtractionBusyException extends RuntimeException {

	private final Duration retryAfter;

	public ExtractionBusyException(Duration retryAfter) {
		super("The server is reading other files; send this one again in a few seconds.", null, false, false);
		this.retryAfter = retryAfter;
	}

	/** When a retry is likely to find a free slot. */
	public Duration retryAfter() {
		return retryAfter;
	}
}
