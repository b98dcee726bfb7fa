package org.casekeep.correspondence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The correspondence records. */
interface CorrespondenceRecords extends JpaRepository<Correspondence, UUID> {

	@Query(value = "select nextval('correspondence.reference_seq')", nativeQuery = true)
	long nextReferenceNumber();

	@Query(value = "select nextval('correspondence.reference_seq') from generate_series(1, :count)", nativeQuery = true)
	List<Long> nextReferenceNumbers(int count);

	/**
	 * What the user may see, IN the query, so that neither rows nor counts leak: every record when
	 * {@code everyComponent}, else those of {@code component} and those a tasker assigns to them (the row's
	 * {@code viewers}, kept by the database from the taskers' assignments, share one of the user's
	 * {@link TaskerViewers#assigneeKeys assignee keys}).
	 */
	String VISIBLE = """
			(:everyComponent or c.owning_component = cast(:component as text)
			 or c.viewers && cast(:assigneeKeys as text[]))
			  and (cast(:status as text) is null or c.status = cast(:status as text))""";

	/**
	 * The newest visible records matching the query (subject, body or the extracted text of an attachment), found
	 * by reading the records newest first until the page is full: fast when matches are common.
	 *
	 * @param query PostgreSQL web-search syntax ({@code websearch_to_tsquery}), {@literal null} for no text filter.
	 */
	@Query(value = "select c.* from correspondence.correspondence c where " + VISIBLE + """
			  and (cast(:query as text) is null
			       or c.search @@ websearch_to_tsquery('english', cast(:query as text))
			       or exists (select 1 from correspondence.attachment a
			                  where a.correspondence_id = c.id
			                    and a.search @@ websearch_to_tsquery('english', cast(:query as text))))
			order by c.received_at desc, c.id
			limit :limit""", nativeQuery = true)
	List<Correspondence> searchNewestFirst(boolean everyComponent, @Nullable String component, String[] assigneeKeys,
			@Nullable String status, @Nullable String query, int limit);

	/**
	 * Up to {@code cap} visible records matching the query, in no order, found through the full-text indexes: fast
	 * when matches are rare. Fewer than {@code cap} rows means these are all the matches.
	 */
	@Query(value = "select c.id as id, c.received_at as receivedAt from correspondence.correspondence c where "
			+ VISIBLE + """
			  and c.id in (select m.id from correspondence.correspondence m
			               where m.search @@ websearch_to_tsquery('english', cast(:query as text))
			               union
			               select a.correspondence_id from correspondence.attachment a
			               where a.search @@ websearch_to_tsquery('english', cast(:query as text)))
			limit :cap""", nativeQuery = true)
	List<Match> searchMatches(boolean everyComponent, @Nullable String component, String[] assigneeKeys,
			@Nullable String status, String query, int cap);

	/** A matching record, with what search orders by. */
	interface Match {
		UUID getId();
		Instant getReceivedAt();
	}
}
