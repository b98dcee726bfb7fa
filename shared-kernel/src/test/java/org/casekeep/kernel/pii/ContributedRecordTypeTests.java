package org.casekeep.kernel.pii;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.audit.AuditEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Record types declared as data ({@link RecordTypeContributor}) are catalogued, exported and masked exactly as
 * annotated entities, with the same rules: SPII never leaves in an export, a name is declared once.
 */
class ContributedRecordTypeTests {

	static final RecordTypeDescriptor TRACKER = new RecordTypeDescriptor("test.tracker", "test", "TEST", null,
			"test basis", "test PIA", Map.of(
					"name", FieldDescriptor.declared("name", PiiCategory.NAME, Sensitivity.LOW, Set.of(),
							VisibilityScope.ANY_COMPONENT, true, ""),
					"history", FieldDescriptor.declared("history", PiiCategory.SENSITIVE_PII, Sensitivity.HIGH,
							Set.of("attorney"), VisibilityScope.ANY_COMPONENT, true, "Criminal history")));

	final PersonalDataGuardTests.RecordingAuditTrail audit = new PersonalDataGuardTests.RecordingAuditTrail();
	final PersonalDataCatalog catalog = PersonalDataCatalog.of(List.of(TRACKER), PersonalDataGuardTests.Contact.class,
			PersonalDataGuardTests.Remark.class);
	final PersonalDataGuard guard = new PersonalDataGuard(catalog, audit);

	@Test
	void aContributedTypeIsCataloguedBesideAnnotatedOnesUnderTheSameExportRule() {
		assertThat(catalog.recordTypes()).extracting(RecordTypeDescriptor::type)
			.containsExactly("test.contact", "test.remark", "test.tracker");
		FieldDescriptor history = catalog.require("test.tracker").field("history").orElseThrow();
		assertThat(history.exportable()).as("SPII never leaves, whatever the declaration says").isFalse();
		assertThat(history.restricted()).isTrue();
		assertThat(catalog.require("test.tracker").field("name").orElseThrow().description()).isEqualTo("name");
	}

	@Test
	void aContributedTypeCannotReuseTheNameOfAnother() {
		RecordTypeDescriptor clash = new RecordTypeDescriptor("test.contact", "test", "TEST", null, "b", "s", Map.of());
		assertThatIllegalStateException()
			.isThrownBy(() -> PersonalDataCatalog.of(List.of(clash), PersonalDataGuardTests.Contact.class))
			.withMessageContaining("declared twice");
	}

	@Test
	void valuesAreMaskedByFieldNameAndTheReadAuditedWithWhatWasMasked() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("name", "Dana Whitfield");
		values.put("history", "Conviction in 2011");
		values.put("office", "FOD");
		RecordFacts facts = new RecordFacts("test.tracker", "t-1", "USCIS", "clerk", Set.of());

		var staff = Actors.callAs(new Actor("paralegal", "USCIS", Set.of("staff")),
				() -> guard.releaseValues(values, facts, "tracker item"));
		assertThat(staff.values()).containsEntry("name", "Dana Whitfield").containsEntry("office", "FOD")
			.containsEntry("history", PersonalDataGuard.MASK);
		assertThat(staff.maskedFields()).containsExactly("history");
		AuditEvent entry = audit.entries.get(0);
		assertThat(entry.fields()).containsExactly("name");
		assertThat(entry.details()).isEqualTo("masked: history");

		var attorney = Actors.callAs(new Actor("attorney-1", "USCIS", Set.of("attorney")),
				() -> guard.releaseValues(values, facts, "tracker item"));
		assertThat(attorney.values()).containsEntry("history", "Conviction in 2011");
		assertThat(audit.entries.get(1).fields()).containsExactly("name", "history");
	}

	@Test
	void eachRecordOfValuesNeedsItsFacts() {
		assertThatIllegalArgumentException().isThrownBy(() -> Actors.callAs(new Actor("a", "USCIS", Set.of()),
				() -> guard.releaseAllValues(List.of(Map.of()), List.of(), "x")));
	}
}
