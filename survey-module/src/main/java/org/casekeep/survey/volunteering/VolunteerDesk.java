package org.casekeep.survey.volunteering;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.survey.gates.StudyGates;
import org.casekeep.survey.gates.WaveStatus;
import org.casekeep.survey.instruments.InstrumentDesk;
import org.casekeep.survey.instruments.InstrumentView;
import org.casekeep.survey.optout.OptOutList;
import org.casekeep.survey.participants.ContactDetails;
import org.casekeep.survey.participants.ParticipantPanel;
import org.casekeep.survey.participants.ParticipantSource;
import org.casekeep.survey.studies.ResearchTime;
import org.casekeep.survey.studies.StudyAct;
import org.casekeep.survey.studies.StudyRegistry;
import org.casekeep.survey.studies.StudyView;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Volunteer sign-up, indirect recruitment (PIA overview "Recruiting Participants", 1.2, 2.2). The study's recruiters
 * alone, its research unit (3.4: outreach and research units, never those who decide on benefits or enforcement),
 * open and close it, and only while no gate is open: contact data is collection too (1.5, 4.1). Opening gives the
 * study a random 128-bit public code. A volunteer gives a name and an e-mail and/or a phone after the privacy notice
 * of the study's approved instruments (4.1, footnote 4), and becomes a participant with source {@code VOLUNTEER}
 * through the panel, sealed under the study's key like every other. Whether they opted out of research (2.2) or
 * signed up before, they see the same thank-you and nothing is added, so the page tells nobody who is on the list or
 * in the study. The public side checks no actor: the open code is its only authority.
 */
@Service
@Transactional
class VolunteerDesk {

	/** The sign-up as the study's staff page shows it; {@code code} only while it is open. */
	record SignUpView(UUID studyId, String studyTitle, boolean open, @Nullable String code, @Nullable String openedBy,
			@Nullable LocalDate openedOn, @Nullable LocalDate closedOn, @Nullable Long version) {
	}

	/** What the public page shows: the study's title and the notices of its approved instruments. */
	record PublicForm(String studyTitle, List<InstrumentView> instruments) {
	}

	/** The code is unknown, closed, or its study cannot take volunteers now: one neutral answer for all. */
	static class NotOpenException extends RuntimeException {

		NotOpenException() {
			super("Volunteer sign-up is not open", null, false, false);
		}
	}

	static final String ADDED_BY = "volunteer sign-up";

	private final VolunteerSignUps signUps;
	private final StudyRegistry studies;
	private final StudyGates gates;
	private final WaveStatus waves;
	private final InstrumentDesk instruments;
	private final ParticipantPanel panel;
	private final OptOutList optOuts;
	private final AuditTrail audit;
	private final ResearchTime time;
	private final SecureRandom random = new SecureRandom();

	VolunteerDesk(VolunteerSignUps signUps, StudyRegistry studies, StudyGates gates, WaveStatus waves,
			InstrumentDesk instruments, ParticipantPanel panel, OptOutList optOuts, AuditTrail audit,
			ResearchTime time) {
		this.signUps = signUps;
		this.studies = studies;
		this.gates = gates;
		this.waves = waves;
		this.instruments = instruments;
		this.panel = panel;
		this.optOuts = optOuts;
		this.audit = audit;
		this.time = time;
	}

	/** The study's sign-up for its staff page; a study's readers see whether it is open. */
	@Transactional(readOnly = true)
	SignUpView view(UUID studyId) {
		StudyView study = studies.checked(studyId, StudyAct.READ);
		return signUps.findById(studyId).map(s -> view(study, s))
			.orElse(new SignUpView(studyId, study.title(), false, null, null, null, null, null));
	}

	/**
	 * A recruiter of the study opens sign-up, under a new code.
	 * @param version the version the page showed, {@code null} when it was never opened.
	 * @throws StudyGates.GatesOpenException (409) while a gate is open.
	 * @throws WorkflowConflictException (409) if the study is closed, already open, or has no approved instrument
	 * with the five elements of the privacy notice to show.
	 */
	SignUpView open(UUID studyId, @Nullable Long version) {
		StudyView study = recruiting(studyId);
		gates.requireNoneOpen(study);
		if (waves.finalWaveClosed(studyId)) {
			throw new WorkflowConflictException("The study's final wave has closed: it takes no contact data now");
		}
		if (noticed(study).isEmpty()) {
			throw new WorkflowConflictException("The sign-up page shows the privacy notice of an approved instrument "
					+ "before its first field: give an instrument all five elements first (PIA 4.1)");
		}
		String by = Actors.require().username();
		VolunteerSignUp signUp = signUps.findById(studyId).orElse(null);
		if (signUp == null) {
			signUp = new VolunteerSignUp(studyId, newCode(), by, time.today());
		}
		else {
			requireVersion(signUp, version);
			signUp.reopen(newCode(), by, time.today());
		}
		signUps.saveAndFlush(signUp);
		audit.record(AuditEvent.of(AuditAction.UPDATE, VolunteerSignUp.RECORD_TYPE, studyId, study.researchUnit())
			.withFields(List.of("open", "code")).withDetails("volunteer sign-up opened"));
		return view(study, signUp);
	}

