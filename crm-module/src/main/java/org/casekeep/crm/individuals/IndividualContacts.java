package org.casekeep.crm.individuals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.casekeep.crm.contacthistory.Contacts;
import org.casekeep.crm.stakeholder.Stakeholder;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.springframework.stereotype.Component;

/** Individuals as contact history sees them: their facts, found by id or email, and their most recent contact. */
@Component
class IndividualContacts implements Contacts {

	private final Individuals individuals;
	private final IndividualRetention retention;
	private final AuditTrail audit;

	IndividualContacts(Individuals individuals, IndividualRetention retention, AuditTrail audit) {
		this.individuals = individuals;
		this.retention = retention;
		this.audit = audit;
	}

	@Override
	public RecordFacts facts(UUID individualId) {
		return find(individualId).facts();
	}

	@Override
	public List<RecordFacts> withEmail(String email) {
		return individuals.findByEmailIgnoringCase(email).stream().map(Individual::facts).toList();
	}

	@Override
	public List<RecordFacts> sameEmailAs(UUID individualId) {
		String email = find(individualId).getEmail();
		return email == null ? List.of() : individuals.findByEmailIgnoringCase(email).stream()
			.filter(other -> !other.getId().equals(individualId)).map(Individual::facts).toList();
	}

	@Override
	public void contactedAt(UUID individualId, Instant when, UUID interactionId) {
		Individual individual = find(individualId);
		if (individual.contactedAt(when)) {
			audit.record(new AuditEvent(AuditAction.UPDATE, Stakeholder.INDIVIDUAL, individualId.toString(),
					individual.getOwningComponent(), List.of("lastContactedAt"), Stakeholder.PURPOSE,
					"interaction " + interactionId));
			retention.track(individual);
		}
	}

	private Individual find(UUID id) {
		return individuals.findById(id).orElseThrow(() -> new RecordNotFoundException(Stakeholder.INDIVIDUAL, id));
	}
}
