package org.casekeep.survey.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.directory.DirectoryPerson;
import org.casekeep.kernel.directory.DirectoryUnavailableException;
import org.casekeep.kernel.directory.PeopleDirectory;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.survey.gates.StudyGates;
import org.casekeep.survey.participants.ParticipantPanel;
import org.casekeep.survey.studies.ResearchMethod;
import org.casekeep.survey.studies.ResearchRoles;
import org.casekeep.survey.studies.ResearchTime;
import org.casekeep.survey.studies.StudyAct;
import org.casekeep.survey.studies.StudyRegistry;
import org.casekeep.survey.studies.StudyView;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scheduling and holding sessions (PIA overview "Interviews", "Ethnographic-based Interviews", "Focus Groups",
 * "Usability Testing"): a session of a study whose method meets people, with participants taken from the study's own
 * (never one who opted out: PIA 4.2) and its team of the study's researchers. It is held only once the study's gates
 * are all closed, by the same check that blocks waves and answers ({@link StudyGates}; PIA 1.5, 2.5, 4.1).
 */
@Service
@Transactional
public class SessionDesk {

	/** What scheduling a session says; every value as typed, checked here. */
	public record SessionDraft(@Nullable String title, @Nullable String scheduledOn,
			@Nullable List<String> participantIds, @Nullable List<String> team) {
	}

	/** A session as the API and pages show it: no personal data, participants by id. */
	public record SessionView(UUID id, UUID studyId, String title, ResearchMethod method, String methodLabel,
			LocalDate scheduledOn, String status, @Nullable String heldBy, @Nullable Instant heldAt,
			List<UUID> participants, List<String> team, long version) {

		static SessionView of(ResearchSession s) {
			return new SessionView(s.getId(), s.getStudyId(), s.getTitle(), s.getMethod(), s.getMethod().label(),
					s.getScheduledOn(), s.getStatus().name(), s.getHeldBy(), s.getHeldAt(),
					s.getParticipants().stream().sorted().toList(), s.getTeam().stream().sorted().toList(),
					s.getVersion());
		}
	}

	private final Sessions sessions;
	private final SessionAccess access;
	private final StudyRegistry studies;
	private final StudyGates gates;
	private final ParticipantPanel panel;
	private final ObjectProvider<PeopleDirectory> directory;
	private final AuditTrail audit;
	private final ResearchTime time;

	SessionDesk(Sessions sessions, SessionAccess access, StudyRegistry studies, StudyGates gates,
			ParticipantPanel panel, ObjectProvider<PeopleDirectory> directory, AuditTrail audit, ResearchTime time) {
		this.sessions = sessions;
		this.access = access;
		this.studies = studies;
		this.gates = gates;
		this.panel = panel;
		this.directory = directory;
		this.audit = audit;
		this.time = time;
	}

	/**
	 * A researcher of the study schedules a session; they are on its team themselves.
	 * @throws WorkflowConflictException (409) if the study is a survey or closed.
	 * @throws org.casekeep.kernel.validation.InvalidInputException (422) naming each field that cannot be taken.
	 */
	public SessionView schedule(UUID studyId, SessionDraft draft) {
		StudyView study = studies.collecting(studyId);
		if (!ResearchSession.METHODS.contains(study.method())) {
			throw new WorkflowConflictException("Sessions are held for interviews, ethnographic interviews, focus "
					+ "groups and usability tests; this study is a " + study.method().label().toLowerCase(Locale.ROOT)
					+ ".");
		}
		Actor actor = Actors.require();
		InputCheck input = new InputCheck();
		String title = input.requiredText("title", draft.title(), "Title", 200);
		LocalDate on = input.required("scheduledOn", draft.scheduledOn(), "Date",
				SessionDesk::date);
		Set<UUID> participants = participants(studyId, study, draft.participantIds(), input);
		Set<String> team = team(study, draft.team(), actor, input);
		input.throwIfInvalid();
		ResearchSession session = sessions.saveAndFlush(new ResearchSession(studyId, study.researchUnit(),
				study.method(), title, on, participants, team, actor.username(), time.now()));
		audit.record(AuditEvent.of(AuditAction.CREATE, ResearchSession.RECORD_TYPE, session.getId(),
				session.getResearchUnit()).withFields(List.of("title", "scheduledOn", "participants", "team")));
		return SessionView.of(session);
	}

	/** The study's sessions the current actor is on the team of; the others are not shown at all. */
	@Transactional(readOnly = true)
	public List<SessionView> list(UUID studyId) {
		studies.checked(studyId, StudyAct.READ);
		return sessions.findByStudyIdOrderByScheduledOnAscCreatedAtAsc(studyId).stream().filter(access::onTeam)
			.map(SessionView::of).toList();
	}

