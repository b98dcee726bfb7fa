package org.casekeep.survey.quotes;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The quotes taken from the studies' verified transcripts. */
interface Quotes extends JpaRepository<Quote, UUID> {

	List<Quote> findByStudyIdOrderByCreatedAt(UUID studyId);
}
