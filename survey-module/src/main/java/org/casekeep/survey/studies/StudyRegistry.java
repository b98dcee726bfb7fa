package org.casekeep.survey.studies;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.retention.RetentionFacts;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.casekeep.kernel.validation.InputCheck;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Studies and the gates of their own: creating one, its Privacy Threshold Analysis from submission through the
 * component privacy office's review to the Privacy Office's approval (PIA overview, 2.5), its PRA clearance (1.5,
 * 4.1) and its vendor tool's approvals and settings (overview, "Third Party Vendor Survey Tools"). Every step checks
 * the actor here, so the API and the pages obey the same rules, and is audited with the names of what changed.
 */
@Service
@Transactional
public class StudyRegistry {

	/** The acts of the component privacy office on a study of its component (PIA 2.5). */
	/** The record type a study is audited and retained under. */
	public static final String RECORD_TYPE = Study.RECORD_TYPE;

	static final String REVIEW_TYPE = "survey.study.review";
	/** The acts of the DHS Privacy Office on any study (PIA overview, 2.5). */
	static final String APPROVAL_TYPE = "survey.study.approval";

	/** OMB control numbers read ####-####, e.g. 1601-0001. */
	private static final Pattern OMB_NUMBER = Pattern.compile("\\d{4}-\\d{4}");

	private final Studies studies;
	private final AccessPolicy policy;
	private final AuditTrail audit;
	private final RetentionRegistry retention;
	private final ResearchTime time;

	StudyRegistry(Studies studies, AccessPolicy policy, AuditTrail audit, RetentionRegistry retention,
			ResearchTime time) {
		this.studies = studies;
		this.policy = policy;
		this.audit = audit;
		this.retention = retention;
		this.time = time;
	}

	/** A researcher creates a study of their own unit (their component). */
	public StudyView create(StudyDraft draft) {
		Actor actor = policy.check(Operation.CREATE, RecordFacts.ofType(Study.RECORD_TYPE));
		if (actor.component() == null) {
			throw new org.springframework.security.access.AccessDeniedException("A researcher needs a component");
		}
		StudyValues values = validate(draft);
		Instant now = time.now();
		Study study = studies.save(new Study(values, actor.component(), actor.username(), now));
		// PIA 1.4: GRS 6.5 item 010 counts from the study's close; tracked from now, counting once it closes.
		retention.track(Study.RECORD_TYPE, study.getId().toString(), RetentionFacts.created(now));
		audit.record(AuditEvent.of(AuditAction.CREATE, Study.RECORD_TYPE, study.getId(), study.getResearchUnit())
			.withFields(List.of("title", "method", "purpose", "population", "federalEmployeesOnly",
					"plannedParticipants", "startsOn", "endsOn", "vendorTool")));
		return StudyView.of(study, time.today());
	}

	/** The studies the actor may see: their unit's for a researcher, their component's for its privacy office. */
	@Transactional(readOnly = true)
	public List<StudyView> list() {
		Actor actor = policy.check(Operation.SEARCH, RecordFacts.ofType(Study.RECORD_TYPE));
		LocalDate today = time.today();
		return studies.newestFirst().stream()
			.filter(study -> policy.permits(actor, Operation.READ, study.facts()))
			.map(study -> StudyView.of(study, today))
			.toList();
	}

	/**
	 * The study, after checking the current actor may do the act; for the instruments and the gates as well.
	 * @throws RecordNotFoundException if there is no such study.
	 * @throws org.springframework.security.access.AccessDeniedException if the actor may not (audited).
	 */
	@Transactional(readOnly = true)
	public StudyView checked(UUID id, StudyAct act) {
		Study study = find(id);
		check(study, act);
		return StudyView.of(study, time.today());
	}

