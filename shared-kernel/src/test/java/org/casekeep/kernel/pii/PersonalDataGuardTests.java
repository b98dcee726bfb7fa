package org.casekeep.kernel.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.values.PhoneNumber;
import org.casekeep.kernel.values.PostalAddress;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The one place every output passes through, without Spring: what each viewer sees of a record, what the audit entry
 * says was revealed and masked, exports, views nested in a view, value types, and the view shapes it refuses.
 */
class PersonalDataGuardTests {

	static final String VIEWER = "contact_viewer";
	static final String CASE_WORKER = "case_worker";

	/** A stakeholder with open, restricted, non-exportable and sensitive fields, and two value types. */
	@PersonalDataRecord(type = "test.contact", retention = "TEST", legalBasis = "test")
	static class Contact {

		@PersonalData(category = PiiCategory.NAME, sensitivity = Sensitivity.LOW)
		String name;

		@PersonalData(category = PiiCategory.CONTACT, visibleTo = VIEWER, scope = VisibilityScope.OWNING_COMPONENT)
		String email;

		@PersonalData(category = PiiCategory.FREE_TEXT, exportable = false)
		String notes;

		@PersonalData(category = PiiCategory.SENSITIVE_PII, sensitivity = Sensitivity.HIGH)
		String ssn;

		PostalAddress address;

		@PersonalData(sensitivity = Sensitivity.MODERATE, visibleTo = VIEWER, scope = VisibilityScope.OWNING_COMPONENT)
		PhoneNumber cellPhone;

		@PersonalData(visibleTo = CASE_WORKER, scope = VisibilityScope.OWNER_OR_ASSIGNEE)
		PostalAddress homeAddress;

		@PersonalData(category = PiiCategory.FREE_TEXT)
		List<String> interests;
	}

	/** A remark kept with its contact, restricted to contact viewers of any component. */
	@PersonalDataRecord(type = "test.remark", partOf = "test.contact", legalBasis = "test")
	static class Remark {

		@PersonalData(category = PiiCategory.FREE_TEXT, visibleTo = VIEWER)
		String text;
	}

	@ReleasedAs("test.remark")
	record RemarkView(String author, @Nullable String text) {
	}

	/** A view carrying one value type itself (the address) and one as its display string (the cell phone). */
	@ReleasedAs("test.contact")
	record ContactView(String id, @Nullable String name, @Nullable String email, @Nullable String notes,
			@Nullable String ssn, @Nullable PostalAddress address, @Nullable String cellPhone,
			@Nullable PostalAddress homeAddress, @Nullable List<String> interests, List<RemarkView> remarks,
			String owningComponent, Set<String> maskedFields) {
	}

	/** A view without {@code maskedFields}: masking still applies, it is only not reported. */
	@ReleasedAs("test.contact")
	record NameAndEmail(@Nullable String name, @Nullable String email) {
	}

	static final PostalAddress WORK = PostalAddress.of("1 Main St", null, "El Paso", "TX", "79901");
	static final PostalAddress HOME = PostalAddress.of("8 Elm St", "Apt 3B", "Brownsville", "TX", "78520");
	static final String CELL = PhoneNumber.of("915-555-0111").international();

	static final Actor ICE_VIEWER = new Actor("ice-viewer", "ICE", Set.of(VIEWER));
	static final Actor ICE_USER = new Actor("ice-user", "ICE", Set.of());
	static final Actor PSO_VIEWER = new Actor("pso-viewer", "PSO", Set.of(VIEWER, CASE_WORKER));
	static final Actor ICE_CASE_WORKER = new Actor("ice-worker", "ICE", Set.of(VIEWER, CASE_WORKER));

	/** A record owned by ICE and ice-owner, assigned to ice-worker. */
	static final RecordFacts FACTS = new RecordFacts("test.contact", "c-1", "ICE", "ice-owner", Set.of("ice-worker"));

	final RecordingAuditTrail audit = new RecordingAuditTrail();
	final PersonalDataGuard guard = new PersonalDataGuard(
			new PersonalDataCatalog(List.of(Contact.class, Remark.class)), audit);

