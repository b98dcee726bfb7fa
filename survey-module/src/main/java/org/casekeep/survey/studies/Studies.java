package org.casekeep.survey.studies;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The studies of customer research. */
interface Studies extends JpaRepository<Study, UUID> {

	/** Newest first. */
	@Query("select s from Study s order by s.createdAt desc, s.id")
	List<Study> newestFirst();
}
