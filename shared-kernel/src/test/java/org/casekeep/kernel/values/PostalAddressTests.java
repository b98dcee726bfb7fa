package org.casekeep.kernel.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostalAddressTests {

	@Test
	void normalizesEveryPart() {
		PostalAddress address = PostalAddress.of(" 2707  Martin Luther King Jr Ave SE ", "  ", " Washington ", "dc",
				"205280075");

		assertThat(address.street1()).isEqualTo("2707 Martin Luther King Jr Ave SE");
		assertThat(address.street2()).isNull();
		assertThat(address.city()).isEqualTo("Washington");
		assertThat(address.state()).isEqualTo(UsState.DC);
		assertThat(address.zip()).isEqualTo("20528-0075");
		assertThat(address.zip5()).isEqualTo("20528");
	}

	@Test
	void printsTheLinesOfAnEnvelope() {
		PostalAddress address = PostalAddress.of("8 Elm St", "Apt 3B", "Brownsville", "Texas", "78520");

		assertThat(address.lines()).containsExactly("8 Elm St", "Apt 3B", "Brownsville, TX 78520");
	}

	@ParameterizedTest
	@CsvSource({ "12345, 12345", "12345-6789, 12345-6789", "123456789, 12345-6789", "'12345 6789', 12345-6789",
			"' 00501 ', 00501" })
	void acceptsFiveDigitAndZipPlusFourCodes(String raw, String normalized) {
		assertThat(new PostalAddress("1 Main St", null, "Town", UsState.NE, raw).zip()).isEqualTo(normalized);
		assertThat(PostalAddress.isValidZip(raw)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1234", "123456", "12345-678", "12345--6789", "ABCDE", "12345-67890" })
	void rejectsMalformedZipCodesNamingTheField(String raw) {
		assertThat(PostalAddress.isValidZip(raw)).isFalse();
		assertThatExceptionOfType(InvalidValueException.class)
			.isThrownBy(() -> PostalAddress.of("1 Main St", null, "Town", "NE", raw))
			.withMessage("ZIP code '" + raw + "' must be 5 digits or ZIP+4 (12345-6789)")
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("zip"));
	}

	@Test
	void namesTheMissingField() {
		assertThat(fieldOfError(null, "Town", "NE", "68501")).isEqualTo("street1");
		assertThat(fieldOfError("1 Main St", " ", "NE", "68501")).isEqualTo("city");
		assertThat(fieldOfError("1 Main St", "Town", null, "68501")).isEqualTo("state");
		assertThat(fieldOfError("1 Main St", "Town", "Nowhere", "68501")).isEqualTo("state");
		assertThat(fieldOfError("1 Main St", "Town", "NE", "")).isEqualTo("zip");
		assertThatExceptionOfType(InvalidValueException.class)
			.isThrownBy(() -> new PostalAddress("1 Main St", null, "Town", null, "68501"))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("state"));
	}

	@Test
	void keepsTheStateMessageWhenNamingTheField() {
		assertThatExceptionOfType(InvalidValueException.class)
			.isThrownBy(() -> PostalAddress.of("1 Main St", null, "Town", "Ontario", "68501"))
			.withMessage("State 'Ontario' is not a U.S. state, territory or military state code")
			.withCauseInstanceOf(InvalidValueException.class);
	}

	@Test
	void limitsStreetAndCityLength() {
		assertThatExceptionOfType(InvalidValueException.class)
			.isThrownBy(() -> PostalAddress.of("x".repeat(101), null, "Town", "NE", "68501"))
			.withMessage("Street address must be at most 100 characters")
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("street1"));
	}

	private static String fieldOfError(String street1, String city, String state, String zip) {
		try {
			PostalAddress.of(street1, null, city, state, zip);
		}
		catch (InvalidValueException ex) {
			return ex.field();
		}
		throw new AssertionError("no error for " + street1 + ", " + city + ", " + state + " " + zip);
	}
}
