package org.casekeep.survey.recruiting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.recruitment.RecruitmentCandidatesOffered;
import org.casekeep.kernel.recruitment.RecruitmentListRequested;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.survey.gates.StudyGates;
import org.casekeep.survey.optout.OptOutList;
import org.casekeep.survey.participants.ContactDetails;
import org.casekeep.survey.participants.ParticipantPanel;
import org.casekeep.survey.participants.ParticipantSource;
import org.casekeep.survey.participants.ParticipantView;
import org.casekeep.survey.studies.ResearchTime;
import org.casekeep.survey.studies.StudyAct;
import org.casekeep.survey.studies.StudyRegistry;
import org.casekeep.survey.studies.StudyView;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recruiting a study's participants, only by the researchers of its research unit (PIA overview "Recruiting
 * Participants": research units, never those who decide on benefits or enforcement): adding one directly, taking an
 * export of another Department system with its source and Privacy Act Statement (1.2, 2.2, 3.1), or asking the CRM,
 * once every gate is closed, and taking its answer once. The opt-out list is honoured on each path (2.2): an
 * opted-out person is never added. Contact details are sealed under the study's key before they are stored and only
 * released through the kernel's guard, which audits every read (3.4).
 */
@Service
@Transactional
class ParticipantRecruitment {

	/** A person to add, as a recruiter or an export gives them. */
	record ContactDraft(@Nullable String name, @Nullable String email, @Nullable String phone,
			@Nullable String address) {
	}

	/** An export of another Department system (PIA 1.2, 3.1). */
	record ImportDraft(@Nullable String sourceSystem, @Nullable String privacyActStatement,
			@Nullable List<ContactDraft> rows) {
	}

	/** What an import did: how many were added and which rows were refused as opted out (by position only). */
	record ImportView(UUID id, String sourceSystem, String privacyActStatement, int added, List<Integer> optedOutRows) {
	}

	/** A request to the CRM as the recruiter sees it. */
	record RequestView(UUID id, UUID studyId, String requestedBy, Instant requestedAt, @Nullable Instant answeredAt,
			@Nullable Integer offered, @Nullable Integer added, @Nullable Integer optedOut, @Nullable String refusal) {

		static RequestView of(RecruitmentRequest r) {
			return new RequestView(r.getId(), r.getStudyId(), r.getRequestedBy(), r.getRequestedAt(),
					r.getAnsweredAt(), r.getOffered(), r.getAdded(), r.getOptedOut(), r.getRefusal());
		}
	}

	/** Refused: the person opted out of research (PIA 2.2). Says nothing more about them. */
	static class OptedOutException extends WorkflowConflictException {

		OptedOutException() {
			super("This person opted out of future research and cannot be added to any study");
		}
	}

	static final int MAX_IMPORT_ROWS = 10_000;

	private final StudyRegistry studies;
	private final StudyGates gates;
	private final ParticipantPanel panel;
	private final ParticipantImports imports;
	private final RecruitmentRequests requests;
	private final OptOutList optOuts;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final ResearchTime time;

	ParticipantRecruitment(StudyRegistry studies, StudyGates gates, ParticipantPanel panel,
			ParticipantImports imports, RecruitmentRequests requests, OptOutList optOuts, AuditTrail audit,
			ApplicationEventPublisher events, ResearchTime time) {
		this.studies = studies;
		this.gates = gates;
		this.panel = panel;
		this.imports = imports;
		this.requests = requests;
		this.optOuts = optOuts;
		this.audit = audit;
		this.events = events;
		this.time = time;
	}

	/** A recruiter adds one person directly. @throws OptedOutException (409) if they opted out. */
	ParticipantView add(UUID studyId, ContactDraft draft) {
		StudyView study = recruiting(studyId);
		InputCheck input = new InputCheck();
		ContactDetails contact = ContactDetails.checked(input, "", draft.name(), draft.email(), draft.phone(),
				draft.address());
		input.throwIfInvalid();
		if (optOuts.isOptedOut(contact.email(), contact.phone())) {
			throw new OptedOutException();
		}
		UUID participant = store(study, ParticipantSource.DIRECT, null, null, contact);
		return panel.released(participant, contact);
	}

