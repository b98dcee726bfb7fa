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

	/** The work queue: one status, or all when {@literal null}; emergencies first, then newest first. */
	@Query("""
			select c from Complaint c where (:status is null or c.status = :status)
			order by c.emergency desc, c.createdAt desc, c.caseNumber desc""")
	List<Complaint> queue(@Nullable ComplaintStatus status, Pageable page);

	@Query("select count(c) from Complaint c where (:status is null or c.status = :status)")
	long countQueue(@Nullable ComplaintStatus status);

	List<Complaint> findAllByIdIn(Collection<UUID> ids);

	java.util.Optional<Complaint> findByCaseNumber(String caseNumber);
}
