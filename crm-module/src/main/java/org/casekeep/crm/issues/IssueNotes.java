package org.casekeep.crm.issues;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The policy updates and talking points of the issues. */
interface IssueNotes extends JpaRepository<IssueNote, UUID> {

	/** An issue's notes, newest first. */
	List<IssueNote> findByIssueCodeOrderByWrittenAtDescIdAsc(String issueCode);
}