	static ContactView contact(String id, List<RemarkView> remarks) {
		return new ContactView(id, "Dana Whitfield", "dana@example.org", "Met at the conference", "212-48-7391",
				WORK, CELL, HOME, List.of("op-eds"), remarks, "ICE", Set.of());
	}

	static ContactView contact(List<RemarkView> remarks) {
		return contact("c-1", remarks);
	}

	static ContactView contact() {
		return contact(List.of());
	}

	@Nested
	class MaskingByRoleAndScope {

		@Test
		void aViewerWithTheRoleInTheOwningComponentSeesTheRestrictedFields() {
			ContactView seen = Actors.callAs(ICE_VIEWER, () -> guard.release(contact(), FACTS, "outreach"));

			assertThat(seen.email()).isEqualTo("dana@example.org");
			assertThat(seen.cellPhone()).isEqualTo("+1 915-555-0111");
			assertThat(seen.maskedFields()).containsExactly("homeAddress");
		}

		@Test
		void aViewerWithTheRoleInAnotherComponentSeesTheMaskInsteadOfTexts() {
			ContactView seen = Actors.callAs(PSO_VIEWER, () -> guard.release(contact(), FACTS, "outreach"));

			assertThat(seen.email()).isEqualTo(PersonalDataGuard.MASK);
			assertThat(seen.cellPhone()).isEqualTo(PersonalDataGuard.MASK);
			assertThat(seen.name()).isEqualTo("Dana Whitfield");
			assertThat(seen.address()).isEqualTo(WORK);
			assertThat(seen.maskedFields()).containsExactlyInAnyOrder("email", "cellPhone", "homeAddress");
		}

		@Test
		void aUserWithoutTheRoleSeesTheMaskEvenInTheOwningComponent() {
			ContactView seen = Actors.callAs(ICE_USER, () -> guard.release(contact(), FACTS, "outreach"));

			assertThat(seen.email()).isEqualTo(PersonalDataGuard.MASK);
			assertThat(seen.cellPhone()).isEqualTo(PersonalDataGuard.MASK);
			assertThat(seen.notes()).isEqualTo("Met at the conference");
		}

		@Test
		void anOwnerOrAssigneeOnlyFieldIsSeenByAnAssigneeWithTheRoleAndByNobodyElse() {
			ContactView assignee = Actors.callAs(ICE_CASE_WORKER, () -> guard.release(contact(), FACTS, "casework"));
			ContactView other = Actors.callAs(PSO_VIEWER, () -> guard.release(contact(), FACTS, "casework"));
			ContactView ownerWithoutRole = guard.mask(contact(), FACTS, new Actor("ice-owner", "ICE", Set.of()));

			assertThat(assignee.homeAddress()).isEqualTo(HOME);
			assertThat(other.homeAddress()).isNull();
			assertThat(ownerWithoutRole.homeAddress()).isNull();
		}

		@Test
		void aHiddenValueThatIsNoTextIsLeftOut() {
			ContactView seen = Actors.callAs(ICE_USER, () -> guard.release(contact(), FACTS, "outreach"));

			assertThat(seen.homeAddress()).as("a hidden PostalAddress").isNull();
			assertThat(seen.maskedFields()).contains("homeAddress");
		}

		@Test
		void aViewWithoutMaskedFieldsIsMaskedAllTheSame() {
			NameAndEmail seen = guard.mask(new NameAndEmail("Dana", "dana@example.org"), FACTS, PSO_VIEWER);

			assertThat(seen).isEqualTo(new NameAndEmail("Dana", PersonalDataGuard.MASK));
		}

		@Test
		void theFieldsAViewerMaySeeAreListedByName() {
			assertThat(guard.visibleFields(PSO_VIEWER, "test.contact", FACTS))
				.containsExactly("name", "notes", "ssn", "address", "interests");
			assertThat(guard.visibleFields(ICE_CASE_WORKER, "test.contact", FACTS))
				.containsExactly("name", "email", "notes", "ssn", "address", "cellPhone", "homeAddress", "interests");
		}
	}

	@Nested
	class ReadAudit {

