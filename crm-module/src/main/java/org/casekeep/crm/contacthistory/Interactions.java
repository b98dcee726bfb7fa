package org.casekeep.crm.contacthistory;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The contact history of the CRM's individuals. */
interface Interactions extends JpaRepository<Interaction, UUID> {

	/** An individual's interactions, newest first. */
	List<Interaction> findByIndividualIdOrderByOccurredAtDescCreatedAtDesc(UUID individualId);

	/** One page of an individual's interactions, newest first, with how many there are in all. */
	Page<Interaction> findByIndividualIdOrderByOccurredAtDescCreatedAtDescIdDesc(UUID individualId, Pageable page);

	/** Whether an event was already recorded (on any individual): the idempotency check of event listeners. */
	boolean existsBySourceEventId(UUID sourceEventId);

	/** Whether an event was already recorded on this individual: the idempotency check of attendance. */
	boolean existsBySourceEventIdAndIndividualId(UUID sourceEventId, UUID individualId);
}
