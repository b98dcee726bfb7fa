package org.casekeep.crm;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.pii.PersonalDataGuard;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.casekeep.kernel.validation.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact history of CRM individuals (CRM PIA 1.1): recording conversations and interactions, and listing them
 * newest first. Whoever may read an individual may see and add to its history. Every interaction recorded moves
 * the individual's {@code lastContactedAt} (the most recent contact the PIA asks the CRM to show) and with it the
 * retention clock (PIA 3.2: deleted when not contacted within one year).
 */
@Service
public class ContactHistory {

	private final Individuals individuals;
	private final Interactions interactions;
	private final AccessPolicy access;
	private final PersonalDataGuard guard;
	private final AuditTrail audit;
	private final RetentionRegistry retention;
	private final Clock clock = Clock.systemUTC();

	ContactHistory(Individuals individuals, Interactions interactions, AccessPolicy access, PersonalDataGuard guard,
			AuditTrail audit, RetentionRegistry retention) {
		this.individuals = individuals;
		this.interactions = interactions;
		this.access = access;
		this.guard = guard;
		this.audit = audit;
		this.retention = retention;
	}

	/**
	 * Records an interaction the current user (of their component) had with an individual.
	 * @param individualId must not be {@literal null}.
	 * @throws InvalidInputException naming every rejected field; nothing is written.
	 * @throws RecordNotFoundException if there is no such individual.
	 */
	@Transactional
	public InteractionView record(UUID individualId, InteractionDraft draft) {
		Individual individual = find(individualId);
		Actor actor = access.check(Operation.READ, IndividualDirectory.facts(individual));
		if (actor.component() == null) {
			throw InvalidInputException.of("dhsComponent", "Your account has no component; ask an administrator");
		}
		Instant now = now();
		InteractionValues values = InteractionValues.of(draft, now);
		Interaction interaction = add(individual, new Interaction(individualId, values.occurredAt(), values.mode(),
				actor.component(), actor.username(), values.outcome(), values.sourceReference(), null, now));
		return release(interaction, individual);
	}

	/**
	 * The interactions with an individual, newest first, each released through the guard (one read-audit entry per
	 * interaction).
	 * @throws RecordNotFoundException if there is no such individual.
	 */
	@Transactional
	public List<InteractionView> history(UUID individualId) {
		Individual individual = find(individualId);
		access.check(Operation.READ, IndividualDirectory.facts(individual));
		List<Interaction> found = interactions.findByIndividualIdOrderByOccurredAtDescCreatedAtDesc(individualId);
		List<InteractionView> released = new ArrayList<>(found.size());
		for (Interaction interaction : found) {
			released.add(release(interaction, individual));
		}
		return released;
	}

	/**
	 * Records, as the system, that correspondence from an email address was received: one interaction on every
	 * individual with that address. A system job, so the user access check does not apply; each creation is still
	 * audited. Idempotent on {@code eventId}: an event already recorded adds nothing.
	 * @return how many interactions were recorded.
	 */
	@Transactional
	int recordCorrespondence(UUID eventId, String senderEmail, String referenceNumber, String channel,
			String owningComponent, Instant receivedAt) {
		if (interactions.existsBySourceEventId(eventId)) {
			return 0;
		}
		List<Individual> matches = individuals.findByEmailIgnoringCase(senderEmail);
		Instant now = now();
		for (Individual individual : matches) {
			add(individual, new Interaction(individual.getId(), receivedAt.truncatedTo(ChronoUnit.MICROS),
					InteractionMode.CORRESPONDENCE, owningComponent, Actor.SYSTEM.username(),
					"Correspondence " + referenceNumber + " received by " + channel, referenceNumber, eventId, now));
		}
		return matches.size();
	}

	private Interaction add(Individual individual, Interaction interaction) {
		interactions.save(interaction);
		audit.record(new AuditEvent(AuditAction.CREATE, Interaction.RECORD_TYPE, interaction.getId().toString(),
				individual.getOwningComponent(), interaction.filledFields(), IndividualDirectory.PURPOSE,
				"individual " + individual.getId()));
		Instant before = individual.getLastContactedAt();
		individual.contactedAt(interaction.getOccurredAt());
		if (!java.util.Objects.equals(before, individual.getLastContactedAt())) {
			audit.record(new AuditEvent(AuditAction.UPDATE, Individual.RECORD_TYPE, individual.getId().toString(),
					individual.getOwningComponent(), List.of("lastContactedAt"), IndividualDirectory.PURPOSE,
					"interaction " + interaction.getId()));
			IndividualDirectory.track(retention, individual);
		}
		return interaction;
	}

	private Individual find(UUID id) {
		return individuals.findById(id).orElseThrow(() -> new RecordNotFoundException(Individual.RECORD_TYPE, id));
	}

	private InteractionView release(Interaction interaction, Individual individual) {
		return guard.release(view(interaction), facts(interaction, individual), IndividualDirectory.PURPOSE);
	}

	/** An interaction is part of its individual's record: ownership, and so audit review, follow the individual. */
	private static RecordFacts facts(Interaction interaction, Individual individual) {
		return RecordFacts.of(Interaction.RECORD_TYPE, interaction.getId(), individual.getOwningComponent(),
				individual.getOwnerUsername());
	}

	private static InteractionView view(Interaction i) {
		return new InteractionView(i.getId(), i.getIndividualId(), i.getOccurredAt(), i.getMode(), i.getDhsComponent(),
				i.getDhsUsername(), i.getOutcome(), i.getSourceReference(), i.getCreatedAt());
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}
}