		@Test
		void namesTheRecordTheFieldsRevealedAndThoseMaskedUnderTheHoldersFieldNames() {
			Actors.runAs(PSO_VIEWER, () -> guard.release(contact(), FACTS, "outreach"));

			assertThat(audit.entries).singleElement().satisfies(entry -> {
				assertThat(entry.action()).isEqualTo(AuditAction.READ);
				assertThat(entry.recordType()).isEqualTo("test.contact");
				assertThat(entry.recordId()).isEqualTo("c-1");
				assertThat(entry.recordComponent()).isEqualTo("ICE");
				assertThat(entry.purpose()).isEqualTo("outreach");
				assertThat(entry.fields()).containsExactly("name", "notes", "ssn", "address", "interests");
				assertThat(entry.details()).isEqualTo("masked: email,cellPhone,homeAddress");
			});
		}

		@Test
		void leavesOutFieldsWithoutValueAndSaysNothingWhenNothingIsMasked() {
			ContactView sparse = new ContactView("c-1", "Dana", null, null, null, null, CELL, null, null, List.of(),
					"ICE", Set.of());
			Actors.runAs(ICE_CASE_WORKER, () -> guard.release(sparse, FACTS, "outreach"));

			assertThat(audit.entries).singleElement().satisfies(entry -> {
				assertThat(entry.fields()).containsExactly("name", "cellPhone");
				assertThat(entry.details()).isNull();
			});
		}

		@Test
		void aListOfViewsIsReleasedRecordByRecordAndAuditedOneEntryEachInOneRoundTrip() {
			RecordFacts ofPso = new RecordFacts("test.contact", "c-2", "PSO", "pso-owner", Set.of());
			List<ContactView> seen = Actors.callAs(PSO_VIEWER, () -> guard.releaseAll(
					List.of(contact("c-1", List.of()), contact("c-2", List.of())),
					view -> view.id().equals("c-1") ? FACTS : ofPso, "search"));

			assertThat(seen).extracting(ContactView::email).containsExactly(PersonalDataGuard.MASK, "dana@example.org");
			assertThat(audit.batches).isEqualTo(1);
			assertThat(audit.entries).extracting(AuditEvent::recordId).containsExactly("c-1", "c-2");
			assertThat(audit.entries).extracting(AuditEvent::details)
				.containsExactly("masked: email,cellPhone,homeAddress", "masked: homeAddress");
		}

		@Test
		void maskingForAPreviewWritesNoEntry() {
			guard.mask(contact(), FACTS, PSO_VIEWER);

			assertThat(audit.entries).isEmpty();
		}
	}

	@Nested
	class Exports {

		@Test
		void masksFieldsThatAreNotExportableAndSensitivePiiEvenForAViewerWhoSeesThem() {
			ContactView exported = Actors.callAs(ICE_CASE_WORKER, () -> guard.releaseForExport(contact(), FACTS,
					"export"));

			assertThat(exported.notes()).isEqualTo(PersonalDataGuard.MASK);
			assertThat(exported.ssn()).isEqualTo(PersonalDataGuard.MASK);
			assertThat(exported.email()).isEqualTo("dana@example.org");
			assertThat(exported.address()).isEqualTo(WORK);
			assertThat(exported.maskedFields()).containsExactlyInAnyOrder("notes", "ssn");
		}

		@Test
		void keepTheViewersOwnRestrictionsAndAreAuditedAsExports() {
			ContactView exported = Actors.callAs(PSO_VIEWER, () -> guard.releaseForExport(contact(), FACTS, "export"));

			assertThat(exported.email()).isEqualTo(PersonalDataGuard.MASK);
			assertThat(audit.entries).singleElement().satisfies(entry -> {
				assertThat(entry.action()).isEqualTo(AuditAction.EXPORT);
				assertThat(entry.fields()).containsExactly("name", "address", "interests");
				assertThat(entry.details()).isEqualTo("masked: email,notes,ssn,cellPhone,homeAddress");
			});
		}

		@Test
		void ofAViewReleasedOnItsOwnMaskNothingExportable() {
			ContactView read = Actors.callAs(ICE_CASE_WORKER, () -> guard.release(contact(), FACTS, "outreach"));

			assertThat(read.notes()).isEqualTo("Met at the conference");
			assertThat(read.ssn()).isEqualTo("212-48-7391");
		}
	}

