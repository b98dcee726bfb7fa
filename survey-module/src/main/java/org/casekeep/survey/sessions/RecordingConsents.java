package org.casekeep.survey.sessions;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The consents to recording taken in sessions. */
interface RecordingConsents extends JpaRepository<RecordingConsent, UUID> {

	List<RecordingConsent> findBySessionIdOrderByRecordedAt(UUID sessionId);
}
