package org.casekeep.correspondence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * The taskers. Every list and count applies the item-level visibility filter (FEMA ACT, ESTT) in SQL, so a tasker a
 * user may not see leaves no trace in lists, counts or dashboards:
 * <ul>
 * <li>{@code :everything}: Executive Secretariat staff of ESEC see all taskers;</li>
 * <li>{@code :leader}: {@code exec_sec} users see what their component assigned and what was assigned to their
 * component or to an expert of their component (the component's leadership);</li>
 * <li>{@code :officer}: action officers see what was assigned to their component as a whole or to an office of it;</li>
 * <li>anyone sees what was assigned to them by name.</li>
 * </ul>
 * Assignments replaced by a reassignment no longer grant visibility.
 */
interface Taskers extends JpaRepository<Tasker, UUID> {

	String VISIBLE = """
			(:everything
			 or (:leader and t.assigning_component = :component)
			 or exists (select 1 from correspondence.tasker_assignment a
			            where a.tasker_id = t.id and a.status <> 'REASSIGNED'
			              and (a.username = :username
			                   or (a.component = :component
			                       and (:leader or (:officer and a.username is null))))))""";

	/** Loads a tasker for a change, locking its row so changes to one tasker are applied one at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from Tasker t where t.id = :id")
	Optional<Tasker> findForUpdate(UUID id);

	@Query(value = "select t.* from correspondence.tasker t where " + VISIBLE + """
			  and (cast(:status as text) is null or t.status = cast(:status as text))
			  and (cast(:dueFrom as timestamptz) is null or t.due_at >= cast(:dueFrom as timestamptz))
			  and (cast(:dueBefore as timestamptz) is null or t.due_at < cast(:dueBefore as timestamptz))
			  and (not :openOnly or t.status in ('DRAFT', 'ASSIGNED', 'COMPILED', 'CLEARED'))
			order by t.due_at, t.id
			limit :limit""", nativeQuery = true)
	List<Tasker> findVisible(boolean everything, boolean leader, boolean officer, @Nullable String component,
			String username, @Nullable String status, @Nullable Instant dueFrom, @Nullable Instant dueBefore,
			boolean openOnly, int limit);

	@Query(value = "select t.status as key, count(*) as count from correspondence.tasker t where " + VISIBLE
			+ " group by t.status order by t.status", nativeQuery = true)
	List<TaskerCount> countVisibleByStatus(boolean everything, boolean leader, boolean officer,
			@Nullable String component, String username);

	@Query(value = "select x.component as key, count(distinct t.id) as count from correspondence.tasker t"
			+ " join correspondence.tasker_assignment x on x.tasker_id = t.id and x.status <> 'REASSIGNED' where "
			+ VISIBLE + " group by x.component order by x.component", nativeQuery = true)
	List<TaskerCount> countVisibleByAssignedComponent(boolean everything, boolean leader, boolean officer,
			@Nullable String component, String username);

	@Query(value = "select count(*) from correspondence.tasker t where " + VISIBLE + """
			  and t.status in ('DRAFT', 'ASSIGNED', 'COMPILED', 'CLEARED') and t.due_at < :now""", nativeQuery = true)
	long countVisibleOverdue(boolean everything, boolean leader, boolean officer, @Nullable String component,
			String username, Instant now);

	@Query(value = """
			select t.id from correspondence.tasker t
			where t.status in ('DRAFT', 'ASSIGNED', 'COMPILED', 'CLEARED') and t.due_at < :now
			  and t.overdue_flagged_at is null
			order by t.due_at limit :limit""", nativeQuery = true)
	List<UUID> findOverdueNotFlagged(Instant now, int limit);

	/** A count of visible taskers under one key (a status or a component). */
	interface TaskerCount {
		String getKey();
		long getCount();
	}
}
