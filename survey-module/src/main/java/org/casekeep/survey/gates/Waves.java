package org.casekeep.survey.gates;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The waves of collection. */
interface Waves extends JpaRepository<Wave, UUID> {

	List<Wave> findByStudyIdOrderByNumber(UUID studyId);
}
