package org.casekeep.kernel.directory;

/**
 * The directory of people could not be asked (not configured, unreachable, refused the service account). Its message
 * is for users and names no person; the cause, if any, is for operators and never logged with personal data.
 */
public class DirectoryUnavailableException extends RuntimeException {

	public DirectoryUnavailableException(String message) {
		super(message);
	}

	public DirectoryUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}
}
