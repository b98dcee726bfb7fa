package org.casekeep.kernel.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTests {

	@ParameterizedTest
	@ValueSource(strings = { "(202) 555-0143", "202-555-0143", "202.555.0143", "2025550143", "+1 202 555 0143",
			"1-202-555-0143", " (202) 555 0143 " })
	void readsUsNumbersWrittenAnyWayAsE164(String raw) {
		PhoneNumber phone = PhoneNumber.of(raw);

		assertThat(phone.e164()).isEqualTo("+12025550143");
		assertThat(phone.extension()).isNull();
		assertThat(phone.national()).isEqualTo("(202) 555-0143");
		assertThat(phone.region()).isEqualTo("US");
	}

	@Test
	void keepsAnExtensionApart() {
		PhoneNumber phone = PhoneNumber.of("617-253-1000 ext. 12");

		assertThat(phone.e164()).isEqualTo("+16172531000");
		assertThat(phone.extension()).isEqualTo("12");
		assertThat(phone.national()).isEqualTo("(617) 253-1000 ext. 12");
		assertThat(phone.international()).isEqualTo("+1 617-253-1000 ext. 12");
		assertThat(phone).hasToString("+16172531000;ext=12");
		assertThat(PhoneNumber.of("617-253-1000 x12")).isEqualTo(phone);
	}

	@Test
	void isShownInInternationalFormWhichReadsBackAsTheSameNumber() {
		PhoneNumber phone = PhoneNumber.of("(202) 555-0143 x12");

		assertThat(PhoneNumber.shown(phone)).isEqualTo("+1 202-555-0143 ext. 12");
		assertThat(PhoneNumber.of(PhoneNumber.shown(phone))).isEqualTo(phone);
		assertThat(PhoneNumber.shown(null)).isNull();
	}

	@Test
	void readsNumbersOfOtherRegions() {
		assertThat(PhoneNumber.of("55 1234 5678", "mx").e164()).isEqualTo("+525512345678");
		assertThat(PhoneNumber.of("+44 20 7946 0958").region()).isEqualTo("GB");
		assertThat(PhoneNumber.of("+44 20 7946 0958").national()).isEqualTo("020 7946 0958");
	}

	@Test
	void rejectsNumbersThatDoNotExistInTheNumberingPlan() {
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> PhoneNumber.of("555-12"))
			.withMessage("Phone number '555-12' is not a valid US phone number");
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> PhoneNumber.of("555-123-4567"))
			.withMessage("Phone number '555-123-4567' is not a valid US phone number");
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> PhoneNumber.of("+99 1234"))
			.withMessage("Phone number '+99 1234' is not a valid phone number");
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> PhoneNumber.of("call me"));
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> PhoneNumber.of(null))
			.withMessage("Phone number is required");
		assertThat(PhoneNumber.isValid("555-123-4567")).isFalse();
		assertThat(PhoneNumber.isValid("(202) 555-0143")).isTrue();
	}

	@Test
	void rejectsAnUnknownRegion() {
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> PhoneNumber.of("2025550143", "XX"))
			.withMessageContaining("Region 'XX'");
	}

	@Test
	void acceptsOnlyValidE164InTheConstructor() {
		assertThat(new PhoneNumber("+12025550143").e164()).isEqualTo("+12025550143");
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> new PhoneNumber("2025550143"));
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> new PhoneNumber("+1 202 555 0143"));
		assertThatExceptionOfType(InvalidValueException.class)
			.isThrownBy(() -> new PhoneNumber("+12025550143", "12a"));
	}
}
