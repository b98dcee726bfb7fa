package org.casekeep.kernel.retention.archive;

/**
 * A record could not be archived, so it was not destroyed. The message names the record type and id and what went
 * wrong, never the record's content (it reaches logs); the cause is deliberately not kept, as its message could quote
 * the record.
 */
public class ArchiveFailedException extends RuntimeException {

	public ArchiveFailedException(String message) {
		super(message);
	}
}
