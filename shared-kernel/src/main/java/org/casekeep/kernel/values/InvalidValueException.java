package org.casekeep.kernel.values;

import java.io.Serial;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when input cannot become a value type. The message is written for the person who typed the input and may be
 * shown to them as it is; messages about sensitive identifiers (Social Security numbers, A-Numbers, receipt numbers)
 * never repeat the value.
 * <p>
 * {@link #field()} names the part of a composite value that is wrong ({@code "zip"} of a {@link PostalAddress},
 * {@code "family"} of a {@link PersonName}). Single-value types leave it {@literal null}: only the caller knows which
 * form field it parsed, and can say so with {@link #forField(String)}.
 */
public class InvalidValueException extends IllegalArgumentException {

	@Serial
	private static final long serialVersionUID = 1L;

	private static final int MAX_ECHOED_LENGTH = 40;

	private final @Nullable String field;

	/**
	 * @param message the user-readable message, must not be {@literal null}.
	 */
	public InvalidValueException(String message) {
		this(null, message);
	}

	/**
	 * @param field the name of the offending field, {@literal null} when the value is a single field.
	 * @param message the user-readable message, must not be {@literal null}.
	 */
	public InvalidValueException(@Nullable String field, String message) {
		super(message);
		this.field = field;
	}

	/**
	 * @return the name of the offending field, or {@literal null} if the caller has to say which field it parsed.
	 */
	public @Nullable String field() {
		return field;
	}

	/**
	 * @param field the caller's name of the field whose input was parsed, must not be {@literal null}.
	 * @return an exception with the same message naming {@code field}; this exception is its cause.
	 */
	public InvalidValueException forField(String field) {
		InvalidValueException named = new InvalidValueException(field, getMessage());
		named.initCause(this);
		return named;
	}

	/**
	 * Quotes non-sensitive input for a message, shortened so that a pasted document does not become the message.
	 */
	static String quoted(String input) {
		String shown = input.length() <= MAX_ECHOED_LENGTH ? input : input.substring(0, MAX_ECHOED_LENGTH) + "…";
		return "'" + shown + "'";
	}
}
