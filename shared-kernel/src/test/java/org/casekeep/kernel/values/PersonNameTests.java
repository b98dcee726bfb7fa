package org.casekeep.kernel.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTests {

	@Test
	void trimsAndCollapsesWhiteSpaceAndDropsBlankOptionalParts() {
		PersonName name = PersonName.of("  María\u00A0José ", "  ", " de la   Cruz", "");

		assertThat(name.given()).isEqualTo("María José");
		assertThat(name.middle()).isNull();
		assertThat(name.family()).isEqualTo("de la Cruz");
		assertThat(name.suffix()).isNull();
	}

	@Test
	void displaysGivenMiddleFamilyAndSuffix() {
		assertThat(PersonName.of("Martin", "Luther", "King", "Jr.").displayName()).isEqualTo("Martin Luther King, Jr.");
		assertThat(PersonName.of("Ana", "Cruz").displayName()).isEqualTo("Ana Cruz");
		assertThat(PersonName.of("Ana", "Sofía", "Cruz", null).sortName()).isEqualTo("Cruz, Ana Sofía");
	}

	@ParameterizedTest
	@ValueSource(strings = { "O'Brien", "O’Brien", "Jean-Luc", "St. John", "Nguyễn", "Müller", "Ólafsdóttir", "李",
			"Саша", "محمد", "'Abd al-Rahman", "III" })
	void acceptsLettersOfAnyScriptWithApostrophesHyphensAndPeriods(String part) {
		assertThat(PersonName.of(part, part).family()).isEqualTo(part);
	}

	@Test
	void storesNamesInComposedForm() {
		String decomposed = "Jose\u0301";

		assertThat(PersonName.of(decomposed, "Cruz").given()).isEqualTo("Jos\u00E9");
	}

	@ParameterizedTest
	@ValueSource(strings = { "R2D2", "Ana_Cruz", "Ana@Cruz", "---", "'.'", "Ana, Cruz" })
	void rejectsDigitsSymbolsAndPartsWithoutALetter(String part) {
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> PersonName.of("Ana", part))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("family"))
			.withMessage("Family name may contain only letters, spaces, apostrophes, hyphens and periods");
	}

	@Test
	void requiresGivenAndFamilyNamesAndNamesTheMissingPart() {
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> PersonName.of(" ", "Cruz"))
			.withMessage("Given name is required")
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("given"));
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> PersonName.of("Ana", null))
			.withMessage("Family name is required")
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("family"));
	}

	@Test
	void limitsEachPartTo100Characters() {
		String hundred = "a".repeat(100);

		assertThat(PersonName.of(hundred, hundred).given()).hasSize(100);
		assertThatExceptionOfType(InvalidValueException.class)
			.isThrownBy(() -> PersonName.of("Ana", hundred + "a", "Cruz", null))
			.withMessage("Middle name must be at most 100 characters")
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("middle"));
		assertThatExceptionOfType(InvalidValueException.class)
			.isThrownBy(() -> PersonName.of("Ana", null, "Cruz", "Jr.1"))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("suffix"));
	}
}
