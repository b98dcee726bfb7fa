package org.casekeep.survey.participants;

import java.util.List;
import java.util.UUID;

import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.pii.PersonalDataGuard;
import org.casekeep.survey.keys.ContactVault;
import org.casekeep.survey.optout.OptOutList;
import org.casekeep.survey.studies.ResearchTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact side of a study (PIA 3.4): storing a recruited person sealed under the study's key, releasing them to
 * the study's recruiters only, and what invitations and answers ask of it without ever seeing a contact detail: who
 * may still be invited, the pseudonymous id a wave study's answers carry (opened from the sealed side, never stored next to the
 * person), and a person's opt-out from the answer page (PIA 2.2, overview "Wave Surveys"). Callers check the actor;
 * the respondent's path has none but their invitation.
 */
@Service
@Transactional
public class ParticipantPanel {

	private final Participants participants;
	private final ContactVault vault;
	private final OptOutList optOuts;
	private final AccessPolicy policy;
	private final PersonalDataGuard guard;
	private final AuditTrail audit;
	private final ResearchTime time;

	ParticipantPanel(Participants participants, ContactVault vault, OptOutList optOuts, AccessPolicy policy,
			PersonalDataGuard guard, AuditTrail audit, ResearchTime time) {
		this.participants = participants;
		this.vault = vault;
		this.optOuts = optOuts;
		this.policy = policy;
		this.guard = guard;
		this.audit = audit;
		this.time = time;
	}

	/**
	 * Stores a person recruited for a study, their contact sealed under the study's key with a fresh pseudonymous id,
	 * and audits it. The caller checked the recruiter and the opt-out list.
	 * @return the participant's id.
	 */
	public UUID store(UUID studyId, String researchUnit, String addedBy, ParticipantSource source,
			@Nullable UUID importId, @Nullable UUID requestId, ContactDetails contact) {
		Participant participant = new Participant(studyId, researchUnit, source, importId, requestId, addedBy,
				time.today());
		participant.seal(vault.forStudy(studyId), contact);
		participants.save(participant);
		audit.record(AuditEvent.of(AuditAction.CREATE, Participant.RECORD_TYPE, participant.getId(), researchUnit)
			.withFields(List.of("name", "email", "phone", "address")).withDetails("added: " + source.name()));
		return participant.getId();
	}

	/** The participant just stored, released to the recruiter who added them (an audited read). */
	public ParticipantView released(UUID participantId, ContactDetails contact) {
		Participant participant = find(participantId);
		return guard.release(ParticipantView.of(participant, contact), participant.facts(), "recruitment");
	}

	/**
	 * The study's participants, contact details released to its recruiters and audited, masked for anyone else.
	 * @throws org.springframework.security.access.AccessDeniedException (audited) for anyone but its recruiters.
	 */
	public List<ParticipantView> list(UUID studyId, String researchUnit) {
		policy.check(Operation.READ, RecordFacts.of(Participant.RECORD_TYPE, studyId, researchUnit, null));
		List<Participant> found = participants.findByStudyIdOrderByAddedOnAscIdAsc(studyId);
		if (found.isEmpty()) {
			return List.of();
		}
		ContactVault.Sealer sealer = vault.hasKey(studyId) ? vault.existing(studyId) : null;
		return guard.releaseAll(found.stream()
			.map(p -> ParticipantView.of(p, p.isShredded() || sealer == null ? null : p.contact(sealer))).toList(),
				view -> RecordFacts.of(Participant.RECORD_TYPE, view.id(), researchUnit, null), "recruitment");
	}

	/**
	 * The names of some of the study's participants, opened for one stated purpose (redacting them from a session's
	 * transcript, attributing a quote its speaker agreed to) and audited as a read of the name alone, with that
	 * purpose; participants of other studies and those whose contact data was destroyed are left out.
	 * @throws org.springframework.security.access.AccessDeniedException (audited) for anyone but its researchers.
	 */
	public java.util.Map<UUID, String> names(UUID studyId, String researchUnit, java.util.Collection<UUID> ids,
			String purpose) {
		policy.check(Operation.READ, RecordFacts.of(Participant.RECORD_TYPE, studyId, researchUnit, null));
		java.util.Map<UUID, String> names = new java.util.LinkedHashMap<>();
		if (ids.isEmpty() || !vault.hasKey(studyId)) {
			return names;
		}
		ContactVault.Sealer sealer = vault.existing(studyId);
		List<AuditEvent> reads = new java.util.ArrayList<>();
		for (Participant participant : participants.findAllById(ids)) {
			if (participant.getStudyId().equals(studyId) && !participant.isShredded()) {
				String name = participant.contact(sealer).name();
				if (name != null) {
					names.put(participant.getId(), name);
					reads.add(AuditEvent.of(AuditAction.READ, Participant.RECORD_TYPE, participant.getId(), researchUnit)
						.withFields(List.of("name")).withPurpose(purpose));
				}
			}
		}
		audit.recordAll(reads);
		return names;
	}

