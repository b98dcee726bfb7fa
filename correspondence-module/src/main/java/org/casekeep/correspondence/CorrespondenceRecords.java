package org.casekeep.correspondence;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The correspondence records. */
interface CorrespondenceRecords extends JpaRepository<Correspondence, UUID> {

	@Query(value = "select nextval('correspondence.reference_seq')", nativeQuery = true)
	long nextReferenceNumber();

	/**
	 * Full-text search over subject, body and the extracted text of attachments, restricted IN the query to what the
	 * user may see, so that neither rows nor counts leak: every record when {@code everyComponent}, else those of
	 * {@code component} and those answered by a tasker whose viewers share one of the user's
	 * {@link TaskerViewers#assigneeKeys assignee keys}. Newest first.
	 *
	 * @param query PostgreSQL web-search syntax ({@code websearch_to_tsquery}), {@literal null} for no text filter.
	 */
	@Query(value = """
			select c.* from correspondence.correspondence c
			where (:everyComponent
			       or c.owning_component = cast(:component as text)
			       or exists (select 1 from correspondence.tasker t
			                  where t.correspondence_id = c.id and t.viewers && cast(:assigneeKeys as text[])))
			  and (cast(:status as text) is null or c.status = cast(:status as text))
			  and (cast(:query as text) is null
			       or c.search @@ websearch_to_tsquery('english', cast(:query as text))
			       or exists (select 1 from correspondence.attachment a
			                  where a.correspondence_id = c.id
			                    and a.search @@ websearch_to_tsquery('english', cast(:query as text))))
			order by c.received_at desc, c.id
			limit :limit""", nativeQuery = true)
	List<Correspondence> search(boolean everyComponent, @Nullable String component, String[] assigneeKeys,
			@Nullable String status, @Nullable String query, int limit);
}