	/** The session, for its team. @throws org.casekeep.kernel.access.RecordNotFoundException for anyone else. */
	@Transactional(readOnly = true)
	public SessionView view(UUID sessionId) {
		return SessionView.of(access.require(sessionId, Operation.READ));
	}

	/**
	 * The team marks the session held.
	 * @throws StudyGates.GatesOpenException (409) naming the open gates while any is.
	 * @throws ObjectOptimisticLockingFailureException (409) if the session changed since {@code version}.
	 */
	public SessionView hold(UUID sessionId, long version) {
		ResearchSession session = access.require(sessionId, Operation.UPDATE);
		requireVersion(session, version);
		gates.requireNoneOpen(studies.collecting(session.getStudyId()));
		session.hold(Actors.require().username(), time.now());
		sessions.saveAndFlush(session);
		audit.record(AuditEvent.of(AuditAction.UPDATE, ResearchSession.RECORD_TYPE, session.getId(),
				session.getResearchUnit()).withFields(List.of("status")).withDetails("session held"));
		return SessionView.of(session);
	}

	static void requireVersion(ResearchSession session, long version) {
		if (session.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(ResearchSession.class, session.getId());
		}
	}

	private Set<UUID> participants(UUID studyId, StudyView study, @Nullable List<String> raw, InputCheck input) {
		List<String> given = raw == null ? List.of() : raw;
		Set<UUID> invitable = Set.copyOf(panel.invitable(studyId));
		Set<UUID> chosen = new LinkedHashSet<>();
		for (int i = 0; i < given.size(); i++) {
			String field = "participantIds[" + i + "]";
			UUID id = input.required(field, given.get(i), "Participant", SessionDesk::uuid);
			if (id != null && !invitable.contains(id)) {
				input.reject(field, "Participant " + id + " is not a participant of this study, or has opted out");
			}
			else if (id != null) {
				chosen.add(id);
			}
		}
		if (given.isEmpty()) {
			input.reject("participantIds", "Choose at least one of the study's participants");
		}
		else if (study.method() == ResearchMethod.ONE_ON_ONE_INTERVIEW && given.size() != 1) {
			input.reject("participantIds", "A one-on-one interview has exactly one participant");
		}
		return chosen;
	}

	/** The team: researchers of the study's unit, as far as the directory can tell; the scheduler always. */
	private Set<String> team(StudyView study, @Nullable List<String> raw, Actor actor, InputCheck input) {
		List<String> given = raw == null ? List.of() : raw;
		Set<String> team = new LinkedHashSet<>();
		PeopleDirectory people = directory.getIfAvailable();
		for (int i = 0; i < given.size(); i++) {
			String field = "team[" + i + "]";
			String username = input.requiredText(field, given.get(i), "Team member", 100);
			if (username == null || username.equalsIgnoreCase(actor.username())) {
				continue;
			}
			username = username.toLowerCase(Locale.ROOT);
			if (people != null && !researcherOf(people, username, study.researchUnit())) {
				input.reject(field, username + " is not a researcher of " + study.researchUnit());
				continue;
			}
			team.add(username);
		}
		return team;
	}

	private static boolean researcherOf(PeopleDirectory people, String username, String unit) {
		try {
			return people.person(username).filter(p -> p.roles().contains(ResearchRoles.RESEARCHER))
				.map(DirectoryPerson::component).filter(unit::equals).isPresent();
		}
		catch (DirectoryUnavailableException ex) {
			throw new WorkflowConflictException("The directory cannot be asked now, so the team cannot be checked; "
					+ "try again later.");
		}
	}

	/** A date typed as YYYY-MM-DD, for {@link InputCheck}; for the quotes as well. */
	public static LocalDate date(String raw) {
		try {
			return LocalDate.parse(raw);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new IllegalArgumentException("Enter the date as YYYY-MM-DD");
		}
	}

	/** An id typed into a form or a JSON body, for {@link InputCheck}; for the quotes as well. */
	public static UUID uuid(String raw) {
		try {
			return UUID.fromString(raw);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Must be an id like 0b5c5c2e-…");
		}
	}

	/** The names of the session's team as the directory knows them, with their usernames, for redaction. */
	@Transactional(readOnly = true)
	List<String> teamNames(ResearchSession session) {
		List<String> names = new ArrayList<>(session.getTeam());
		PeopleDirectory people = directory.getIfAvailable();
		if (people != null) {
			for (String username : session.getTeam()) {
				try {
					people.person(username).map(DirectoryPerson::displayName).ifPresent(names::add);
				}
				catch (DirectoryUnavailableException ex) {
					// The usernames still go through; the page says the directory could not be asked.
				}
			}
		}
		return names;
	}
}
