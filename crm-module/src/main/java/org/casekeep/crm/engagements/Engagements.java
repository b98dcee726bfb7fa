package org.casekeep.crm.engagements;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The events of the CRM. */
interface Engagements extends JpaRepository<Engagement, UUID> {

	/** Newest first (then by id, so pages are stable). */
	@Query("select e from Engagement e order by e.heldOn desc, e.createdAt desc, e.id")
	Slice<Engagement> newestFirst(Pageable page);

	/** The events an individual attended, newest first. */
	@Query("select e from Engagement e join e.individualIds i where i = :individualId order by e.heldOn desc, e.id")
	List<Engagement> attendedBy(UUID individualId);

	/** The latest events that discussed an issue (its code), newest first. */
	@Query(value = """
			select * from crm.engagement where cast(:issue as text) = any (issues)
			order by held_on desc, created_at desc, id limit :limit""", nativeQuery = true)
	List<Engagement> discussing(String issue, int limit);

	/** Whether another module's event was recorded already: the idempotency check of its listener. */
	boolean existsBySourceEventId(UUID sourceEventId);
}
