package org.casekeep.kernel.access;

/** No record of that type has that identifier (answered with HTTP 404). */
public class RecordNotFoundException extends RuntimeException {

	public RecordNotFoundException(String recordType, Object id) {
		super("No " + recordType + " with id " + id);
	}
}
