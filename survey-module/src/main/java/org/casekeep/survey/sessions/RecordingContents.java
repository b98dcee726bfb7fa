package org.casekeep.survey.sessions;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The sealed bytes of recordings. */
interface RecordingContents extends JpaRepository<RecordingContent, UUID> {
}
