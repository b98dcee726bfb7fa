package org.casekeep.survey.sessions;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The versions of the studies' consent texts. */
interface ConsentTexts extends JpaRepository<ConsentText, UUID> {

	List<ConsentText> findByStudyIdOrderByNumberDesc(UUID studyId);

	Optional<ConsentText> findByStudyIdAndSha256(UUID studyId, String sha256);
}
