package org.casekeep.survey.recruiting;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** The studies' requests for candidates from the CRM. */
interface RecruitmentRequests extends JpaRepository<RecruitmentRequest, UUID> {

	/** The request, locked, so two deliveries of one answer are taken one after the other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from RecruitmentRequest r where r.id = :id")
	Optional<RecruitmentRequest> lockById(UUID id);

	List<RecruitmentRequest> findByStudyIdOrderByRequestedAt(UUID studyId);
}
