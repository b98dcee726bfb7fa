package org.casekeep.kernel.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SocialSecurityNumberTests {

	@ParameterizedTest
	@ValueSource(strings = { "212-48-7391", "212487391", "212 48 7391", "  212-48-7391 " })
	void acceptsTheWrittenFormsAndNormalizesToHyphens(String raw) {
		assertThat(SocialSecurityNumber.of(raw).value()).isEqualTo("212-48-7391");
		assertThat(SocialSecurityNumber.isValid(raw)).isTrue();
	}

	@Test
	void acceptsTheAreaNumbersNextToTheExcludedOnes() {
		assertThat(SocialSecurityNumber.isValid("001-01-0001")).isTrue();
		assertThat(SocialSecurityNumber.isValid("665-12-3456")).isTrue();
		assertThat(SocialSecurityNumber.isValid("667-12-3456")).isTrue();
		assertThat(SocialSecurityNumber.isValid("899-12-3456")).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "000-12-3456", "666-12-3456", "900-12-3456", "999-99-9999", "123-00-4567",
			"123-45-0000", "123-45-678", "1234567890", "123-456789", "123 45-6789", "abc-de-fghi", "" })
	void rejectsNumbersThatAreMalformedOrNeverIssued(String raw) {
		assertThat(SocialSecurityNumber.isValid(raw)).isFalse();
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> SocialSecurityNumber.of(raw));
	}

	@ParameterizedTest
	@ValueSource(strings = { "666-12-3456", "987-65-4321", "123-00-4567", "123-45-0000", "12345", "123-45-67891" })
	void neverRepeatsAnyDigitInTheErrorMessage(String raw) {
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> SocialSecurityNumber.of(raw))
			.satisfies(ex -> assertThat(ex.getMessage()).startsWith("Social Security number").doesNotContainPattern("\\d"))
			.satisfies(ex -> assertThat(ex.field()).isNull());
	}

	@Test
	void explainsWhichRuleTheNumberBreaks() {
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> SocialSecurityNumber.of("666-12-3456"))
			.withMessageContaining("area number");
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> SocialSecurityNumber.of("123-00-4567"))
			.withMessageContaining("group number");
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> SocialSecurityNumber.of("123-45-0000"))
			.withMessageContaining("serial number");
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> SocialSecurityNumber.of(null))
			.withMessage("Social Security number is required");
	}

	@Test
	void masksTheNumberInToStringButKeepsTheValue() {
		SocialSecurityNumber ssn = SocialSecurityNumber.of("212487391");

		assertThat(ssn.toString()).isEqualTo("***-**-7391");
		assertThat(ssn.masked()).isEqualTo("***-**-7391");
		assertThat(ssn.lastFour()).isEqualTo("7391");
		assertThat(ssn.value()).isEqualTo("212-48-7391");
		assertThat("" + ssn).doesNotContain("212");
	}

	@Test
	void equalsBySameNormalizedNumber() {
		assertThat(SocialSecurityNumber.of("212 48 7391")).isEqualTo(new SocialSecurityNumber("212-48-7391"));
	}
}
