package org.casekeep.correspondence.taskers;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.casekeep.correspondence.office.TaskerViewers;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * The taskers. Every list and count applies the item-level visibility filter (FEMA ACT, ESTT) in SQL, so a tasker a
 * user may not see leaves no trace in lists, counts or dashboards: {@code :everything} for the Executive Secretariat
 * of ESEC, else the tasker's {@code viewers} (kept by the database from its assignments) must share a key with the
 * viewer's {@code :viewers} ({@link TaskerViewers}). One GIN index serves the filter.
 */
interface Taskers extends JpaRepository<Tasker, UUID> {

	/** Loads a tasker for a change, locking its row so changes to one tasker are applied one at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from Tasker t where t.id = :id")
	Optional<Tasker> findForUpdate(UUID id);

	@Query(value = "select t.* from correspondence.tasker t where " + TaskerViewers.VISIBLE + """
			  and (cast(:status as text) is null or t.status = cast(:status as text))
			  and (cast(:dueFrom as timestamptz) is null or t.due_at >= cast(:dueFrom as timestamptz))
			  and (cast(:dueBefore as timestamptz) is null or t.due_at < cast(:dueBefore as timestamptz))
			  and (not :openOnly or t.status in ('DRAFT', 'ASSIGNED', 'COMPILED', 'CLEARED'))
			order by t.due_at, t.id
			limit :limit""", nativeQuery = true)
	List<Tasker> findVisible(boolean everything, String[] viewers, @Nullable String status,
			@Nullable Instant dueFrom, @Nullable Instant dueBefore, boolean openOnly, int limit);

	/** The visible taskers answering a piece of correspondence, soonest due first. */
	@Query(value = "select t.* from correspondence.tasker t where " + TaskerViewers.VISIBLE + """
			  and t.correspondence_id = :correspondenceId
			order by t.due_at, t.id
			limit 200""", nativeQuery = true)
	List<Tasker> findVisibleAnswering(boolean everything, String[] viewers, UUID correspondenceId);

	/** Whether another tasker answering the record is in one of these states. */
	boolean existsByCorrespondenceIdAndIdNotAndStatusIn(UUID correspondenceId, UUID id,
			Collection<TaskerStatus> statuses);

	@Query(value = """
			select t.id from correspondence.tasker t
			where t.status in ('DRAFT', 'ASSIGNED', 'COMPILED', 'CLEARED') and t.due_at < :now
			  and t.overdue_flagged_at is null
			order by t.due_at limit :limit""", nativeQuery = true)
	List<UUID> findOverdueNotFlagged(Instant now, int limit);
}
