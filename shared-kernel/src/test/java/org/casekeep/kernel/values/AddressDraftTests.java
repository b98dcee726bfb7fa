package org.casekeep.kernel.values;

import static org.assertj.core.api.Assertions.assertThat;

import org.casekeep.kernel.validation.FieldProblem;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class AddressDraftTests {

	@Test
	void aTypedAddressBecomesAPostalAddress() {
		InputCheck check = new InputCheck();

		PostalAddress address = AddressDraft.parse(check,
				new AddressDraft(" 1 Main  St ", "", "El Paso", "texas", "799011234"));

		assertThat(check.hasProblems()).isFalse();
		assertThat(address).isEqualTo(new PostalAddress("1 Main St", null, "El Paso", UsState.TX, "79901-1234"));
	}

	@Test
	void nothingTypedIsNoAddress() {
		InputCheck check = new InputCheck();

		assertThat(AddressDraft.parse(check, null)).isNull();
		assertThat(AddressDraft.parse(check, new AddressDraft(" ", null, "", null, "\t"))).isNull();
		assertThat(check.hasProblems()).isFalse();
	}

	@Test
	void aRefusedPartIsNamedUnderTheAddress() {
		assertThat(problemOf(new AddressDraft("1 Main St", null, "El Paso", "TX", "7990"))).satisfies(problem -> {
			assertThat(problem.field()).isEqualTo("address.zip");
			assertThat(problem.message()).contains("ZIP code");
		});
		assertThat(problemOf(new AddressDraft("1 Main St", null, "El Paso", "Texarkana", "79901")).field())
			.isEqualTo("address.state");
		assertThat(problemOf(new AddressDraft(null, null, "El Paso", "TX", "79901")).field())
			.isEqualTo("address.street1");
		assertThat(problemOf(new AddressDraft("1 Main St", null, null, "TX", "79901")).field())
			.isEqualTo("address.city");
	}

	private static FieldProblem problemOf(AddressDraft draft) {
		InputCheck check = new InputCheck();
		assertThat(AddressDraft.parse(check, draft)).isNull();
		try {
			check.throwIfInvalid();
		}
		catch (InvalidInputException ex) {
			assertThat(ex.problems()).hasSize(1);
			return ex.problems().get(0);
		}
		throw new AssertionError("no problem recorded for " + draft);
	}
}
