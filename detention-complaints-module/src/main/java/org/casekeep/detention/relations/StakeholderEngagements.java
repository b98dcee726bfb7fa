package org.casekeep.detention.relations;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StakeholderEngagements extends JpaRepository<StakeholderEngagement, UUID> {

	@Query("select e from StakeholderEngagement e order by e.startsOn desc, e.id")
	List<StakeholderEngagement> listing(Pageable page);

	@Query("select e from StakeholderEngagement e join e.participants p where p = ?1")
	List<StakeholderEngagement> withParticipant(UUID stakeholderId);

	/** StakeholderEngagements holding an open reminder due by the day. */
	@Query(value = """
			select distinct e.* from detention.engagement e join detention.engagement_reminder r on r.engagement_id = e.id
			where r.done_at is null and r.due_on <= ?1""", nativeQuery = true)
	List<StakeholderEngagement> withOpenRemindersDueBy(LocalDate day);
}
