package org.casekeep.survey.instruments;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The instruments of the studies. */
interface Instruments extends JpaRepository<Instrument, UUID> {

	List<Instrument> findByStudyIdOrderByCreatedAt(UUID studyId);

	Optional<Instrument> findByIdAndStudyId(UUID id, UUID studyId);
}
