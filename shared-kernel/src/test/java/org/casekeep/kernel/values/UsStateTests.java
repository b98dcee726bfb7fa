package org.casekeep.kernel.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsStateTests {

	@ParameterizedTest
	@CsvSource({ "NY, NY", "ny, NY", "New York, NY", "new  york, NY", "' Texas ', TX", "District of Columbia, DC",
			"'Washington, D.C.', DC", "Puerto Rico, PR", "U.S. Virgin Islands, VI", "virgin islands, VI",
			"Northern Mariana Islands, MP", "AE, AE", "Armed Forces Pacific, AP", "WASHINGTON, WA" })
	void findsStatesByCodeOrNameIgnoringCase(String raw, UsState state) {
		assertThat(UsState.of(raw)).isEqualTo(state);
		assertThat(UsState.isValid(raw)).isTrue();
	}

	@Test
	void holdsTheStatesTheDistrictTheTerritoriesAndTheMilitaryCodes() {
		assertThat(UsState.values()).hasSize(50 + 1 + 5 + 3);
		assertThat(Arrays.stream(UsState.values()).filter(UsState::isTerritory)).hasSize(5);
		assertThat(Arrays.stream(UsState.values()).filter(UsState::isMilitary)).hasSize(3);
		assertThat(UsState.CA.code()).isEqualTo("CA");
		assertThat(UsState.CA.fullName()).isEqualTo("California");
	}

	@ParameterizedTest
	@ValueSource(strings = { "XX", "New Yrok", "Ontario", "FM", "" })
	void rejectsAnythingElse(String raw) {
		assertThat(UsState.isValid(raw)).isFalse();
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> UsState.of(raw));
	}

	@Test
	void explainsTheProblemQuotingTheInput() {
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> UsState.of("Ontario"))
			.withMessage("State 'Ontario' is not a U.S. state, territory or military state code");
	}
}