	/**
	 * A recruiter takes in an export of another Department system: every row checked first (nothing is stored if one
	 * is wrong), opted-out rows refused and counted, the rest added under one import naming the source and its
	 * Privacy Act Statement.
	 */
	ImportView importExport(UUID studyId, ImportDraft draft) {
		StudyView study = recruiting(studyId);
		InputCheck input = new InputCheck();
		String source = input.requiredText("sourceSystem", draft.sourceSystem(), "Source system", 200);
		String statement = input.requiredText("privacyActStatement", draft.privacyActStatement(),
				"Privacy Act Statement of the source", 8000);
		List<ContactDraft> rows = draft.rows() == null ? List.of() : draft.rows();
		if (rows.isEmpty()) {
			input.reject("rows", "The export has no rows");
		}
		else if (rows.size() > MAX_IMPORT_ROWS) {
			input.reject("rows", "An export takes at most " + MAX_IMPORT_ROWS + " rows");
		}
		List<ContactDetails> contacts = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size() && i < MAX_IMPORT_ROWS; i++) {
			ContactDraft row = rows.get(i);
			contacts.add(ContactDetails.checked(input, "rows[" + i + "].", row.name(), row.email(), row.phone(),
					row.address()));
		}
		input.throwIfInvalid();
		ParticipantImport taken = imports.save(new ParticipantImport(studyId, source, statement,
				org.casekeep.kernel.access.Actors.require().username(), time.today()));
		List<Integer> refused = new ArrayList<>();
		int added = 0;
		for (int i = 0; i < contacts.size(); i++) {
			ContactDetails contact = contacts.get(i);
			if (optOuts.isOptedOut(contact.email(), contact.phone())) {
				refused.add(i);
			}
			else {
				store(study, ParticipantSource.IMPORT, taken.getId(), null, contact);
				added++;
			}
		}
		taken.counted(added, refused.size());
		imports.saveAndFlush(taken);
		return new ImportView(taken.getId(), source, statement, added, List.copyOf(refused));
	}

	/**
	 * A recruiter asks the CRM for candidates, only once every gate of the study is closed (PIA 1.5, 4.1: no
	 * collection, and so no recruitment from other systems, before approval).
	 * @throws StudyGates.GatesOpenException (409) naming the open gates.
	 */
	RequestView requestFromCrm(UUID studyId, @Nullable String issue, @Nullable String state,
			@Nullable String component) {
		StudyView study = recruiting(studyId);
		gates.requireNoneOpen(study);
		org.casekeep.kernel.access.Actor actor = org.casekeep.kernel.access.Actors.require();
		RecruitmentRequest request = requests.saveAndFlush(new RecruitmentRequest(studyId, study.researchUnit(),
				actor.username(), time.now(), blankToNull(issue), blankToNull(state), blankToNull(component)));
		audit.record(AuditEvent.of(AuditAction.CREATE, "survey.recruitment_request", request.getId(),
				study.researchUnit()).withDetails("candidates requested from the CRM"));
		events.publishEvent(new RecruitmentListRequested(request.getId(), studyId, actor.username(),
				study.researchUnit(), request.getFilterIssue(), request.getFilterState(),
				request.getFilterComponent()));
		return RequestView.of(request);
	}

	/**
	 * The CRM's answer, as the system: taken once per request (a second delivery adds nobody), opted-out candidates
	 * left out, an answer to a request that does not exist ignored.
	 */
	void takeOffer(RecruitmentCandidatesOffered offer) {
		RecruitmentRequest request = requests.lockById(offer.requestId()).orElse(null);
		if (request == null || request.isAnswered() || !request.getStudyId().equals(offer.studyId())) {
			return;
		}
		int added = 0;
		int optedOut = 0;
		for (RecruitmentCandidatesOffered.Candidate candidate : offer.candidates()) {
			if (optOuts.isOptedOut(candidate.email(), candidate.workPhone())) {
				optedOut++;
				continue;
			}
			String name = (candidate.firstName() + " " + candidate.lastName()).strip();
			String address = candidate.address() == null ? null : String.join(", ", candidate.address().lines());
			panel.store(request.getStudyId(), request.getResearchUnit(), request.getRequestedBy(), ParticipantSource.CRM,
					null, request.getId(), new ContactDetails(name, candidate.email(), candidate.workPhone(), address));
			added++;
		}
		request.answered(time.now(), offer.candidates().size(), added, optedOut, offer.refusal());
		requests.saveAndFlush(request);
	}

	/** The study's participants, contact details released to its recruiters and audited, masked for anyone else. */
	List<ParticipantView> list(UUID studyId) {
		StudyView study = studies.checked(studyId, StudyAct.READ);
		return panel.list(studyId, study.researchUnit());
	}

	/** The study's requests to the CRM. */
	@Transactional(readOnly = true)
	List<RequestView> requests(UUID studyId) {
		recruiting(studyId);
		return requests.findByStudyIdOrderByRequestedAt(studyId).stream().map(RequestView::of).toList();
	}

	private StudyView recruiting(UUID studyId) {
		StudyView study = studies.collecting(studyId);
		panel.checkRecruiter(studyId, study.researchUnit());
		return study;
	}

	private UUID store(StudyView study, ParticipantSource source, @Nullable UUID importId, @Nullable UUID requestId,
			ContactDetails contact) {
		return panel.store(study.id(), study.researchUnit(), org.casekeep.kernel.access.Actors.require().username(),
				source, importId, requestId, contact);
	}

	private static @Nullable String blankToNull(@Nullable String raw) {
		return raw == null || raw.isBlank() ? null : raw.strip();
	}
}
