package org.casekeep.kernel.retention;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.casekeep.kernel.pii.PersonalDataCatalog;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * What the kernel refuses at start-up so that no record is ever tracked and then left undestroyed, and that a record
 * type's schedule is declared once: on its own type, or through its holder.
 */
class RetentionDispatchTests {

	@PersonalDataRecord(type = "test.letter", retention = "N1_563_07_001", legalBasis = "test")
	static class Letter {
	}

	@PersonalDataRecord(type = "test.letter-attachment", partOf = "test.letter", legalBasis = "test")
	static class LetterAttachment {
	}

	@PersonalDataRecord(type = "test.note", retention = "GRS_5_2_010", legalBasis = "test")
	static class Note {
	}

	@PersonalDataRecord(type = "test.orphan", partOf = "test.nowhere", legalBasis = "test")
	static class Orphan {
	}

	@PersonalDataRecord(type = "test.undecided", legalBasis = "test")
	static class Undecided {
	}

	@PersonalDataRecord(type = "test.both", retention = "GRS_5_2_010", partOf = "test.letter", legalBasis = "test")
	static class Both {
	}

	final List<UUID> destroyed = new ArrayList<>();

	@Test
	void everyRecordTypeTrackedOnItsOwnHasItsDestroyerAndPartsNeedNone() {
		PersonalDataCatalog catalog = PersonalDataCatalog.of(Letter.class, LetterAttachment.class, Note.class);
		new RetentionDispatch(List.of(destroyer("test.letter"), destroyer("test.note")),
					List.of(), catalog, null, null, null);
		assertThat(catalog.require("test.letter-attachment").trackedOnItsOwn()).isFalse();
		assertThat(catalog.require("test.letter-attachment").retention())
			.as("a part is kept under its holder's schedule").isEqualTo("N1_563_07_001");
	}

	@Test
	void aRecordTypeWithoutADestroyerStopsTheStart() {
		PersonalDataCatalog catalog = PersonalDataCatalog.of(Letter.class, LetterAttachment.class, Note.class);
		assertThatIllegalStateException()
			.isThrownBy(() -> new RetentionDispatch(List.of(destroyer("test.letter")),
					List.of(), catalog, null, null, null))
			.withMessageContaining("test.note")
			.withMessageNotContaining("test.letter-attachment");
	}

	@Test
	void aDestroyerOfAnUndeclaredTypeOrAPartStopsTheStart() {
		PersonalDataCatalog catalog = PersonalDataCatalog.of(Letter.class, LetterAttachment.class);
		assertThatIllegalStateException()
			.isThrownBy(() -> new RetentionDispatch(List.of(destroyer("test.letter"), destroyer("test.letter-attachment")),
					List.of(), catalog, null, null, null))
			.withMessageContaining("test.letter-attachment");
		assertThatIllegalStateException()
			.isThrownBy(() -> new RetentionDispatch(List.of(destroyer("test.letter"), destroyer("test.unknown")),
					List.of(), catalog, null, null, null))
			.withMessageContaining("test.unknown");
	}

	@Test
	void twoDestroyersOfOneTypeStopTheStart() {
		PersonalDataCatalog catalog = PersonalDataCatalog.of(Letter.class);
		assertThatIllegalStateException()
			.isThrownBy(() -> new RetentionDispatch(List.of(destroyer("test.letter"), destroyer("test.letter")),
					List.of(), catalog, null, null, null))
			.withMessageContaining("Two destroyers");
	}

	@Test
	void aRecordTypeNamesExactlyOneOfAScheduleOrAHolderThatIsDeclared() {
		assertThatIllegalStateException().isThrownBy(() -> PersonalDataCatalog.of(Letter.class, Orphan.class))
			.withMessageContaining("test.nowhere");
		assertThatIllegalStateException().isThrownBy(() -> PersonalDataCatalog.of(Undecided.class))
			.withMessageContaining("neither");
		assertThatIllegalStateException().isThrownBy(() -> PersonalDataCatalog.of(Letter.class, Both.class))
			.withMessageContaining("cannot name a schedule");
	}

	@Test
	void anArchiverOfATypeNotTrackedOnItsOwnStopsTheStart() {
		PersonalDataCatalog catalog = PersonalDataCatalog.of(Letter.class, LetterAttachment.class);
		assertThatIllegalStateException()
			.isThrownBy(() -> new RetentionDispatch(List.of(destroyer("test.letter")),
					List.of(archiver("test.letter-attachment")), catalog, null, null, null))
			.withMessageContaining("RecordArchivers are registered for [test.letter-attachment]");
	}

	private static RecordArchiver archiver(String type) {
		return new RecordArchiver() {
			@Override
			public String recordType() {
				return type;
			}

			@Override
			public List<Entry> archive(String recordId) {
				return List.of();
			}
		};
	}

	@Test
	void aDestroyerOfUuidRecordsGetsTheRecordsId() {
		UUID id = UUID.randomUUID();
		destroyer("test.letter").destroy(id.toString());
		assertThat(destroyed).containsExactly(id);
	}

	private RecordDestroyer destroyer(String type) {
		return RecordDestroyer.of(type, destroyed::add);
	}
}
