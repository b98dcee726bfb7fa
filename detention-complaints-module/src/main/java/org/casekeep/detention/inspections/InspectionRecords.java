package org.casekeep.detention.inspections;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.casekeep.detention.complaint.OidoRoles;
import org.casekeep.detention.inspections.InspectionFile.FileId;
import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.access.Refusals;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.pii.PersonalDataGuard;
import org.casekeep.kernel.retention.RetentionFacts;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.web.Paging;
import org.casekeep.kernel.web.ResultPage;
import org.casekeep.detention.inspections.InspectionViews.Detail;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening, reading and changing investigation and inspection files. Every path checks the access policy on the record
 * type first (403 for anyone outside inspections, whether or not the file exists, as for complaints); a file the actor
 * may not know of (an unannounced inspection of another team, PIA 1.1) is answered as not found (404), the refusal
 * audited; a file the actor knows of but is not assigned to is refused (403, PIA 8.1). Every output passes the
 * kernel's guard, which audits the read with the fields revealed; every change is audited with the fields it changed.
 */
@Service
public class InspectionRecords {

	/** The record type of files, in audit entries, access rules and retention. */
	public static final String RECORD_TYPE = "detention.inspection";

	/** Purpose recorded in audit entries (PIA 3.1). */
	public static final String PURPOSE = "OIDO investigation and facility inspection";

	private final InspectionFiles files;
	private final Interviewees interviewees;
	private final InspectionAttachments attachments;
	private final ReferenceData reference;
	private final AccessPolicy access;
	private final Refusals refusals;
	private final PersonalDataGuard guard;
	private final AuditTrail audit;
	private final RetentionRegistry retention;
	private final JdbcClient jdbc;
	private final Clock clock = Clock.systemUTC();

	InspectionRecords(InspectionFiles files, Interviewees interviewees, InspectionAttachments attachments,
			ReferenceData reference, AccessPolicy access, Refusals refusals, PersonalDataGuard guard, AuditTrail audit,
			RetentionRegistry retention, JdbcClient jdbc) {
		this.files = files;
		this.interviewees = interviewees;
		this.attachments = attachments;
		this.reference = reference;
		this.access = access;
		this.refusals = refusals;
		this.guard = guard;
		this.audit = audit;
		this.retention = retention;
		this.jdbc = jdbc;
	}

	/** What a junior auditor enters to open a file. */
	public record Opening(InspectionFile.TriggerKind triggerKind, @Nullable String triggerCaseNumber,
			String triggerDescription, @Nullable String publicSource, String facilityCode,
			InspectionFile.InspectionType inspectionType, java.time.LocalDate plannedFrom,
			java.time.LocalDate plannedTo) {
	}

	/** Opens a file, in a transaction; the opener is on its team. */
	@Transactional
	public Detail open(Opening opening) {
		Actor actor = access.check(Operation.CREATE, RecordFacts.ofType(RECORD_TYPE));
		if (!reference.facilitiesByCode().containsKey(opening.facilityCode())) {
			throw InvalidInputException.of("facility", "Choose a facility from the list");
		}
		Instant now = now();
		InspectionFile file;
		try {
			file = new InspectionFile(nextNumber(now), opening.triggerKind(), opening.triggerCaseNumber(),
					opening.triggerDescription(), opening.publicSource(), opening.facilityCode(),
					opening.inspectionType(), opening.plannedFrom(), opening.plannedTo(), actor.username(), now);
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.of(opening.plannedTo().isBefore(opening.plannedFrom()) ? "plannedTo"
					: "triggerCaseNumber", ex.getMessage());
		}
		files.saveAndFlush(file);
		retention.track(RECORD_TYPE, file.getId().toString(), RetentionFacts.created(now));
		audit.record(new AuditEvent(AuditAction.CREATE, RECORD_TYPE, file.getId().toString(), OidoRoles.COMPONENT,
				List.of("fileNumber", "triggerDescription"), PURPOSE, "opened from " + opening.triggerKind().name()
						+ (file.publicInformation() ? " (publicly available information, to be verified)" : "")
						+ " by " + actor.username()));
		return release(file);
	}

	/** The files the actor may know of, newest first, a page at a time; every row is read-audited. */
	@Transactional
	public ResultPage<InspectionViews.Summary> list(Paging paging) {
		Actor actor = access.check(Operation.SEARCH, RecordFacts.ofType(RECORD_TYPE));
		boolean everything = OidoRoles.isManager(actor);
		List<InspectionFile> found = files.known(actor.username(), everything,
				PageRequest.of(paging.page() - 1, paging.size()));
		Map<String, ReferenceData.Facility> facilities = reference.facilitiesByCode();
		List<InspectionViews.Summary> rows = new ArrayList<>();
		Map<InspectionViews.Summary, RecordFacts> facts = new IdentityHashMap<>();
		for (InspectionFile file : found) {
			InspectionViews.Summary row = InspectionViews.Summary.of(file, facilityName(facilities, file));
			rows.add(row);
			facts.put(row, file.facts());
		}
		return paging.of(guard.releaseAll(rows, facts::get, PURPOSE), files.countKnown(actor.username(), everything));
	}

