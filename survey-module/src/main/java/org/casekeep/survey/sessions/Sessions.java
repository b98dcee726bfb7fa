package org.casekeep.survey.sessions;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The sessions of the studies. */
interface Sessions extends JpaRepository<ResearchSession, UUID> {

	List<ResearchSession> findByStudyIdOrderByScheduledOnAscCreatedAtAsc(UUID studyId);
}