	/**
	 * Some of the study's participants' contact details, only the fields named, opened for one stated purpose (a
	 * disclosure to the study's vendor) and audited as a read of those fields with that purpose, one entry per
	 * participant; participants of other studies, those opted out and those whose contact data was destroyed are left
	 * out. The fields not named are {@literal null}.
	 * @throws org.springframework.security.access.AccessDeniedException (audited) for anyone but its recruiters.
	 */
	public java.util.Map<UUID, ContactDetails> contacts(UUID studyId, String researchUnit, java.util.Collection<UUID> ids,
			java.util.Set<String> fields, String purpose) {
		policy.check(Operation.READ, RecordFacts.of(Participant.RECORD_TYPE, studyId, researchUnit, null));
		java.util.Map<UUID, ContactDetails> found = new java.util.LinkedHashMap<>();
		if (ids.isEmpty() || !vault.hasKey(studyId)) {
			return found;
		}
		ContactVault.Sealer sealer = vault.existing(studyId);
		List<String> read = java.util.stream.Stream.of("name", "email", "phone", "address").filter(fields::contains)
			.toList();
		List<AuditEvent> reads = new java.util.ArrayList<>();
		for (Participant participant : participants.findAllById(ids)) {
			if (participant.getStudyId().equals(studyId) && !participant.isShredded() && !participant.isOptedOut()) {
				ContactDetails all = participant.contact(sealer);
				found.put(participant.getId(), new ContactDetails(read.contains("name") ? all.name() : null,
						read.contains("email") ? all.email() : null, read.contains("phone") ? all.phone() : null,
						read.contains("address") ? all.address() : null));
				reads.add(AuditEvent.of(AuditAction.READ, Participant.RECORD_TYPE, participant.getId(), researchUnit)
					.withFields(read).withPurpose(purpose));
			}
		}
		audit.recordAll(reads);
		return found;
	}

	/**
	 * Where a participant belongs, without any contact detail: for the kernel's accounting of disclosures, which
	 * decides on it who may disclose them. Empty when there is no such participant.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<Enrolment> enrolment(UUID participantId) {
		return participants.findById(participantId).map(p -> new Enrolment(p.getId(), p.getStudyId(),
				p.getResearchUnit(), p.isOptedOut(), p.isShredded()));
	}

	/** A participant's study and research unit, whether they opted out and whether their contact data is destroyed. */
	public record Enrolment(UUID participantId, UUID studyId, String researchUnit, boolean optedOut,
			boolean contactDestroyed) {
	}

	/** Checks the current actor may recruit for a study of this unit (deny by default, refusals audited). */
	@Transactional(readOnly = true)
	public void checkRecruiter(UUID studyId, String researchUnit) {
		policy.check(Operation.CREATE, RecordFacts.of(Participant.RECORD_TYPE, studyId, researchUnit, null));
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

	/**
	 * Whether the study already holds a participant with this e-mail or this phone (compared as the opt-out list
	 * compares them), so one person signing up twice is added once. Opened from the sealed side and released to
	 * nobody: the answer is yes or no.
	 */
	@Transactional(readOnly = true)
	public boolean alreadyHolds(UUID studyId, @Nullable String email, @Nullable String phone) {
		String mail = OptOutList.normalizedEmail(email);
		String tel = OptOutList.normalizedPhone(phone);
		if ((mail == null && tel == null) || !vault.hasKey(studyId)) {
			return false;
		}
		ContactVault.Sealer sealer = vault.existing(studyId);
		return participants.findByStudyIdOrderByAddedOnAscIdAsc(studyId).stream().filter(p -> !p.isShredded())
			.map(p -> p.contact(sealer))
			.anyMatch(contact -> (mail != null && mail.equals(OptOutList.normalizedEmail(contact.email())))
					|| (tel != null && tel.equals(OptOutList.normalizedPhone(contact.phone()))));
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
