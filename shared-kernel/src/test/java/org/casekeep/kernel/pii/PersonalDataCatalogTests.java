package org.casekeep.kernel.pii;

import java.util.List;

import org.casekeep.kernel.values.PhoneNumber;
import org.casekeep.kernel.values.PostalAddress;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The catalog reads every declaration once, without Spring: plain fields, value types declared on the type and
 * refined by their holders, and the declarations it refuses so that the application does not start.
 */
class PersonalDataCatalogTests {

	static final String LEGAL_BASIS = "test authority";

	@Nested
	class PlainFields {

		@PersonalDataRecord(type = "test.person", retention = "TEST", legalBasis = LEGAL_BASIS, source = "Test PIA 1.1")
		static class Person {

			@PersonalData(category = PiiCategory.NAME, sensitivity = Sensitivity.LOW, description = "Last name")
			String lastName;

			@PersonalData(category = PiiCategory.FREE_TEXT)
			String notes;

			@PersonalData(category = PiiCategory.SENSITIVE_PII, sensitivity = Sensitivity.LOW)
			String ssn;

			@PersonalData(category = PiiCategory.CONTACT, sensitivity = Sensitivity.HIGH)
			String hiddenLine;

			@PersonalData(category = PiiCategory.CONTACT, visibleTo = "viewer", scope = VisibilityScope.OWNING_COMPONENT,
					exportable = false)
			String email;

			String ownerUsername;

			static final String NOT_A_FIELD_OF_THE_RECORD = "constant";
		}

		@Test
		void areListedWithTheirOwnDeclarationInDeclarationOrder() {
			RecordTypeDescriptor type = catalogOf(Person.class).require("test.person");

			assertThat(type.fields().keySet()).containsExactly("lastName", "notes", "ssn", "hiddenLine", "email");
			assertThat(type.field("lastName")).contains(new FieldDescriptor("lastName", PiiCategory.NAME,
					Sensitivity.LOW, java.util.Set.of(), VisibilityScope.ANY_COMPONENT, true, "Last name"));
			assertThat(type.field("email")).contains(new FieldDescriptor("email", PiiCategory.CONTACT,
					Sensitivity.MODERATE, java.util.Set.of("viewer"), VisibilityScope.OWNING_COMPONENT, false, "email"));
			assertThat(type.module()).isEqualTo("kernel");
			assertThat(type.retention()).isEqualTo("TEST");
			assertThat(type.source()).isEqualTo("Test PIA 1.1");
		}

		@Test
		void defaultToModerateSensitivityAndTheirNameAsDescription() {
			FieldDescriptor notes = catalogOf(Person.class).require("test.person").field("notes").orElseThrow();

			assertThat(notes.sensitivity()).isEqualTo(Sensitivity.MODERATE);
			assertThat(notes.description()).isEqualTo("notes");
			assertThat(notes.restricted()).isFalse();
		}

		@Test
		void neverLetSensitivePiiOrHighSensitivityLeaveInAnExport() {
			RecordTypeDescriptor type = catalogOf(Person.class).require("test.person");

			assertThat(type.field("ssn").orElseThrow().exportable()).isFalse();
			assertThat(type.field("hiddenLine").orElseThrow().exportable()).isFalse();
			assertThat(type.field("notes").orElseThrow().exportable()).isTrue();
		}
	}

	@Nested
	class ValueTypes {

		@PersonalDataRecord(type = "test.office", retention = "TEST", legalBasis = LEGAL_BASIS)
		static class Office {

			PostalAddress address;

			PhoneNumber phone;
		}

		@PersonalDataRecord(type = "test.contact", retention = "TEST", legalBasis = LEGAL_BASIS)
		static class Contact {

			@PersonalData(description = "Work address")
			PostalAddress address;

			@PersonalData(sensitivity = Sensitivity.MODERATE, visibleTo = "contact_viewer",
					scope = VisibilityScope.OWNING_COMPONENT, description = "Cell phone (PIA 4.1)")
			PhoneNumber cellPhone;

			@PersonalData(exportable = false)
			PhoneNumber homePhone;
		}

		/** A holder whose address comes from its base class, as a JPA mapped superclass would give it. */
		abstract static class Holder {

			@PersonalData(description = "Business address")
			PostalAddress address;
		}

		@PersonalDataRecord(type = "test.firm", retention = "TEST", legalBasis = LEGAL_BASIS)
		static class Firm extends Holder {

			@PersonalData(category = PiiCategory.PROFESSIONAL, sensitivity = Sensitivity.LOW)
			String name;
		}