	@Nested
	class NestedViews {

		final List<RemarkView> remarks = List.of(new RemarkView("ice-user", "Prefers email"),
				new RemarkView("pso-user", null));

		@Test
		void areReleasedUnderTheirOwnDeclarationsWithTheFactsOfTheirHolder() {
			ContactView seen = Actors.callAs(ICE_USER, () -> guard.release(contact(remarks), FACTS, "outreach"));

			assertThat(seen.remarks()).containsExactly(new RemarkView("ice-user", PersonalDataGuard.MASK),
					new RemarkView("pso-user", null));
			assertThat(seen.maskedFields()).contains("remarks.text");
		}

		@Test
		void joinTheHoldersAuditEntryNamedComponentDotField() {
			Actors.runAs(PSO_VIEWER, () -> guard.release(contact(remarks), FACTS, "outreach"));

			assertThat(audit.entries).singleElement().satisfies(entry -> {
				assertThat(entry.recordType()).isEqualTo("test.contact");
				assertThat(entry.fields()).containsExactly("name", "notes", "ssn", "address", "interests",
						"remarks.text");
				assertThat(entry.details()).doesNotContain("remarks");
			});
		}

		@Test
		void anEmptyListIsLeftAsItIs() {
			ContactView seen = Actors.callAs(PSO_VIEWER, () -> guard.release(contact(List.of()), FACTS, "outreach"));

			assertThat(seen.remarks()).isEmpty();
		}
	}

	@Nested
	class RefusedShapes {

		record Unmarked(String name) {
		}

		@ReleasedAs("test.contact")
		record PrimitiveSsn(long ssn) {
		}

		@ReleasedAs("test.contact")
		record MaskedFieldsAsAList(@Nullable String email, List<String> maskedFields) {
		}

		@ReleasedAs("test.nothing")
		record OfAnUndeclaredType(String name) {
		}

		@Test
		void aViewWithoutReleasedAs() {
			assertThatIllegalArgumentException().isThrownBy(() -> guard.mask(new Unmarked("Dana"), FACTS, ICE_USER))
				.withMessageContaining("is not annotated with @ReleasedAs");
		}

		@Test
		void aPrimitiveComponentHoldingPersonalData() {
			assertThatIllegalStateException().isThrownBy(() -> guard.mask(new PrimitiveSsn(212487391L), FACTS, ICE_USER))
				.withMessageContaining("PrimitiveSsn.ssn holds personal data and cannot be a primitive");
		}

		@Test
		void maskedFieldsThatAreNoSet() {
			assertThatIllegalStateException()
				.isThrownBy(() -> guard.mask(new MaskedFieldsAsAList("a@example.org", List.of()), FACTS, ICE_USER))
				.withMessageContaining("maskedFields must be a Set<String>");
		}

		@Test
		void factsOfAnotherRecordType() {
			RecordFacts remark = new RecordFacts("test.remark", "r-1", "ICE", null, Set.of());

			assertThatIllegalArgumentException()
				.isThrownBy(() -> Actors.callAs(ICE_VIEWER, () -> guard.release(contact(), remark, "outreach")))
				.withMessage("View ContactView is released as test.contact but the facts describe test.remark");
			assertThat(audit.entries).isEmpty();
		}

		@Test
		void aViewOfAnUndeclaredRecordType() {
			assertThatIllegalStateException()
				.isThrownBy(() -> guard.mask(new OfAnUndeclaredType("Dana"), FACTS, ICE_USER))
				.withMessageContaining("No @PersonalDataRecord declares record type 'test.nothing'");
		}
	}

	/** Keeps what the guard writes, in order; counts the round trips of {@link #recordAll}. */
	static final class RecordingAuditTrail implements AuditTrail {

		final List<AuditEvent> entries = new ArrayList<>();
		int batches;

		@Override
		public void record(AuditEvent event) {
			entries.add(event);
		}

		@Override
		public void recordAll(List<AuditEvent> events) {
			batches++;
			entries.addAll(events);
		}

		@Override
		public void recordIndependently(AuditEvent event) {
			throw new AssertionError("The guard never writes to the security chain: " + event);
		}
	}
}
