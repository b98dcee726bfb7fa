package org.casekeep.survey.answers.drafts;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The saved drafts, by invitation. */
interface AnswerDrafts extends JpaRepository<AnswerDraft, UUID> {

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from AnswerDraft d where d.studyId = :studyId")
	int deleteByStudy(UUID studyId);
}
