package org.casekeep.survey.answers;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The answers of the studies. */
interface Answers extends JpaRepository<Answer, UUID> {

	long countByStudyId(UUID studyId);
}
