package org.casekeep.survey.sessions;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The transcripts and notes of sessions. */
interface Transcripts extends JpaRepository<Transcript, UUID> {

	List<Transcript> findBySessionIdOrderByEnteredAt(UUID sessionId);

	boolean existsBySessionIdAndStatus(UUID sessionId, Transcript.Status status);

	List<Transcript> findByStudyIdAndStatus(UUID studyId, Transcript.Status status);
}
