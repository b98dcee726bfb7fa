package org.casekeep.kernel.publicweb;

import java.security.SecureRandom;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * One-time receipt codes for people who submit without an account (OIDO PIA footnote 2: anonymous complaints; a
 * survey answered in several sittings): long and random, shown once, and kept only as an Argon2id hash with its own
 * salt, so the database alone cannot be used to follow up on anyone's submission.
 * <p>
 * A code is 20 characters of Crockford's base 32 (100 random bits), shown in groups of four, e.g.
 * {@code 7K3Q-M9PX-2D4T-HV8C-R6WN}. What a person types back is read forgivingly: case, spaces and dashes do not
 * matter, and the letters O, I and L are read as 0, 1 and 1.
 */
@Component
public class ReceiptCodes {

	/** The characters of a code: digits and letters without I, L, O and U. */
	static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	static final int LENGTH = 20;

	/** An issued code: {@code shown} goes to the person once; {@code hash} is all that is stored. */
	public record Issued(String shown, String hash) {

		@Override
		public String toString() {
			return "Issued[shown=••••••, hash=" + hash + "]";
		}
	}

	private final SecureRandom random = new SecureRandom();
	private final Argon2PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
	/** Compared against when there is no stored hash, so a wrong case number costs as long as a wrong code. */
	private final String decoy;

	public ReceiptCodes() {
		this.decoy = argon2.encode(generate());
	}

	/** A new code and its hash. */
	public Issued issue() {
		String code = generate();
		return new Issued(grouped(code), argon2.encode(code));
	}

	/**
	 * Whether the code a person typed is the one whose hash was stored. Takes as long when {@code storedHash} is
	 * {@literal null} (no such record): callers answer "not found" and "wrong code" alike, so neither case numbers
	 * nor codes can be enumerated.
	 */
	public boolean matches(String typed, @Nullable String storedHash) {
		String normalized = normalize(typed);
		boolean wellFormed = normalized.length() == LENGTH;
		boolean matches = argon2.matches(wellFormed ? normalized : "", storedHash == null ? decoy : storedHash);
		return wellFormed && storedHash != null && matches;
	}

	/** The code as typed, read forgivingly; not validated. */
	static String normalize(String typed) {
		StringBuilder code = new StringBuilder(LENGTH);
		for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
			char read = switch (c) {
				case 'O' -> '0';
				case 'I', 'L' -> '1';
				default -> c;
			};
			if (ALPHABET.indexOf(read) >= 0) {
				code.append(read);
			}
			else if (c != '-' && !Character.isWhitespace(c)) {
				return "";
			}
		}
		return code.toString();
	}

	private String generate() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	private static String grouped(String code) {
		StringBuilder shown = new StringBuilder();
		for (int i = 0; i < code.length(); i += 4) {
			if (i > 0) {
				shown.append('-');
			}
			shown.append(code, i, i + 4);
		}
		return shown.toString();
	}
}
