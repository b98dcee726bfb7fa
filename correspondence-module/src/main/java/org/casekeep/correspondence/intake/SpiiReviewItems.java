package org.casekeep.correspondence.intake;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The SPII findings of correspondence records. */
interface SpiiReviewItems extends JpaRepository<SpiiReviewItem, UUID> {

	List<SpiiReviewItem> findByCorrespondenceIdOrderByLocationAscStartOffsetAsc(UUID correspondenceId);

	@Modifying
	@Query("delete from SpiiReviewItem i where i.correspondenceId = :correspondenceId")
	int deleteByCorrespondence(UUID correspondenceId);
}
