package org.casekeep.survey.answers;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.survey.gates.StudyGates;
import org.casekeep.survey.gates.WaveStatus;
import org.casekeep.survey.participants.ParticipantPanel;
import org.casekeep.survey.studies.ResearchTime;
import org.casekeep.survey.studies.StudyRegistry;
import org.casekeep.survey.studies.StudyView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inviting a study's participants to its collecting wave, only by its research unit and only while no gate is open
 * (PIA 1.5, 4.1). Each invitation is a random 128-bit token, shown once in the links returned for sending and kept
 * only as its SHA-256. Opted-out participants are left out (PIA 2.2: an opt-out at any wave removes the person from
 * later waves). A study is a wave study ({@code linked}: answers carry the participant's pseudonymous id) or not, the
 * same for every wave.
 */
@Service
@Transactional
class InvitationDesk {

	/** One invitation for sending: the participant and the link, whose token is shown this once. */
	record Sent(UUID participantId, String link) {
	}

	private final StudyRegistry studies;
	private final StudyGates gates;
	private final WaveStatus waves;
	private final ParticipantPanel panel;
	private final Invitations invitations;
	private final AuditTrail audit;
	private final ResearchTime time;
	private final SecureRandom random = new SecureRandom();

	InvitationDesk(StudyRegistry studies, StudyGates gates, WaveStatus waves, ParticipantPanel panel,
			Invitations invitations, AuditTrail audit, ResearchTime time) {
		this.studies = studies;
		this.gates = gates;
		this.waves = waves;
		this.panel = panel;
		this.invitations = invitations;
		this.audit = audit;
		this.time = time;
	}

	/**
	 * Invites every invitable participant not yet invited to the collecting wave.
	 * @throws StudyGates.GatesOpenException (409) while a gate is open.
	 * @throws WorkflowConflictException (409) without a collecting wave, or when {@code linked} differs from earlier.
	 */
	List<Sent> invite(UUID studyId, boolean linked) {
		StudyView study = studies.collecting(studyId);
		gates.requireNoneOpen(study);
		WaveStatus.WaveRef wave = waves.collecting(studyId).orElseThrow(AnswerIntake.NotCollectingException::new);
		if (invitations.existsByStudyIdAndLinked(studyId, !linked)) {
			throw new WorkflowConflictException(linked
					? "This study's answers are anonymous: its invitations cannot link waves now"
					: "This is a wave study: its invitations link the answers of each wave");
		}
		List<UUID> invited = invitations.findByWaveId(wave.id()).stream().map(Invitation::getParticipantId).toList();
		List<Sent> sent = new ArrayList<>();
		for (UUID participant : panel.invitable(studyId)) {
			if (invited.contains(participant)) {
				continue;
			}
			byte[] bytes = new byte[16];
			random.nextBytes(bytes);
			String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
			invitations.save(new Invitation(studyId, wave.id(), participant, AnswerIntake.digest(token), linked,
					time.today()));
			sent.add(new Sent(participant, "/public/research/" + token));
		}
		invitations.flush();
		audit.record(AuditEvent.of(AuditAction.CREATE, "survey.invitation", wave.id(), study.researchUnit())
			.withDetails(sent.size() + " invited to wave " + wave.number()));
		return List.copyOf(sent);
	}
}
