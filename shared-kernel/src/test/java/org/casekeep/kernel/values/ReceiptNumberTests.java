package org.casekeep.kernel.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReceiptNumberTests {

	@ParameterizedTest
	@ValueSource(strings = { "EAC2190012345", "eac2190012345", "EAC 2190012345", "EAC-2190012345", "EAC-21-900-12345",
			"EAC 21 900 12345", " EAC2190012345 " })
	void normalizesToUpperCaseWithoutSeparators(String raw) {
		assertThat(ReceiptNumber.of(raw).value()).isEqualTo("EAC2190012345");
		assertThat(ReceiptNumber.isValid(raw)).isTrue();
	}

	@Test
	void acceptsEveryKnownPrefix() {
		assertThat(ReceiptNumber.knownPrefixes()).containsExactly("EAC", "WAC", "LIN", "SRC", "NBC", "MSC", "YSC",
				"IOE");
		for (String prefix : ReceiptNumber.knownPrefixes()) {
			assertThat(ReceiptNumber.of(prefix.toLowerCase() + "2190012345").prefix()).isEqualTo(prefix);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "EAC219001234", "EAC21900123456", "EA2190012345", "EAC-21-900 12345", "2190012345",
			"EAC21900I2345", "" })
	void rejectsMalformedNumbers(String raw) {
		assertThat(ReceiptNumber.isValid(raw)).isFalse();
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> ReceiptNumber.of(raw));
	}

	@Test
	void rejectsUnknownPrefixesNamingThePrefixButNotTheDigits() {
		assertThat(ReceiptNumber.isValid("TSC2190012345")).isFalse();
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> ReceiptNumber.of("abc2190012345"))
			.withMessageContaining("'ABC'")
			.withMessageContaining("EAC, WAC")
			.satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("2190012345"));
	}
}
