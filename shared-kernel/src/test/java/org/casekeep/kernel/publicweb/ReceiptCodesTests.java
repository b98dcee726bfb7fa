package org.casekeep.kernel.publicweb;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Receipt codes (OIDO PIA footnote 2: anonymous complaints followed up without an account): long and random, stored
 * only as a salted Argon2id hash, read back forgivingly, and never matched without the right code.
 */
class ReceiptCodesTests {

	final ReceiptCodes codes = new ReceiptCodes();

	@Test
	void aCodeIsTwentyCharactersInGroupsOfFourAndOnlyItsSaltedArgon2HashIsKept() {
		ReceiptCodes.Issued issued = codes.issue();
		assertThat(issued.shown()).matches("([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z]{4}");
		assertThat(issued.hash()).startsWith("$argon2id$").doesNotContain(issued.shown().replace("-", ""));
		assertThat(issued.toString()).doesNotContain(issued.shown());
		// The same code hashed twice gives two hashes: each has its own salt.
		assertThat(codes.issue().hash()).isNotEqualTo(issued.hash());
	}

	@Test
	void theCodeIsReadBackWhateverItsCaseSpacesAndDashesAndWithOAndIReadAsDigits() {
		ReceiptCodes.Issued issued = codes.issue();
		String typed = issued.shown().toLowerCase().replace("-", " ").replace('0', 'o').replace('1', 'l');
		assertThat(codes.matches(issued.shown(), issued.hash())).isTrue();
		assertThat(codes.matches(typed, issued.hash())).isTrue();
	}

	@Test
	void aWrongShortOrMissingCodeNeverMatches() {
		ReceiptCodes.Issued issued = codes.issue();
		String other = codes.issue().shown();
		assertThat(codes.matches(other, issued.hash())).isFalse();
		assertThat(codes.matches(issued.shown().substring(0, 19), issued.hash())).isFalse();
		assertThat(codes.matches(issued.shown() + "X", issued.hash())).isFalse();
		assertThat(codes.matches(issued.shown().replace('-', '#'), issued.hash())).isFalse();
		assertThat(codes.matches("", issued.hash())).isFalse();
		assertThat(codes.matches(issued.shown(), null)).as("no record: refused like a wrong code").isFalse();
	}
}
