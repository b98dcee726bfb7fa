package org.casekeep.kernel.validation;

import org.jspecify.annotations.Nullable;

/**
 * Characters no text a person types may hold: the C0 and C1 control characters (NUL among them) and DEL, except tab,
 * line feed and carriage return. PostgreSQL cannot store NUL at all, and the others have no place in a name, an
 * address or a letter; text holding one is refused where it enters, naming its field, before it can reach a query,
 * a file name or a log.
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	/** Whether the text holds a character no input may hold. */
	public static boolean in(@Nullable CharSequence text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\t' || c == '\n' || c == '\r') {
				continue;
			}
			if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)) {
				return true;
			}
		}
		return false;
	}

	/** What a person is told, without repeating what they typed. */
	public static String message(String field) {
		return "'" + field + "' contains a control character (such as NUL) that cannot be stored; remove it and send "
				+ "it again";
	}
}
