package org.casekeep.correspondence.intake;

import java.util.List;
import java.util.UUID;

import org.casekeep.correspondence.office.TaskerViewers;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
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
	 * by reading the records newest first until the page is full.
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
	 * Up to {@code cap} visible records whose own text matches, in no order, through the full-text index. Run after
	 * {@link #readMatchesThroughTheTextIndex()}: PostgreSQL misjudges how rare a phrase is and would otherwise read
	 * the whole table for one.
	 */
	@Query(value = "select c.id as id, cast(extract(epoch from c.received_at) * 1000000 as bigint) as receivedMicros"
			+ " from correspondence.correspondence c where " + VISIBLE + """
			  and c.search @@ websearch_to_tsquery('english', cast(:query as text))
			limit :cap""", nativeQuery = true)
	List<Match> textMatches(boolean everyComponent, @Nullable String component, String[] assigneeKeys,
			@Nullable String status, String query, int cap);

	/** The same for the extracted text of attachments. */
	@Query(value = "select distinct c.id as id,"
			+ " cast(extract(epoch from c.received_at) * 1000000 as bigint) as receivedMicros"
			+ " from correspondence.attachment a join correspondence.correspondence c on c.id = a.correspondence_id"
			+ " where " + VISIBLE + """
			  and a.search @@ websearch_to_tsquery('english', cast(:query as text))
			limit :cap""", nativeQuery = true)
	List<Match> attachmentMatches(boolean everyComponent, @Nullable String component, String[] assigneeKeys,
			@Nullable String status, String query, int cap);

	/**
	 * The newest visible records with this receipt number, A-Number, case number, reference number or correspondent
	 * (each criterion optional, all given must match), at most {@code limit}. An A-Number is looked for only among the
	 * records of {@code aNumberComponent}, the one component whose A-Numbers the user may see (PIA 2.5).
	 *
	 * @param correspondent the start of the last name, first name or organization, lower case.
	 */
	@Query(value = "select c.* from correspondence.correspondence c where " + VISIBLE + """
			  and (cast(:receiptNumber as text) is null or c.receipt_number = cast(:receiptNumber as text))
			  and (cast(:aNumber as text) is null
			       or (c.a_number = cast(:aNumber as text) and c.owning_component = cast(:aNumberComponent as text)))
			  and (cast(:caseNumber as text) is null or lower(c.case_number) = lower(cast(:caseNumber as text)))
			  and (cast(:referenceNumber as text) is null
			       or upper(c.reference_number) = upper(cast(:referenceNumber as text)))
			  and (cast(:correspondent as text) is null
			       or lower(c.last_name) like cast(:correspondent as text) || '%'
			       or lower(c.first_name) like cast(:correspondent as text) || '%'
			       or lower(c.organization) like cast(:correspondent as text) || '%'
			       or lower(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')) like cast(:correspondent as text) || '%')
			order by c.received_at desc, c.id
			limit :limit""", nativeQuery = true)
	List<Correspondence> lookup(boolean everyComponent, @Nullable String component, String[] assigneeKeys,
			@Nullable String status, @Nullable String receiptNumber, @Nullable String aNumber,
			@Nullable String aNumberComponent, @Nullable String caseNumber, @Nullable String referenceNumber,
			@Nullable String correspondent, int limit);

	/**
	 * The newest visible records other than {@code id} that share an identifier or the correspondent with it, at most
	 * {@code limit}, each saying what it shares (see {@link CorrespondenceDuplicates}). Each criterion is optional;
	 * the A-Number is compared only among the records of {@code aNumberComponent} (PIA 2.5).
	 */
	@Query(value = """
			select c.id as id,
			       coalesce(c.receipt_number = cast(:receiptNumber as text), false) as sameReceiptNumber,
			       coalesce(c.a_number = cast(:aNumber as text)
			                and c.owning_component = cast(:aNumberComponent as text), false) as sameANumber,
			       coalesce(lower(c.case_number) = cast(:caseNumber as text), false) as sameCaseNumber,
			       coalesce(lower(c.email) = cast(:email as text), false) as sameEmail,
			       coalesce(lower(c.last_name) = cast(:lastName as text) and lower(c.first_name) = cast(:firstName as text)
			                and left(c.zip, 5) = cast(:zip as text), false) as sameNameAndZip
			from correspondence.correspondence c where """ + VISIBLE + """
			  and c.id <> :id
			  and (c.receipt_number = cast(:receiptNumber as text)
			       or (c.a_number = cast(:aNumber as text) and c.owning_component = cast(:aNumberComponent as text))
			       or lower(c.case_number) = cast(:caseNumber as text)
			       or lower(c.email) = cast(:email as text)
			       or (lower(c.last_name) = cast(:lastName as text) and lower(c.first_name) = cast(:firstName as text)
			           and left(c.zip, 5) = cast(:zip as text)))
			order by c.received_at desc, c.id
			limit :limit""", nativeQuery = true)
	List<Shared> sharingWith(boolean everyComponent, @Nullable String component, String[] assigneeKeys,
			@Nullable String status, UUID id, @Nullable String receiptNumber, @Nullable String aNumber,
			@Nullable String aNumberComponent, @Nullable String caseNumber, @Nullable String email,
			@Nullable String lastName, @Nullable String firstName, @Nullable String zip, int limit);

	/** Another record and what it shares with the one compared. */
	interface Shared {
		UUID getId();
		boolean getSameReceiptNumber();
		boolean getSameANumber();
		boolean getSameCaseNumber();
		boolean getSameEmail();
		boolean getSameNameAndZip();
	}

	/** For the rest of the transaction, matches are read through the text indexes rather than by scanning tables. */
	@Modifying
	@Query(value = "set local enable_seqscan = off", nativeQuery = true)
	void readMatchesThroughTheTextIndex();

	/** Undoes {@link #readMatchesThroughTheTextIndex()}. */
	@Modifying
	@Query(value = "set local enable_seqscan = on", nativeQuery = true)
	void planFreely();

	/** A matching record with what search orders by: the instant received, in microseconds. */
	interface Match {
		UUID getId();
		long getReceivedMicros();
	}
}