	/** A file with all its records, for its team and managers. */
	@Transactional
	public Detail get(FileId id) {
		return release(find(id, Operation.READ));
	}

	/**
	 * Takes one step on a file, which guards it itself, and audits the fields it changed.
	 * @param version the version the user saw, so that no change is lost.
	 * @throws InvalidInputException naming {@code version} if it is missing.
	 * @throws ObjectOptimisticLockingFailureException if somebody changed the file since.
	 * @throws org.casekeep.kernel.validation.WorkflowConflictException if the file's state refuses the step.
	 */
	@Transactional
	public Detail change(FileId id, @Nullable Long version, String details, Function<InspectionFile, List<String>> step) {
		InspectionFile file = find(id, Operation.UPDATE);
		Inputs.requireVersion(version, file.version(), InspectionFile.class, file.getId());
		List<String> changed = step.apply(file);
		files.saveAndFlush(file);
		audit.record(new AuditEvent(AuditAction.UPDATE, RECORD_TYPE, file.getId().toString(), OidoRoles.COMPONENT,
				changed, PURPOSE, details + " by " + actor().username()));
		return release(file);
	}

	/**
	 * The file for a step of another use case of this package, checked for the operation, in the caller's transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	InspectionFile find(FileId id, Operation operation) {
		Actor actor = access.check(operation, RecordFacts.ofType(RECORD_TYPE));
		InspectionFile file = files.findById(id.value()).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
		if (!file.knownTo(actor)) {
			// PIA 1.1: an unannounced inspection stays confidential; others may not even learn that it exists.
			refusals.refused(operation, file.facts());
			throw new RecordNotFoundException(RECORD_TYPE, id);
		}
		access.check(operation, file.facts());
		return file;
	}

	/**
	 * What another feature (recommendations) may know of a file: its number and whether it was visited. Read access to
	 * the file is required (its team and managers); nothing personal is released, so nothing is read-audited here.
	 */
	@Transactional(readOnly = true)
	public FileReference reference(UUID id) {
		InspectionFile file = find(new FileId(id), Operation.READ);
		return new FileReference(file.getId(), file.fileNumber(), file.inspectionDate() != null, file.facts());
	}

	/** A file as another feature refers to it. */
	public record FileReference(UUID id, String fileNumber, boolean visited, RecordFacts facts) {
	}

	/** The people a file names, for the redaction of a public version: its interviewees and its team's usernames. */
	public record PeopleInFile(List<String> interviewees, List<String> staff) {
	}

	/** A final report, as its public version starts from it. */
	public record FinalReport(UUID fileId, String fileNumber, String facilityName, String text, Instant finalizedAt,
			PeopleInFile people) {
	}

	/**
	 * The final report of a file and the people the file names, for the draft of its public version (PIA overview,
	 * "Investigations": PII is redacted from any publicly issued report). Read access to the file is required; the
	 * read of the report and of the interviewees' names is audited.
	 * @throws org.casekeep.kernel.validation.WorkflowConflictException (409) while the report is not final.
	 */
	@Transactional
	public FinalReport finalReport(UUID id, String purpose) {
		InspectionFile file = find(new FileId(id), Operation.READ);
		if (file.reportStage() != InspectionFile.ReportStage.FINAL || file.reportText() == null) {
			throw new org.casekeep.kernel.validation.WorkflowConflictException("The report of file "
					+ file.fileNumber() + " is not final: only a final report has a public version");
		}
		return new FinalReport(file.getId(), file.fileNumber(), facilityName(reference.facilitiesByCode(), file),
				file.reportText(), java.util.Objects.requireNonNull(file.finalizedAt()), people(file, purpose));
	}

