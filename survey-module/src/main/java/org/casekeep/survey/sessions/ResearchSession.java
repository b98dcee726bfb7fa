package org.casekeep.survey.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.db.AssignedIdEntity;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.survey.studies.ResearchMethod;
import org.jspecify.annotations.Nullable;

/**
 * One interview, ethnographic interview, focus group or usability test of a study: when it is scheduled, which of
 * the study's participants take part, and its team, the researchers who run it and alone may see what it holds
 * (PIA overview "Interviews", "Focus Groups", "Usability Testing"; 8.3: need to know). It holds no personal data
 * itself: participants are referred to by id. Kept and destroyed with its study.
 */
@Entity
@Table(schema = "survey", name = "research_session")
@PersonalDataRecord(type = ResearchSession.RECORD_TYPE, partOf = "survey.study",
		legalBasis = "PRA 44 U.S.C. 3501 (Customer Research PIA 1.1)",
		source = "Customer Research PIA, overview \"Interviews\", \"Focus Groups\", \"Usability Testing\"")
class ResearchSession extends AssignedIdEntity {

	static final String RECORD_TYPE = "survey.session";

	/** The methods that meet people in sessions; a survey has none (PIA overview). */
	static final Set<ResearchMethod> METHODS = Set.of(ResearchMethod.ONE_ON_ONE_INTERVIEW,
			ResearchMethod.ETHNOGRAPHIC_INTERVIEW, ResearchMethod.FOCUS_GROUP, ResearchMethod.USABILITY_TEST);

	enum Status {
		SCHEDULED, HELD
	}

	@Id
	private UUID id;

	private UUID studyId;

	private String researchUnit;

	@Enumerated(EnumType.STRING)
	private ResearchMethod method;

	private String title;

	private LocalDate scheduledOn;

	@Enumerated(EnumType.STRING)
	private Status status = Status.SCHEDULED;

	private @Nullable String heldBy;

	private @Nullable Instant heldAt;

	private String createdBy;

	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(schema = "survey", name = "session_team_member", joinColumns = @JoinColumn(name = "session_id"))
	@Column(name = "username")
	private Set<String> team = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(schema = "survey", name = "session_participant", joinColumns = @JoinColumn(name = "session_id"))
	@Column(name = "participant_id")
	private Set<UUID> participants = new LinkedHashSet<>();

	@Version
	private long version;

	protected ResearchSession() {
	}

	ResearchSession(UUID studyId, String researchUnit, ResearchMethod method, String title, LocalDate scheduledOn,
			Set<UUID> participants, Set<String> team, String createdBy, Instant now) {
		this.id = UUID.randomUUID();
		this.studyId = studyId;
		this.researchUnit = researchUnit;
		this.method = method;
		this.title = title;
		this.scheduledOn = scheduledOn;
		this.participants.addAll(participants);
		this.team.add(createdBy);
		this.team.addAll(team);
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	/** The facts access is decided on: the research unit, and the team as the session's assignees. */
	RecordFacts facts() {
		return new RecordFacts(RECORD_TYPE, id.toString(), researchUnit, createdBy, team);
	}

	/** The same facts for a record the session holds (a recording, a transcript). */
	RecordFacts factsOf(String recordType, UUID recordId) {
		return new RecordFacts(recordType, recordId.toString(), researchUnit, createdBy, team);
	}

	/** Marks the session held on the day; the caller checked the gates first. */
	void hold(String username, Instant now) {
		if (status == Status.HELD) {
			throw new WorkflowConflictException("The session was held on " + heldAt + ".");
		}
		status = Status.HELD;
		heldBy = username;
		heldAt = now;
	}

	boolean takesPart(UUID participantId) {
		return participants.contains(participantId);
	}

	@Override
	public UUID getId() { return id; }
	UUID getStudyId() { return studyId; }
	String getResearchUnit() { return researchUnit; }
	ResearchMethod getMethod() { return method; }
	String getTitle() { return title; }
	LocalDate getScheduledOn() { return scheduledOn; }
	Status getStatus() { return status; }
	@Nullable String getHeldBy() { return heldBy; }
	@Nullable Instant getHeldAt() { return heldAt; }
	String getCreatedBy() { return createdBy; }
	Set<String> getTeam() { return Set.copyOf(team); }
	Set<UUID> getParticipants() { return Set.copyOf(participants); }
	long getVersion() { return version; }
}
