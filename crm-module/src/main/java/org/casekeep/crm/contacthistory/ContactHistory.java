package org.casekeep.crm.contacthistory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.casekeep.crm.stakeholder.Stakeholder;
import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.pii.PersonalDataGuard;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.web.Paging;
import org.casekeep.kernel.web.ResultPage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact history of CRM individuals (CRM PIA 1.1): recording conversations and interactions, and listing them
 * newest first. Whoever may read an individual may see and add to its history. Every interaction recorded moves
 * the individual's most recent contact (the timestamp the PIA asks the CRM to show) and with it the retention clock
 * (PIA 3.2: deleted when not contacted within one year).
 */
@Service
public class ContactHistory {

	private final Interactions interactions;
	private final Contacts contacts;
	private final AccessPolicy access;
	private final PersonalDataGuard guard;
	private final AuditTrail audit;
	private final Clock clock = Clock.systemUTC();

	ContactHistory(Interactions interactions, Contacts contacts, AccessPolicy access, PersonalDataGuard guard,
			AuditTrail audit) {
		this.interactions = interactions;
		this.contacts = contacts;
		this.access = access;
		this.guard = guard;
		this.audit = audit;
	}

	/**
	 * Records an interaction the current user (of their component) had with an individual.
	 * @param individualId must not be {@literal null}.
	 * @throws InvalidInputException naming every rejected field; nothing is written.
	 * @throws RecordNotFoundException if there is no such individual.
	 */
	@Transactional
	public InteractionView record(UUID individualId, InteractionDraft draft) {
		RecordFacts individual = contacts.facts(individualId);
		Actor actor = access.check(Operation.READ, individual);
		if (actor.component() == null) {
			throw InvalidInputException.of("dhsComponent", "Your account has no component; ask an administrator");
		}
		Instant now = now();
		InteractionValues values = InteractionValues.of(draft, now);
		Interaction interaction = add(individual, new Interaction(individualId, values.occurredAt(), values.mode(),
				actor.component(), actor.username(), values.outcome(), values.sourceReference(), null, now));
		return guard.release(InteractionView.of(interaction), facts(interaction.getId(), individual),
				Stakeholder.PURPOSE);
	}

	/**
	 * The interactions with an individual, newest first, each released through the guard (one read-audit entry per
	 * interaction, written in one round trip).
	 * @throws RecordNotFoundException if there is no such individual.
	 */
	@Transactional
	public List<InteractionView> history(UUID individualId) {
		RecordFacts individual = contacts.facts(individualId);
		access.check(Operation.READ, individual);
		return release(individual, interactions.findByIndividualIdOrderByOccurredAtDescCreatedAtDesc(individualId));
	}

	/**
	 * One page of the interactions with an individual, newest first, released like {@link #history(UUID)}: what the
	 * individual's page shows (the platform's paging).
	 * @throws RecordNotFoundException if there is no such individual.
	 */
	@Transactional
	public ResultPage<InteractionView> history(UUID individualId, Paging paging) {
		RecordFacts individual = contacts.facts(individualId);
		access.check(Operation.READ, individual);
		Page<Interaction> found = interactions.findByIndividualIdOrderByOccurredAtDescCreatedAtDescIdDesc(individualId,
				PageRequest.of(paging.page() - 1, paging.size()));
		return paging.of(release(individual, found.getContent()), found.getTotalElements());
	}

	private List<InteractionView> release(RecordFacts individual, List<Interaction> found) {
		return guard.releaseAll(found.stream().map(InteractionView::of).toList(),
				view -> facts(view.id(), individual), Stakeholder.PURPOSE);
	}

	/**
	 * Records, as the system, that correspondence from an email address was received: one interaction on every
	 * individual with that address, of mode {@link InteractionMode#CORRESPONDENCE} ("Correspondence received"), the
	 * component that took it in and the day, at midnight UTC. Nothing in it names the letter (no reference, no
	 * channel, no outcome, no time of day): contact history is seen by every CRM user, the letter only by its office
	 * (CRM PIA 1.1 asks for the date, mode and component; correspondence PIA 3.3, 8.3). The letter's id is kept only as
	 * the idempotency key, never shown. A system job, so the user access check does not apply; each creation is still
	 * audited. Idempotent on {@code correspondenceId}: a letter already recorded adds nothing.
	 * @return how many interactions were recorded.
	 */
	@Transactional
	int recordCorrespondence(UUID correspondenceId, String senderEmail, String owningComponent, LocalDate receivedOn) {
		if (interactions.existsBySourceEventId(correspondenceId)) {
			return 0;
		}
		List<RecordFacts> matches = contacts.withEmail(senderEmail);
		Instant now = now();
		Instant day = receivedOn.atStartOfDay(ZoneOffset.UTC).toInstant();
		for (RecordFacts individual : matches) {
			add(individual, new Interaction(UUID.fromString(individual.recordId()), day,
					InteractionMode.CORRESPONDENCE, owningComponent, Actor.SYSTEM.username(), null, null,
					correspondenceId, now));
		}
		return matches.size();
	}

	/**
	 * Records that an individual attended an event DHS collaborated on (CRM PIA 1.1: attendance at DHS-affiliated
	 * events is part of the interactions a stakeholder had with DHS): one interaction of mode
	 * {@link InteractionMode#EVENT}, on the event's day at midnight UTC, by the event's owning component, which moves the
	 * most recent contact and with it the retention clock (PIA 3.2). Says nothing else of the event: the individual's
	 * page lists the events attended. The caller has checked access (or is the system). Idempotent per event and
	 * individual: an attendance already recorded adds nothing.
	 * @param engagementId the event, kept as the idempotency key; must not be {@literal null}.
	 * @param recordedBy the username of who added the attendee ({@code system} for another module's event).
	 * @throws RecordNotFoundException if there is no such individual.
	 * @return whether an interaction was recorded.
	 */
	@Transactional
	public boolean recordAttendance(UUID engagementId, UUID individualId, LocalDate heldOn, String owningComponent,
			String recordedBy) {
		if (interactions.existsBySourceEventIdAndIndividualId(engagementId, individualId)) {
			return false;
		}
		RecordFacts individual = contacts.facts(individualId);
		add(individual, new Interaction(individualId, heldOn.atStartOfDay(ZoneOffset.UTC).toInstant(),
				InteractionMode.EVENT, owningComponent, recordedBy, null, null, engagementId, now()));
		return true;
	}

	private Interaction add(RecordFacts individual, Interaction interaction) {
		interactions.save(interaction);
		audit.record(new AuditEvent(AuditAction.CREATE, Interaction.RECORD_TYPE, interaction.getId().toString(),
				individual.owningComponent(), interaction.filledFields(), Stakeholder.PURPOSE,
				"individual " + individual.recordId()));
		contacts.contactedAt(interaction.getIndividualId(), interaction.getOccurredAt(), interaction.getId());
		return interaction;
	}

	/** An interaction is part of its individual's record: ownership, and so audit review, follow the individual. */
	private static RecordFacts facts(UUID interactionId, RecordFacts individual) {
		return RecordFacts.of(Interaction.RECORD_TYPE, interactionId, individual.owningComponent(),
				individual.ownerUsername());
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}
}