	/**
	 * The people a file names, for redacting a text that comes from the file (a recommendation made from it) before
	 * it is published, in the caller's transaction. Open to OIDO staff who may search inspection files (PIA 8.1:
	 * nobody else), whether or not the file is assigned to them: the caller checks their access to the text itself;
	 * the names go only to the scan, and their read is audited with the purpose.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public PeopleInFile peopleForRedaction(UUID id, String purpose) {
		access.check(Operation.SEARCH, RecordFacts.ofType(RECORD_TYPE));
		return files.findById(id).map(file -> people(file, purpose)).orElse(new PeopleInFile(List.of(), List.of()));
	}

	private PeopleInFile people(InspectionFile file, String purpose) {
		List<String> names = interviewees.findByFileIdOrderByRecordedAt(file.getId()).stream()
			.map(Interviewee::fullName).toList();
		java.util.Set<String> staff = new java.util.TreeSet<>(file.team());
		staff.add(file.createdBy());
		java.util.stream.Stream.of(file.visitedBy(), file.scheduledBy(), file.finalizedBy(), file.overriddenBy())
			.filter(java.util.Objects::nonNull).forEach(staff::add);
		audit.record(new AuditEvent(AuditAction.READ, RECORD_TYPE, file.getId().toString(), OidoRoles.COMPONENT,
				List.of("reportText", "interviewees.fullName", "team"), purpose, names.size()
						+ " interviewee name(s) given to the redaction scan for " + actor().username()));
		return new PeopleInFile(names, List.copyOf(staff));
	}

	/** OIDO's own open files for the same facility and an overlapping window (deconfliction), as the file's numbers. */
	List<String> ownOverlaps(InspectionFile file) {
		return files.overlapping(file.facilityCode(), file.plannedFrom(), file.plannedTo(), file.getId()).stream()
			.map(InspectionFile::fileNumber).toList();
	}

	Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private Actor actor() {
		return org.casekeep.kernel.access.Actors.require();
	}

	private Detail release(InspectionFile file) {
		Actor actor = actor();
		List<InspectionViews.Overlap> overlaps = files.overlapping(file.facilityCode(), file.plannedFrom(),
				file.plannedTo(), file.getId()).stream()
			.map(other -> other.knownTo(actor)
					? new InspectionViews.Overlap(other.getId(), other.fileNumber(), other.plannedFrom(),
							other.plannedTo(), other.status().label(), "Team: " + String.join(", ", other.team()))
					// HIDTA-style pointer: a match, never its content.
					: new InspectionViews.Overlap(null, null, other.plannedFrom(), other.plannedTo(), "Confidential",
							"Ask an OIDO manager"))
			.toList();
		return guard.release(detail(file, overlaps), file.facts(), PURPOSE);
	}

	/**
	 * The file with everything recorded on it, unmasked and without other files' overlaps, for its archive package
	 * (PIA 5.2); the kernel audits the archive as an export.
	 */
	Detail archived(InspectionFile file) {
		return detail(file, List.of());
	}

	private Detail detail(InspectionFile file, List<InspectionViews.Overlap> overlaps) {
		Map<String, ReferenceData.Standard> standards = reference.standardsByCode();
		return new Detail(file.getId(), file.fileNumber(), file.status().name(), file.status().label(),
				file.triggerKind().name(), file.triggerKind().label(), file.triggerCaseNumber(),
				file.triggerDescription(), file.publicInformation(), file.publicSource(), file.facilityCode(),
				facilityName(reference.facilitiesByCode(), file), file.inspectionType().name(),
				file.inspectionType().label(), file.confidential(), file.plannedFrom(), file.plannedTo(),
				file.team().stream().sorted().toList(),
				file.deconfliction().stream().map(InspectionViews.DeconflictionRow::of).toList(),
				file.deconflictionComplete(), overlaps, file.overrideReason(), file.overriddenBy(),
				file.overriddenAt(), file.scheduledBy(), file.scheduledAt(), file.inspectionDate(), file.visitedBy(),
				file.notes(), file.findings().stream().map(f -> new InspectionViews.FindingRow(f.standardCode(),
						standards.containsKey(f.standardCode()) ? standards.get(f.standardCode()).title() : "",
						f.text(), f.recordedBy(), f.recordedAt())).toList(),
				file.reportStage() == null ? null : file.reportStage().name(),
				file.reportStage() == null ? null : file.reportStage().label(), file.reportText(),
				file.componentFeedback(), file.reportSharedAt(), file.finalizedBy(), file.finalizedAt(),
				interviewees.findByFileIdOrderByRecordedAt(file.getId()).stream()
					.map(InspectionViews.IntervieweeView::of).toList(),
				attachments.listed(file.getId()), file.createdBy(), file.createdAt(),
				file.updatedAt(), file.version(), java.util.Set.of());
	}

	private static String facilityName(Map<String, ReferenceData.Facility> facilities, InspectionFile file) {
		ReferenceData.Facility facility = facilities.get(file.facilityCode());
		return facility == null ? file.facilityCode() : facility.label();
	}

	/** {@code OIDO-INS-<year>-<6 digits>}, from one sequence: never the same twice. */
	private String nextNumber(Instant now) {
		long number = jdbc.sql("select nextval('detention.inspection_file_number')").query(Long.class).single();
		return "OIDO-INS-%d-%06d".formatted(Year.from(now.atZone(ZoneOffset.UTC)).getValue(), number % 1_000_000);
	}
}
