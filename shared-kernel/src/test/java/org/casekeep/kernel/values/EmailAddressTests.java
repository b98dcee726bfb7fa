package org.casekeep.kernel.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTests {

	@ParameterizedTest
	@CsvSource({ "jane.doe@uscis.dhs.gov, jane.doe@uscis.dhs.gov", "Jane.Doe@USCIS.DHS.GOV, Jane.Doe@uscis.dhs.gov",
			"'  ana+intake@example.org ', ana+intake@example.org", "o'brien@example.ie, o'brien@example.ie",
			"josé@correo.mx, josé@correo.mx", "a@b.co, a@b.co", "user@sub.domain.xn--p1ai, user@sub.domain.xn--p1ai" })
	void acceptsPragmaticAddressesAndLowerCasesTheDomain(String raw, String normalized) {
		assertThat(EmailAddress.of(raw).value()).isEqualTo(normalized);
		assertThat(EmailAddress.isValid(raw)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "plainaddress", "@example.gov", "jane@", "jane@localhost", "jane doe@example.gov",
			"jane@@example.gov", ".jane@example.gov", "jane.@example.gov", "jane..doe@example.gov",
			"jane@-example.gov", "jane@example.g", "jane@example.123", "" })
	void rejectsMalformedAddresses(String raw) {
		assertThat(EmailAddress.isValid(raw)).isFalse();
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> EmailAddress.of(raw));
	}

	@Test
	void limitsTheLengthOfTheAddressAndOfItsLocalPart() {
		String longLocal = "a".repeat(65) + "@example.gov";
		String longDomain = "jane@" + "d".repeat(60) + "." + "e".repeat(60) + "." + "f".repeat(60) + "."
				+ "g".repeat(60) + "." + "h".repeat(60) + ".gov";

		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> EmailAddress.of(longLocal))
			.withMessageContaining("at most 64");
		assertThat(EmailAddress.isValid(longDomain)).isFalse();
		assertThat(EmailAddress.isValid("a".repeat(64) + "@example.gov")).isTrue();
	}

	@Test
	void explainsTheProblemQuotingTheInput() {
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> EmailAddress.of("jane@example"))
			.withMessage("Email address 'jane@example' is not valid; it should look like name@example.gov");
	}

	@Test
	void splitsIntoLocalPartAndDomain() {
		EmailAddress address = EmailAddress.of("Jane.Doe@HQ.DHS.gov");

		assertThat(address.localPart()).isEqualTo("Jane.Doe");
		assertThat(address.domain()).isEqualTo("hq.dhs.gov");
	}
}