		@Test
		void areListedUnderTheHoldersFieldNameWithTheDeclarationOfTheirType() {
			RecordTypeDescriptor office = catalogOf(Office.class).require("test.office");

			assertThat(office.fields().keySet()).containsExactly("address", "phone");
			assertThat(office.field("address")).contains(new FieldDescriptor("address", PiiCategory.CONTACT,
					Sensitivity.LOW, java.util.Set.of(), VisibilityScope.ANY_COMPONENT, true, "U.S. mailing address"));
			assertThat(office.field("phone")).contains(new FieldDescriptor("phone", PiiCategory.CONTACT,
					Sensitivity.LOW, java.util.Set.of(), VisibilityScope.ANY_COMPONENT, true, "Phone number"));
		}

		@Test
		void areRefinedByTheirHolderWithoutRepeatingTheCategory() {
			RecordTypeDescriptor contact = catalogOf(Contact.class).require("test.contact");

			assertThat(contact.field("address")).contains(new FieldDescriptor("address", PiiCategory.CONTACT,
					Sensitivity.LOW, java.util.Set.of(), VisibilityScope.ANY_COMPONENT, true, "Work address"));
			assertThat(contact.field("cellPhone")).contains(new FieldDescriptor("cellPhone", PiiCategory.CONTACT,
					Sensitivity.MODERATE, java.util.Set.of("contact_viewer"), VisibilityScope.OWNING_COMPONENT, true,
					"Cell phone (PIA 4.1)"));
			assertThat(contact.field("cellPhone").orElseThrow().restricted()).isTrue();
		}

		@Test
		void areKeptOutOfExportsWhenTheHolderSaysSoAndKeepTheTypesDescription() {
			FieldDescriptor homePhone = catalogOf(Contact.class).require("test.contact").field("homePhone").orElseThrow();

			assertThat(homePhone.exportable()).isFalse();
			assertThat(homePhone.description()).isEqualTo("Phone number");
			assertThat(homePhone.sensitivity()).isEqualTo(Sensitivity.LOW);
		}

		@Test
		void areFoundInTheHoldersBaseClassesToo() {
			RecordTypeDescriptor firm = catalogOf(Firm.class).require("test.firm");

			assertThat(firm.fields().keySet()).containsExactly("name", "address");
			assertThat(firm.field("address").orElseThrow().description()).isEqualTo("Business address");
			assertThat(firm.field("address").orElseThrow().category()).isEqualTo(PiiCategory.CONTACT);
		}
	}

	@Nested
	class RefusedDeclarations {

		@PersonalDataRecord(type = "test.bad", retention = "TEST", legalBasis = LEGAL_BASIS)
		static class WithoutCategory {

			@PersonalData(sensitivity = Sensitivity.LOW, description = "Nickname")
			String nickname;
		}

		@PersonalDataRecord(type = "test.bad", retention = "TEST", legalBasis = LEGAL_BASIS)
		static class TwoCategories {

			@PersonalData(category = { PiiCategory.NAME, PiiCategory.CONTACT })
			String alias;
		}

		@PersonalDataRecord(type = "test.bad", retention = "TEST", legalBasis = LEGAL_BASIS)
		static class RecategorizedAddress {

			@PersonalData(category = PiiCategory.PROFESSIONAL, description = "Work address")
			PostalAddress address;
		}

		@PersonalData(category = PiiCategory.CONTACT, sensitivity = Sensitivity.MODERATE, description = "Pager")
		record Pager(String number) {
		}

		@PersonalDataRecord(type = "test.bad", retention = "TEST", legalBasis = LEGAL_BASIS)
		static class LoweredSensitivity {

			@PersonalData(sensitivity = Sensitivity.LOW)
			Pager pager;
		}

		@PersonalData(category = PiiCategory.CONTACT, visibleTo = "contact_viewer")
		record RestrictedPager(String number) {
		}

		@PersonalDataRecord(type = "test.bad", retention = "TEST", legalBasis = LEGAL_BASIS)
		static class HolderOfATypeThatSaysWhoSeesIt {

			RestrictedPager pager;
		}

		@PersonalData(description = "Beeper")
		record UncategorizedBeeper(String number) {
		}

		@PersonalDataRecord(type = "test.bad", retention = "TEST", legalBasis = LEGAL_BASIS)
		static class HolderOfAnUncategorizedType {

			UncategorizedBeeper beeper;
		}

		@Test
		void aPlainFieldWithoutCategory() {
			assertThatIllegalStateException().isThrownBy(() -> catalogOf(WithoutCategory.class))
				.withMessageContaining("WithoutCategory.nickname")
				.withMessageContaining("without a category");
		}

