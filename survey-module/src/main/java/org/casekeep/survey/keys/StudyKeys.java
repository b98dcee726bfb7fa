package org.casekeep.survey.keys;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The wrapped data keys of the studies. */
interface StudyKeys extends JpaRepository<StudyKey, UUID> {

	/** Whether the study's final wave closed, which destroyed its key for good (PIA overview "Wave Surveys"). */
	@org.springframework.data.jpa.repository.Query(value = """
			select exists (select 1 from survey.wave w where w.study_id = :studyId and w.final_wave
			               and w.closed_on is not null)""", nativeQuery = true)
	boolean finalWaveClosed(UUID studyId);
}
