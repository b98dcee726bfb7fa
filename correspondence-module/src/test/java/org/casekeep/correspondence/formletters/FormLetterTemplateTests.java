package org.casekeep.correspondence.formletters;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormLetterTemplateTests {

	static final FormLetterTemplate LETTER = new FormLetterTemplate(
			"Dear {{salutation}} {{ lastName }},\n\nThank you for your letter {{referenceNumber}} about {{subject}}.\n{{lastName}}");

	@Test
	void listsEachMergeFieldOnceInOrderOfUse() {
		assertThat(LETTER.fields()).containsExactly("salutation", "lastName", "referenceNumber", "subject");
	}

	@Test
	void namesFieldsThatDoNotExist() {
		assertThat(new FormLetterTemplate("Dear {{firstname}} {{ssn}} {{lastName}}").unknownFields())
			.containsExactly("firstname", "ssn");
	}

	@Test
	void namesFieldsWithoutAValue() {
		assertThat(LETTER.missing(Map.of("salutation", "Ms.", "lastName", " ", "subject", "visas")))
			.containsExactly("lastName", "referenceNumber");
	}

	@Test
	void fillsEveryOccurrenceAndLeavesDollarSignsAlone() {
		String filled = LETTER.merge(Map.of("salutation", "Ms.", "lastName", "O'Neil", "referenceNumber",
				"CORR-2027-000001", "subject", "fees of $50"));
		assertThat(filled).isEqualTo(
				"Dear Ms. O'Neil,\n\nThank you for your letter CORR-2027-000001 about fees of $50.\nO'Neil");
	}
}
