package org.casekeep.correspondence.history;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The history lines of taskers, oldest first. */
interface TaskerHistory extends JpaRepository<TaskerHistoryEntry, Long> {

	@org.springframework.data.jpa.repository.Query("select e from TaskerHistoryEntry e where e.taskerId = :taskerId order by e.id")
	List<TaskerHistoryEntry> findByTaskerId(UUID taskerId);
}
