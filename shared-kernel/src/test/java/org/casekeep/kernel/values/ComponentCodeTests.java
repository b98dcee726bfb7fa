package org.casekeep.kernel.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ComponentCodeTests {

	@ParameterizedTest
	@CsvSource({ "ICE, ICE", "uscis, USCIS", "' Oido ', OIDO", "IG, IG", "ABCDEF, ABCDEF" })
	void normalizesToUpperCase(String raw, String normalized) {
		assertThat(ComponentCode.of(raw).value()).isEqualTo(normalized);
		assertThat(ComponentCode.of(raw)).hasToString(normalized);
		assertThat(ComponentCode.isValid(raw)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "I", "ABCDEFG", "IC3", "U.S.", "C B P", "" })
	void rejectsAnythingButTwoToSixLetters(String raw) {
		assertThat(ComponentCode.isValid(raw)).isFalse();
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> ComponentCode.of(raw))
			.withMessageContaining("Component code");
	}
}
