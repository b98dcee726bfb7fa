package org.casekeep.survey.sessions;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The recordings of sessions, without their bytes. */
interface Recordings extends JpaRepository<Recording, UUID> {

	List<Recording> findBySessionIdOrderByUploadedAt(UUID sessionId);
}
