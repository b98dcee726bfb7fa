package org.casekeep.kernel.validation;

/**
 * Input that cannot even be read as text (a control character in a request parameter), or a parameter that is not
 * one of the values it may take (a sort key, a page number): answered 400, naming the field, before any service
 * sees it. Carries no part of the input.
 */
public class UnreadableInputException extends RuntimeException {

	private final String field;

	public UnreadableInputException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}
}
