package org.casekeep.detention.complaint;

import org.jspecify.annotations.Nullable;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The complaints (schema {@code detention}). */
interface Complaints extends JpaRepository<Complaint, UUID> {

	/**
	 * The work queue of one status: emergencies first, then newest first. Two queries rather than one with
	 * "{@code :status is null or}", which PostgreSQL's generic plan cannot answer from an index; each is served in
	 * order by an index of changeset detention-022, and counted by an index-only scan.
	 */
	@Query("""
			select c from Complaint c where c.status = :status
			order by c.emergency desc, c.createdAt desc, c.caseNumber desc""")
	List<Complaint> queueOf(ComplaintStatus status, Pageable page);

	/** The work queue of every status, in the same order. */
	@Query("select c from Complaint c order by c.emergency desc, c.createdAt desc, c.caseNumber desc")
	List<Complaint> queueOfAll(Pageable page);

	long countByStatus(ComplaintStatus status);

	List<Complaint> findAllByIdIn(Collection<UUID> ids);

	java.util.Optional<Complaint> findByCaseNumber(String caseNumber);
}
