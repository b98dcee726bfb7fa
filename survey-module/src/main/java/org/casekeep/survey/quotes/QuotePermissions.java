package org.casekeep.survey.quotes;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The participants' answers to being quoted. */
interface QuotePermissions extends JpaRepository<QuotePermission, UUID> {

	Optional<QuotePermission> findByStudyIdAndParticipantId(UUID studyId, UUID participantId);

	List<QuotePermission> findByStudyIdOrderByRecordedAt(UUID studyId);
}
