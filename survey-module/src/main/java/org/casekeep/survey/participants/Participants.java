package org.casekeep.survey.participants;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The participants of the studies. */
interface Participants extends JpaRepository<Participant, UUID> {

	List<Participant> findByStudyIdOrderByAddedOnAscIdAsc(UUID studyId);
}
