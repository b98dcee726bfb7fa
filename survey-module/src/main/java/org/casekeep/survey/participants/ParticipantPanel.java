package org.casekeep.survey.participants;

import java.util.List;
import java.util.UUID;

import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.survey.keys.ContactVault;
import org.casekeep.survey.optout.OptOutList;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What invitations and answers ask of the contact side, without ever seeing a contact detail: who may still be
 * invited, the pseudonymous id a wave study's answers carry (opened from the sealed side, never stored next to the
 * person), and a person's opt-out from the answer page (PIA 2.2, overview "Wave Surveys"). Callers check the actor;
 * the respondent's path has none but their invitation.
 */
@Service
@Transactional
public class ParticipantPanel {

	private final Participants participants;
	private final ContactVault vault;
	private final OptOutList optOuts;

	ParticipantPanel(Participants participants, ContactVault vault, OptOutList optOuts) {
		this.participants = participants;
		this.vault = vault;
		this.optOuts = optOuts;
	}

	/**
	 * The study's participants who may be invited: neither opted out here nor on the list since they were added
	 * (PIA 2.2: honoured across every study), and with their contact data still there.
	 */
	@Transactional(readOnly = true)
	public List<UUID> invitable(UUID studyId) {
		List<Participant> all = participants.findByStudyIdOrderByAddedOnAscIdAsc(studyId).stream()
			.filter(p -> !p.isOptedOut() && !p.isShredded()).toList();
		if (all.isEmpty()) {
			return List.of();
		}
		ContactVault.Sealer sealer = vault.existing(studyId);
		return all.stream().filter(p -> {
			ContactDetails contact = p.contact(sealer);
			return !optOuts.isOptedOut(contact.email(), contact.phone());
		}).map(Participant::getId).toList();
	}

	/** The pseudonymous id of the participant's answers, the same in every wave of the study. */
	@Transactional(readOnly = true)
	public UUID pseudonym(UUID participantId) {
		Participant participant = find(participantId);
		return participant.pseudonym(vault.existing(participant.getStudyId()));
	}

	/**
	 * The participant opts out of future research from an invitation: their e-mail and phone go on the list (keyed
	 * hashes only) and they are left out of later waves of this study (PIA 2.2; overview "Wave Surveys").
	 */
	public void optOut(UUID participantId) {
		Participant participant = find(participantId);
		if (!participant.isShredded()) {
			ContactDetails contact = participant.contact(vault.existing(participant.getStudyId()));
			optOuts.optOut(contact.email(), contact.phone());
		}
		participant.optOut();
		participants.saveAndFlush(participant);
	}

	/**
	 * Destroys the study's contact data for good (PIA overview "Wave Surveys": when the final wave closes): every
	 * sealed value emptied and the study's key deleted, so what a backup still holds can never be opened.
	 * @return how many participants' contact data was destroyed.
	 */
	public int destroyContacts(UUID studyId) {
		List<Participant> all = participants.findByStudyIdOrderByAddedOnAscIdAsc(studyId).stream()
			.filter(p -> !p.isShredded()).toList();
		all.forEach(Participant::shred);
		participants.saveAllAndFlush(all);
		vault.destroy(studyId);
		return all.size();
	}

	private Participant find(UUID id) {
		return participants.findById(id).orElseThrow(() -> new RecordNotFoundException(Participant.RECORD_TYPE, id));
	}
}