	/** What the current actor may do with the study, for the pages to offer only that. */
	@Transactional(readOnly = true)
	public Set<StudyAct> allowed(StudyView study) {
		Actor actor = Actors.require();
		RecordFacts facts = RecordFacts.of(Study.RECORD_TYPE, study.id(), study.researchUnit(), study.researcher());
		return Arrays.stream(StudyAct.values())
			.filter(act -> policy.permits(actor, operation(act), retyped(facts, act)))
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(StudyAct.class)));
	}

	/** The researcher submits the PTA. */
	public StudyView submitPta(UUID id) {
		Study study = find(id);
		Actor actor = check(study, StudyAct.RUN);
		study.submitPta(actor.username(), time.now());
		return changed(study, List.of("ptaState"), "PTA submitted");
	}

	/** The component privacy office reviews the PTA (PIA 2.5). */
	public StudyView reviewPta(UUID id) {
		Study study = find(id);
		Actor actor = check(study, StudyAct.REVIEW);
		study.reviewPta(actor.username(), time.now());
		return changed(study, List.of("ptaState"), "PTA reviewed");
	}

	/** The DHS Privacy Office approves the PTA (PIA overview). */
	public StudyView approvePta(UUID id) {
		Study study = find(id);
		Actor actor = check(study, StudyAct.APPROVE);
		study.approvePta(actor.username(), time.now());
		return changed(study, List.of("ptaState"), "PTA approved");
	}

	/** The researcher records the PRA clearance (PIA 1.5, 4.1). */
	public StudyView recordClearance(UUID id, ClearanceDraft draft) {
		Study study = find(id);
		check(study, StudyAct.RUN);
		InputCheck input = new InputCheck();
		String number = input.optional("ombControlNumber", draft.ombControlNumber(), raw -> {
			if (!OMB_NUMBER.matcher(raw).matches()) {
				throw new IllegalArgumentException("OMB control number must read ####-####, e.g. 1601-0001");
			}
			return raw;
		});
		LocalDate expires = input.optional("ombExpiresOn", draft.ombExpiresOn(), raw -> date(raw, "OMB expiry"));
		String icr = input.optional("icrRetention", draft.icrRetention(), raw -> {
			try {
				Period period = Period.parse(raw.toUpperCase(Locale.ROOT));
				if (period.isNegative() || period.isZero()) {
					throw new IllegalArgumentException("The ICR's retention period must be longer than zero");
				}
				return period.toString();
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException("The ICR's retention period must read like P3Y (3 years) or P18M");
			}
		});
		LocalDate notice = input.optional("federalRegisterNoticeOn", draft.federalRegisterNoticeOn(),
				raw -> date(raw, "Federal Register notice date"));
		input.throwIfInvalid();
		List<String> fields = study.recordClearance(number, expires, icr, notice, time.now());
		return changed(study, fields, "PRA clearance recorded");
	}

	/** The researcher records the vendor tool's settings (PIA overview: IP and e-mail collection disabled). */
	public StudyView recordVendorSettings(UUID id, boolean ipCollectionDisabled, boolean emailCollectionDisabled) {
		Study study = find(id);
		check(study, StudyAct.RUN);
		study.recordVendorSettings(ipCollectionDisabled, emailCollectionDisabled, time.now());
		return changed(study, List.of("vendorIpCollectionDisabled", "vendorEmailCollectionDisabled"),
				"vendor settings recorded");
	}

	/**
	 * The Privacy Office approves the vendor tool, or records Public Affairs' approval of it (PIA overview).
	 * @param office {@code PRIVACY_OFFICE} or {@code PUBLIC_AFFAIRS}.
	 */
	public StudyView approveVendor(UUID id, @Nullable String office) {
		Study study = find(id);
		Actor actor = check(study, StudyAct.APPROVE);
		String which = office == null ? "" : office.strip().toUpperCase(Locale.ROOT);
		switch (which) {
			case "PRIVACY_OFFICE" -> study.approveVendorForPrivacyOffice(actor.username(), time.now());
			case "PUBLIC_AFFAIRS" -> study.approveVendorForPublicAffairs(actor.username(), time.now());
			default -> throw org.casekeep.kernel.validation.InvalidInputException.of("office",
					"Office must be PRIVACY_OFFICE or PUBLIC_AFFAIRS");
		}
		return changed(study, List.of(which.equals("PRIVACY_OFFICE") ? "vendorPrivacyOffice" : "vendorPublicAffairs"),
				"vendor tool approved");
	}

	/**
	 * The research unit closes the study; its records are destroyed one year later under GRS 6.5 item 010 by the
	 * kernel's sweeper, with its instruments and waves (PIA 1.4, 5.1).
	 */
	public StudyView close(UUID id) {
		Study study = find(id);
		Actor actor = check(study, StudyAct.RUN);
		Instant now = time.now();
		study.close(actor.username(), now);
		retention.track(Study.RECORD_TYPE, id.toString(),
				new RetentionFacts(study.getCreatedAt(), now, now, null));
		return changed(study, List.of("closedAt"), "study closed");
	}

	/**
	 * The study, for a collection action: the actor must run it and it must not be closed.
	 * @throws org.casekeep.kernel.validation.WorkflowConflictException (409) if it is closed.
	 */
	@Transactional(readOnly = true)
	public StudyView collecting(UUID id) {
		Study study = find(id);
		check(study, StudyAct.RUN);
		study.requireOpen();
		return StudyView.of(study, time.today());
	}

	/**
	 * The study for a respondent holding a valid invitation, who signs in as nobody: the invitation is their only
	 * authority, so no actor is checked here; the caller checks the gates next (PIA 1.5, 4.1).
	 * @throws RecordNotFoundException if there is no such study.
	 * @throws org.casekeep.kernel.validation.WorkflowConflictException (409) if it is closed.
	 */
	@Transactional(readOnly = true)
	public StudyView forRespondent(UUID id) {
		Study study = find(id);
		study.requireOpen();
		return StudyView.of(study, time.today());
	}

	private StudyView changed(Study study, List<String> fields, String details) {
		studies.saveAndFlush(study);
		audit.record(AuditEvent.of(AuditAction.UPDATE, Study.RECORD_TYPE, study.getId(), study.getResearchUnit())
			.withFields(fields).withDetails(details));
		return StudyView.of(study, time.today());
	}

	private Study find(UUID id) {
		return studies.findById(id).orElseThrow(() -> new RecordNotFoundException(Study.RECORD_TYPE, id));
	}

	private Actor check(Study study, StudyAct act) {
		Actor actor = policy.check(operation(act), retyped(study.facts(), act));
		if ((act == StudyAct.REVIEW || act == StudyAct.APPROVE) && study.isOwnWorkOf(actor.username())) {
			// PIA 2.5: the research unit's work is reviewed and approved by others, never by its own researcher.
			audit.refused(operation(act), retyped(study.facts(), act));
			throw new SeparationOfDutiesException("Separation of duties: the researcher of a study cannot review or "
					+ "approve it themselves.");
		}
		return actor;
	}

	private static Operation operation(StudyAct act) {
		return act == StudyAct.READ ? Operation.READ : Operation.UPDATE;
	}

	private static RecordFacts retyped(RecordFacts facts, StudyAct act) {
		String type = switch (act) {
			case READ, RUN -> Study.RECORD_TYPE;
			case REVIEW -> REVIEW_TYPE;
			case APPROVE -> APPROVAL_TYPE;
		};
		return new RecordFacts(type, facts.recordId(), facts.owningComponent(), facts.ownerUsername(),
				facts.assignees());
	}

	private static StudyValues validate(StudyDraft draft) {
		InputCheck input = new InputCheck();
		String title = input.requiredText("title", draft.title(), "Title", 200);
		ResearchMethod method = input.required("method", draft.method(), "Method",
				raw -> constant(ResearchMethod.class, raw, "Method"));
		String purpose = input.requiredText("purpose", draft.purpose(), "Purpose", 4000);
		Population population = input.required("population", draft.population(), "Population",
				raw -> constant(Population.class, raw, "Population"));
		boolean employeesOnly = Boolean.TRUE.equals(draft.federalEmployeesOnly());
		if (employeesOnly && population != null && population != Population.EMPLOYEES_AND_CONTRACTORS) {
			input.reject("federalEmployeesOnly", "Only a study of employees and contractors can be of federal "
					+ "employees only");
		}
		Integer planned = input.required("plannedParticipants", draft.plannedParticipants(), "Planned participants",
				raw -> {
					try {
						int value = Integer.parseInt(raw);
						if (value < 1 || value > 10_000_000) {
							throw new IllegalArgumentException("Planned participants must be between 1 and 10000000");
						}
						return value;
					}
					catch (NumberFormatException ex) {
						throw new IllegalArgumentException("Planned participants must be a whole number");
					}
				});
		LocalDate starts = input.required("startsOn", draft.startsOn(), "Start date", raw -> date(raw, "Start date"));
		LocalDate ends = input.required("endsOn", draft.endsOn(), "End date", raw -> date(raw, "End date"));
		if (starts != null && ends != null && ends.isBefore(starts)) {
			input.reject("endsOn", "End date must not be before the start date");
		}
		String vendor = input.text("vendorTool", draft.vendorTool(), "Vendor tool", 200);
		input.throwIfInvalid();
		return new StudyValues(title, method, purpose, population, employeesOnly, planned, starts, ends, vendor);
	}

	private static <E extends Enum<E>> E constant(Class<E> type, String raw, String label) {
		try {
			return Enum.valueOf(type, raw.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(label + " must be one of " + Arrays.toString(type.getEnumConstants()));
		}
	}

	private static LocalDate date(String raw, String label) {
		try {
			return LocalDate.parse(raw);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(label + " must be a date as YYYY-MM-DD");
		}
	}
}
