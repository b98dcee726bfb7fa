package org.casekeep.survey.answers;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.casekeep.kernel.db.AssignedIdEntity;
import org.casekeep.kernel.validation.WorkflowConflictException;

/**
 * An invitation of a participant to a wave, on the contact side (PIA 3.4). Only the SHA-256 of its random token is
 * kept, so a copy of the table opens no answer page. Using it records no time: nothing on the invitation says when
 * it was answered, and nothing on the answer says which invitation brought it.
 */
@Entity
@Table(schema = "survey", name = "invitation")
class Invitation extends AssignedIdEntity {

	@Id
	private UUID id;

	private UUID studyId;

	private UUID waveId;

	private UUID participantId;

	private String tokenDigest;

	/** Wave study: the answers carry the participant's pseudonymous id (overview "Wave Surveys"). */
	private boolean linked;

	private LocalDate invitedOn;

	private boolean used;

	@Version
	private long version;

	protected Invitation() {
	}

	Invitation(UUID studyId, UUID waveId, UUID participantId, String tokenDigest, boolean linked, LocalDate invitedOn) {
		this.id = UUID.randomUUID();
		this.studyId = studyId;
		this.waveId = waveId;
		this.participantId = participantId;
		this.tokenDigest = tokenDigest;
		this.linked = linked;
		this.invitedOn = invitedOn;
	}

	/**
	 * Marks the invitation used: one answer (or one opt-out) per invitation.
	 * @throws WorkflowConflictException if it was used already.
	 */
	void use() {
		if (used) {
			throw new WorkflowConflictException("This invitation was already answered");
		}
		this.used = true;
	}

	@Override
	public UUID getId() { return id; }
	UUID getStudyId() { return studyId; }
	UUID getWaveId() { return waveId; }
	UUID getParticipantId() { return participantId; }
	boolean isLinked() { return linked; }
	LocalDate getInvitedOn() { return invitedOn; }
	boolean isUsed() { return used; }
}
