package org.casekeep.detention.recommendations;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The recommendations (schema {@code detention}). */
interface Recommendations extends JpaRepository<Recommendation, UUID> {

	/** Tracking: one status or all, earliest due first. */
	@Query("""
			select r from Recommendation r where (:status is null or r.status = :status)
			order by r.dueOn, r.createdAt""")
	List<Recommendation> tracked(Recommendation.@Nullable Status status, Pageable page);

	@Query("select count(r) from Recommendation r where (:status is null or r.status = :status)")
	long countTracked(Recommendation.@Nullable Status status);
}