	/** A recruiter of the study closes sign-up: its code shows "not open" from now on. */
	SignUpView close(UUID studyId, @Nullable Long version) {
		StudyView study = studies.checked(studyId, StudyAct.RUN);
		panel.checkRecruiter(studyId, study.researchUnit());
		VolunteerSignUp signUp = signUps.findById(studyId)
			.orElseThrow(() -> new WorkflowConflictException("Volunteer sign-up was never opened"));
		requireVersion(signUp, version);
		signUp.close(time.today());
		signUps.saveAndFlush(signUp);
		audit.record(AuditEvent.of(AuditAction.UPDATE, VolunteerSignUp.RECORD_TYPE, studyId, study.researchUnit())
			.withFields(List.of("open")).withDetails("volunteer sign-up closed"));
		return view(study, signUp);
	}

	/** The public page of an open code. @throws NotOpenException otherwise. */
	@Transactional(readOnly = true)
	PublicForm form(String code) {
		VolunteerSignUp signUp = signUps.findByCode(code).filter(VolunteerSignUp::isOpen)
			.orElseThrow(NotOpenException::new);
		StudyView study = taking(signUp);
		return new PublicForm(study.title(), noticed(study));
	}

	/**
	 * A volunteer signs up: checked, then added as a participant of the study unless they opted out of research or
	 * the study holds them already; the same outcome for all three.
	 * @throws NotOpenException if the code is not open or its study cannot take volunteers now.
	 * @throws org.casekeep.kernel.validation.InvalidInputException naming the fields ({@code name}, {@code email},
	 * {@code phone}).
	 */
	void signUp(String code, @Nullable String name, @Nullable String email, @Nullable String phone) {
		VolunteerSignUp signUp = signUps.lockByCode(code).filter(VolunteerSignUp::isOpen)
			.orElseThrow(NotOpenException::new);
		StudyView study = taking(signUp);
		InputCheck input = new InputCheck();
		if (blank(email) && blank(phone)) {
			input.reject("email", "Give an e-mail or a phone");
		}
		ContactDetails contact = ContactDetails.checked(input, "", name, email, phone, null);
		input.throwIfInvalid();
		if (optOuts.isOptedOut(contact.email(), contact.phone())
				|| panel.alreadyHolds(study.id(), contact.email(), contact.phone())) {
			return; // PIA 2.2: never added; the page says the same, so neither list can be probed.
		}
		panel.store(study.id(), study.researchUnit(), ADDED_BY, ParticipantSource.VOLUNTEER, null, null, contact);
	}

	private StudyView recruiting(UUID studyId) {
		StudyView study = studies.collecting(studyId);
		panel.checkRecruiter(studyId, study.researchUnit());
		return study;
	}

	/** The open sign-up's study, when it may take volunteers: not closed, no gate open, its contact data not destroyed. */
	private StudyView taking(VolunteerSignUp signUp) {
		try {
			StudyView study = studies.forRespondent(signUp.getId());
			gates.requireNoneOpen(study);
			// Overview "Wave Surveys": after the final wave the study keeps no contact data, and takes none.
			if (waves.finalWaveClosed(study.id()) || noticed(study).isEmpty()) {
				throw new NotOpenException();
			}
			return study;
		}
		catch (WorkflowConflictException ex) {
			throw new NotOpenException();
		}
	}

	/** The approved instruments whose privacy notice has all five elements (PIA 4.1, footnote 4). */
	private List<InstrumentView> noticed(StudyView study) {
		return instruments.forRespondent(study).stream().filter(i -> i.notice().authority() != null
				&& i.notice().purpose() != null && i.notice().routineUses() != null && i.notice().voluntary() != null
				&& i.notice().effects() != null).toList();
	}

	private String newCode() {
		byte[] bytes = new byte[16];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static void requireVersion(VolunteerSignUp signUp, @Nullable Long version) {
		if (version == null || version != signUp.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(VolunteerSignUp.class, signUp.getId());
		}
	}

	private static SignUpView view(StudyView study, VolunteerSignUp s) {
		return new SignUpView(study.id(), study.title(), s.isOpen(), s.isOpen() ? s.getCode() : null,
				s.getOpenedBy(), s.getOpenedOn(), s.getClosedOn(), s.getVersion());
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}
}