		@Test
		void aFieldWithMoreThanOneCategory() {
			assertThatIllegalStateException().isThrownBy(() -> catalogOf(TwoCategories.class))
				.withMessageContaining("TwoCategories.alias gives more than one category");
		}

		@Test
		void aHolderThatNamesTheCategoryOfItsValueType() {
			assertThatIllegalStateException().isThrownBy(() -> catalogOf(RecategorizedAddress.class))
				.withMessageContaining("RecategorizedAddress.address names a category, but its type PostalAddress declares it");
		}

		@Test
		void aHolderThatLowersTheSensitivityOfItsValueType() {
			assertThatIllegalStateException().isThrownBy(() -> catalogOf(LoweredSensitivity.class))
				.withMessageContaining("LoweredSensitivity.pager lowers the sensitivity of Pager from MODERATE to LOW");
		}

		@Test
		void aValueTypeThatSaysWhoSeesIt() {
			assertThatIllegalStateException().isThrownBy(() -> catalogOf(HolderOfATypeThatSaysWhoSeesIt.class))
				.withMessageContaining("Value type RestrictedPager says who sees it");
		}

		@Test
		void aValueTypeWithoutCategory() {
			assertThatIllegalStateException().isThrownBy(() -> catalogOf(HolderOfAnUncategorizedType.class))
				.withMessageContaining("Value type UncategorizedBeeper declares personal data without a category");
		}
	}

	@Nested
	class RecordTypes {

		@PersonalDataRecord(type = "test.letter", retention = "LETTERS", legalBasis = LEGAL_BASIS)
		static class Letter {
		}

		@PersonalDataRecord(type = "test.attachment", partOf = "test.letter", legalBasis = LEGAL_BASIS)
		static class Attachment {
		}

		@PersonalDataRecord(type = "test.letter", retention = "OTHER", legalBasis = LEGAL_BASIS)
		static class AnotherLetter {
		}

		@PersonalDataRecord(type = "test.unscheduled", legalBasis = LEGAL_BASIS)
		static class Unscheduled {
		}

		@PersonalDataRecord(type = "test.orphan", partOf = "test.nothing", legalBasis = LEGAL_BASIS)
		static class Orphan {
		}

		@PersonalDataRecord(type = "test.scheduled-part", partOf = "test.letter", retention = "OTHER",
				legalBasis = LEGAL_BASIS)
		static class ScheduledPart {
		}

		static class NotAPersonalDataRecord {

			@PersonalData(category = PiiCategory.NAME)
			String name;
		}

		@Test
		void aPartIsKeptUnderItsHoldersScheduleAndListedInOrder() {
			PersonalDataCatalog catalog = catalogOf(Attachment.class, Letter.class, NotAPersonalDataRecord.class);

			assertThat(catalog.recordTypes()).extracting(RecordTypeDescriptor::type)
				.containsExactly("test.attachment", "test.letter");
			RecordTypeDescriptor attachment = catalog.require("test.attachment");
			assertThat(attachment.retention()).isEqualTo("LETTERS");
			assertThat(attachment.partOf()).isEqualTo("test.letter");
			assertThat(attachment.trackedOnItsOwn()).isFalse();
			assertThat(catalog.require("test.letter").trackedOnItsOwn()).isTrue();
		}

		@Test
		void anUnknownTypeIsAProgrammingError() {
			assertThat(catalogOf(Letter.class).recordType("test.nothing")).isEmpty();
			assertThatIllegalStateException().isThrownBy(() -> catalogOf(Letter.class).require("test.nothing"))
				.withMessageContaining("No @PersonalDataRecord declares record type 'test.nothing'");
		}

		@Test
		void areRefusedWhenDeclaredTwiceOrWhenTheirScheduleOrHolderIsWrong() {
			assertThatIllegalStateException().isThrownBy(() -> catalogOf(Letter.class, AnotherLetter.class))
				.withMessageContaining("Record type test.letter is declared twice");
			assertThatIllegalStateException().isThrownBy(() -> catalogOf(Unscheduled.class))
				.withMessageContaining("test.unscheduled names neither a retention schedule nor the record type it is part of");
			assertThatIllegalStateException().isThrownBy(() -> catalogOf(Orphan.class))
				.withMessageContaining("test.orphan is part of test.nothing, which is not a declared record type");
			assertThatIllegalStateException().isThrownBy(() -> catalogOf(Letter.class, ScheduledPart.class))
				.withMessageContaining("test.scheduled-part is part of test.letter and kept with it");
		}
	}

	static PersonalDataCatalog catalogOf(Class<?>... persistentClasses) {
		return new PersonalDataCatalog(List.of(persistentClasses));
	}
}
