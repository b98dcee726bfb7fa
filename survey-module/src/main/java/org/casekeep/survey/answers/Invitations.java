package org.casekeep.survey.answers;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** The invitations of the studies. */
interface Invitations extends JpaRepository<Invitation, UUID> {

	Optional<Invitation> findByTokenDigest(String tokenDigest);

	/** The invitation, locked, so two submissions of one invitation are taken one after the other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from Invitation i where i.tokenDigest = :digest")
	Optional<Invitation> lockByTokenDigest(String digest);

	List<Invitation> findByWaveId(UUID waveId);

	boolean existsByStudyIdAndLinked(UUID studyId, boolean linked);
}
