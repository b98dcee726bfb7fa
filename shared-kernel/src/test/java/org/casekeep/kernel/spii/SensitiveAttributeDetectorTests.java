package org.casekeep.kernel.spii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SensitiveAttributeDetectorTests {

	private final SensitiveAttributeDetector detector = new SensitiveAttributeDetector();

	private List<String> terms(String text) {
		return detector.scan(text).stream().map(SensitiveAttributeFinding::text).toList();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Stakeholder noted his race on the sign-in sheet.          | race      | race
			She described herself as African American.                | race      | African American
			Caller is biracial and asked about the form.              | race      | biracial
			Complaint alleges racial slurs by staff.                  | race      | racial
			Detainee is a Black man in his forties.                   | race      | Black man
			Member is Hispanic and prefers Spanish.                   | ethnicity | Hispanic
			Asked for the ethnicity field to be removed.              | ethnicity | ethnicity
			He is Latino, from the Rio Grande Valley.                 | ethnicity | Latino
			She is a practicing Muslim.                               | religion  | Muslim
			Family is Catholic; mother attends church weekly.         | religion  | Catholic
			Rabbi said the detainee is Jewish.                        | religion  | Jewish
			Sikh detainee asked to keep his turban.                   | religion  | Sikh
			Prefers meetings after mosque on Fridays.                 | religion  | mosque
			Church attendance is important to her.                    | religion  | Church attendance
			Asked about religious accommodation.                      | religion  | religious
			Requests a halal diet during Ramadan.                     | religion  | Ramadan
			""")
	void findsTermsOfEachCategory(String text, String category, String term) {
		assertThat(detector.scan(text)).extracting(SensitiveAttributeFinding::category, SensitiveAttributeFinding::text)
			.contains(tuple(category, term));
	}

	@Test
	void reportsCategoryAndSpanOfEveryTerm() {
		String text = "Note: Hispanic, Catholic, biracial.";

		assertThat(detector.scan(text))
			.extracting(SensitiveAttributeFinding::category, SensitiveAttributeFinding::start,
					SensitiveAttributeFinding::end)
			.containsExactly(tuple("ethnicity", 6, 14), tuple("religion", 16, 24), tuple("race", 26, 34));
	}

	@Test
	void matchesWholeWordsInAnyCase() {
		assertThat(terms("MUSLIM, muslim and Muslim")).hasSize(3);
		assertThat(detector.scan("Flight to Islamabad; jewelry returned; tracer numbers; Hinduja Group; embraced"))
			.isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "The Senate race is heating up.", "an arms race in enforcement technology",
			"It was a close race for the grant.", "a race to the bottom on standards",
			"The bug was a race condition in the scheduler.", "Staff ran the charity race on Saturday." })
	void ignoresRaceAsAContest(String text) {
		assertThat(detector.scan(text)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Met with Catholic Charities about shelter capacity.",
			"The Hispanic Chamber of Commerce co-hosted the roundtable.",
			"Lutheran Immigration and Refugee Service sent a letter.", "Jewish Federation staff attended.",
			"Event during Hispanic Heritage Month.", "Referred to Christian Legal Society counsel." })
	void ignoresReligiousOrEthnicWordsInOrganizationNames(String text) {
		assertThat(detector.scan(text)).isEmpty();
	}

	@Test
	void takesChristianBeforeASurnameOrAfterATitleForAName() {
		assertThat(detector.scan("Called Christian Alvarez back about the tasker.")).isEmpty();
		assertThat(detector.scan("Left a message for Mr. Christian.")).isEmpty();
		assertThat(terms("She attends a Christian Church in Dallas.")).containsExactly("Christian");
		assertThat(terms("The family is Christian.")).containsExactly("Christian");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Drove a black SUV to the facility.", "Published a white paper on detention.",
			"Church Street entrance is closed.", "Meeting at the church hall on Elm Street.",
			"Mexican national, citizen of Guatemala, born in El Salvador.", "Prayer for relief in the complaint." })
	void ignoresColorsVenuesNationalitiesAndLegalTerms(String text) {
		assertThat(detector.scan(text)).isEmpty();
	}

	@Test
	void findingRejectsAnUnknownCategoryOrABadSpan() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SensitiveAttributeFinding("health", 0, 4, "race"));
		assertThatIllegalArgumentException().isThrownBy(() -> new SensitiveAttributeFinding("race", 0, 5, "race"));
	}
}
