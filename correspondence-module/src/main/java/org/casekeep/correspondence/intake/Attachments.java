package org.casekeep.correspondence.intake;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The attachments of correspondence records. */
interface Attachments extends JpaRepository<Attachment, UUID> {

	List<Attachment> findByCorrespondenceIdOrderByCreatedAt(UUID correspondenceId);

	@Modifying
	@Query("delete from Attachment a where a.correspondenceId = :correspondenceId")
	int deleteByCorrespondence(UUID correspondenceId);
}
