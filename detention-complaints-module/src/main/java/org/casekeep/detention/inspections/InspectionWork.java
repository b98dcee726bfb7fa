package org.casekeep.detention.inspections;

import java.time.LocalDate;

import org.casekeep.detention.inspections.InspectionFile.Answer;
import org.casekeep.detention.inspections.InspectionFile.FileId;
import org.casekeep.detention.inspections.InspectionFile.Office;
import org.casekeep.detention.inspections.InspectionViews.Detail;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.validation.InputCheck;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a file, from its opening to its final report (PIA overview, "Investigations"): the team, deconfliction
 * with OIG, CRCL, ICE OPR and CBP OPR (or a manager's override with a reason), scheduling, the visit, findings tied to
 * standards, and the report shared with ICE and CBP, revised and finalized. Each goes through
 * {@link InspectionRecords#change}: access (PIA 8.1), the version seen, the file's own guard of its state, and an audit
 * entry naming what changed.
 */
@Service
public class InspectionWork {

	static final int TEXT = 20_000;

	private final InspectionRecords records;
	private final ReferenceData reference;

	InspectionWork(InspectionRecords records, ReferenceData reference) {
		this.records = records;
		this.reference = reference;
	}

	/** Opens a file from its triggering event (PIA overview, 2.3). */
	@Transactional
	public Detail open(@Nullable String triggerKind, @Nullable String triggerCaseNumber,
			@Nullable String triggerDescription, @Nullable String publicSource, @Nullable String facility,
			@Nullable String inspectionType, @Nullable String plannedFrom, @Nullable String plannedTo) {
		InputCheck check = new InputCheck();
		InspectionFile.TriggerKind kind = check.required("triggerKind", triggerKind, "Triggering event",
				Inputs.choice(InspectionFile.TriggerKind.class, "Triggering event"));
		String caseNumber = check.optional("triggerCaseNumber", triggerCaseNumber, Inputs.caseNumber());
		if (kind == InspectionFile.TriggerKind.COMPLAINT && caseNumber == null && !check.hasProblems()) {
			check.reject("triggerCaseNumber", "A file opened from a complaint names the complaint's case number");
		}
		String description = check.requiredText("triggerDescription", triggerDescription, "Triggering event", 4000);
		String source = check.text("publicSource", publicSource, "Source of the public information", 1000);
		if (kind == InspectionFile.TriggerKind.PUBLIC_INFORMATION && source == null) {
			check.reject("publicSource", "Say where the publicly available information was published (PIA 2.3)");
		}
		String facilityCode = check.requiredText("facility", facility, "Facility", 20);
		InspectionFile.InspectionType type = check.required("inspectionType", inspectionType, "Inspection type",
				Inputs.choice(InspectionFile.InspectionType.class, "Inspection type"));
		LocalDate from = date(check, "plannedFrom", plannedFrom, "First day of the planned window");
		LocalDate to = date(check, "plannedTo", plannedTo, "Last day of the planned window");
		if (from != null && to != null && to.isBefore(from)) {
			check.reject("plannedTo", "The planned window must end on or after its first day");
		}
		check.throwIfInvalid();
		return records.open(new InspectionRecords.Opening(kind, caseNumber, description, source, facilityCode, type,
				from, to));
	}

	/** Adds a member to the team: managers assign (PIA 8.1). */
	@Transactional
	public Detail assign(FileId id, @Nullable Long version, @Nullable String username) {
		Actor actor = Actors.require();
		if (!org.casekeep.detention.complaint.OidoRoles.isManager(actor)) {
			throw new AccessDeniedException("OIDO managers assign files");
		}
		InputCheck check = new InputCheck();
		String member = check.required("username", username, "User name", raw -> {
			if (!raw.matches("[A-Za-z0-9._@-]{1,100}")) {
				throw new IllegalArgumentException("A user name is letters, digits, '.', '_', '@' or '-'");
			}
			return raw;
		});
		check.throwIfInvalid();
		return records.change(id, version, "assigned " + member, file -> file.assign(member, records.now()));
	}

	/** Records that an office was asked whether it already investigates the matter. */
	@Transactional
	public Detail ask(FileId id, @Nullable Long version, @Nullable String office) {
		Office asked = office(office);
		return records.change(id, version, "deconfliction asked " + asked.name(),
				file -> file.ask(asked, by(), records.now()));
	}

	/** Records an office's answer: no conflict, a conflict with notes, or no answer given. */
	@Transactional
	public Detail answer(FileId id, @Nullable Long version, @Nullable String office, @Nullable String answer,
			@Nullable String notes) {
		InputCheck check = new InputCheck();
		Office answering = check.required("office", office, "Office",
				Inputs.choice(Office.class, "Office"));
		Answer given = check.required("answer", answer, "Answer", Inputs.choice(Answer.class, "Answer"));
		String text = check.text("answerNotes", notes, "Notes", 4000);
		if (given == Answer.CONFLICT && text == null) {
			check.reject("answerNotes", "Say what the office is investigating, and whom to contact");
		}
		check.throwIfInvalid();
		return records.change(id, version, "deconfliction answer " + answering.name() + " " + given.name(),
				file -> file.answer(answering, given, text, by(), records.now()));
	}

	/** A manager lets the file proceed before deconfliction is complete or clear; the reason is recorded and audited. */
	@Transactional
	public Detail override(FileId id, @Nullable Long version, @Nullable String reason) {
		InputCheck check = new InputCheck();
		String why = check.requiredText("reason", reason, "Reason", 2000);
		check.throwIfInvalid();
		return records.change(id, version, "deconfliction overridden",
				file -> file.override(why, Actors.require(), records.now()));
	}

	/** Schedules the visit once deconfliction is complete and clear, or overridden. */
	@Transactional
	public Detail schedule(FileId id, @Nullable Long version) {
		return records.change(id, version, "scheduled",
				file -> file.schedule(records.ownOverlaps(file), by(), records.now()));
	}

	/** Records the visit: its date and notes. */
	@Transactional
	public Detail visit(FileId id, @Nullable Long version, @Nullable String inspectionDate, @Nullable String notes) {
		InputCheck check = new InputCheck();
		LocalDate date = date(check, "inspectionDate", inspectionDate, "Inspection date");
		String text = check.text("notes", notes, "Notes", TEXT);
		check.throwIfInvalid();
		return records.change(id, version, "visit recorded", file -> file.recordVisit(date, text, by(), records.now()));
	}

	@Transactional
	public Detail writeNotes(FileId id, @Nullable Long version, @Nullable String notes) {
		InputCheck check = new InputCheck();
		String text = check.text("notes", notes, "Notes", TEXT);
		check.throwIfInvalid();
		return records.change(id, version, "notes", file -> file.writeNotes(text, records.now()));
	}

	/** Adds a finding tied to a facility standard of the reference list. */
	@Transactional
	public Detail addFinding(FileId id, @Nullable Long version, @Nullable String standard, @Nullable String text) {
		InputCheck check = new InputCheck();
		String code = check.requiredText("standard", standard, "Standard", 40);
		if (code != null && !reference.standardsByCode().containsKey(code)) {
			check.reject("standard", "Choose a standard from the list");
		}
		String finding = check.requiredText("text", text, "Finding", TEXT);
		check.throwIfInvalid();
		return records.change(id, version, "finding on " + code,
				file -> file.addFinding(code, finding, by(), records.now()));
	}

	/** Writes the draft report, or revises it with ICE's and CBP's feedback. */
	@Transactional
	public Detail writeReport(FileId id, @Nullable Long version, @Nullable String text, @Nullable String feedback) {
		InputCheck check = new InputCheck();
		String report = check.requiredText("reportText", text, "Report", 200_000);
		String answer = check.text("componentFeedback", feedback, "Feedback of ICE and CBP", TEXT);
		check.throwIfInvalid();
		return records.change(id, version, "report written", file -> file.writeReport(report, answer, records.now()));
	}

	@Transactional
	public Detail shareReport(FileId id, @Nullable Long version) {
		return records.change(id, version, "report shared with ICE and CBP", file -> file.shareReport(records.now()));
	}

	/** Finalizes the report; the file and all its records close. */
	@Transactional
	public Detail finalizeReport(FileId id, @Nullable Long version) {
		return records.change(id, version, "report finalized, file closed",
				file -> file.finalizeReport(by(), records.now()));
	}

	private static Office office(@Nullable String raw) {
		InputCheck check = new InputCheck();
		Office office = check.required("office", raw, "Office", Inputs.choice(Office.class, "Office"));
		check.throwIfInvalid();
		return office;
	}

	private static @Nullable LocalDate date(InputCheck check, String field, @Nullable String raw, String label) {
		return check.required(field, raw, label, Inputs.date(label));
	}

	private static String by() {
		return Actors.require().username();
	}
}
