package org.casekeep.kernel.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ANumberTests {

	@ParameterizedTest
	@CsvSource({ "A123456789, A123456789", "a123456789, A123456789", "A-12345678, A012345678",
			"123456789, A123456789", "12345678, A012345678", "A# 123456789, A123456789", "A 123 456 789, A123456789",
			"A123-456-789, A123456789", "123-456-789, A123456789", "A12-345-678, A012345678",
			"'  A-123456789 ', A123456789" })
	void normalizesToTheLetterAAndNineDigits(String raw, String normalized) {
		assertThat(ANumber.of(raw).value()).isEqualTo(normalized);
		assertThat(ANumber.isValid(raw)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "A1234567", "A1234567890", "B123456789", "A12345678X", "A123-456 789", "A000000000",
			"00000000", "AA123456789", "" })
	void rejectsWrongDigitCountsPrefixesOrMixedSeparators(String raw) {
		assertThat(ANumber.isValid(raw)).isFalse();
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> ANumber.of(raw));
	}

	@Test
	void doesNotRepeatTheInputInTheErrorMessage() {
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> ANumber.of("A98765432101"))
			.satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("98765432101").startsWith("A-Number"));
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> ANumber.of(" "))
			.withMessage("A-Number is required");
	}

	@Test
	void masksAllButTheLastFourDigitsInToString() {
		ANumber aNumber = ANumber.of("A-12345678");

		assertThat(aNumber.masked()).isEqualTo("A*****5678");
		assertThat(aNumber).hasToString("A*****5678");
		assertThat(aNumber.value()).isEqualTo("A012345678");
	}
}
