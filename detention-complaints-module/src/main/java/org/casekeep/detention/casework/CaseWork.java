package org.casekeep.detention.casework;

import org.casekeep.detention.complaint.ComplaintCase.ComplaintId;
import org.casekeep.detention.complaint.ComplaintRecords;
import org.casekeep.detention.complaint.ComplaintView;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.validation.InputCheck;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of case work by OIDO analysts and managers. Each goes through {@link ComplaintRecords#change}: access
 * (PIA 8.1), the version seen, the complaint's own guard of its state, and an audit entry naming what changed.
 */
@Service
public class CaseWork {

	static final int NOTE = 20_000;

	private final ComplaintRecords records;

	CaseWork(ComplaintRecords records) {
		this.records = records;
	}

	/** Records a correction beside the data as received (PIA 2.4, 7.2); the original is kept as it was. */
	@Transactional
	public ComplaintView correct(ComplaintId id, @Nullable Long version, @Nullable String field,
			@Nullable String correctedValue, @Nullable String reason) {
		InputCheck check = new InputCheck();
		String element = check.requiredText("field", field, "Element", 60);
		String value = check.text("correctedValue", correctedValue, "Corrected value", NOTE);
		String why = check.requiredText("reason", reason, "Reason", 1000);
		check.throwIfInvalid();
		return records.change(id, version, "correction of " + element,
				complaint -> complaint.correct(element, value, why, by(), records.now()));
	}

	@Transactional
	public ComplaintView addResearchNote(ComplaintId id, @Nullable Long version, @Nullable String text) {
		InputCheck check = new InputCheck();
		String note = check.requiredText("text", text, "Note", NOTE);
		check.throwIfInvalid();
		return records.change(id, version, "research note",
				complaint -> complaint.addResearchNote(note, by(), records.now()));
	}

	@Transactional
	public ComplaintView close(ComplaintId id, @Nullable Long version, @Nullable String resolution) {
		InputCheck check = new InputCheck();
		String how = check.requiredText("resolution", resolution, "Resolution", 4000);
		check.throwIfInvalid();
		return records.change(id, version, "closed", complaint -> complaint.close(how, by(), records.now()));
	}

	@Transactional
	public ComplaintView reopen(ComplaintId id, @Nullable Long version, @Nullable String reason) {
		InputCheck check = new InputCheck();
		String why = check.requiredText("reason", reason, "Reason", 1000);
		check.throwIfInvalid();
		return records.change(id, version, "reopened", complaint -> complaint.reopen(why, by(), records.now()));
	}

	private static String by() {
		return Actors.require().username();
	}
}
