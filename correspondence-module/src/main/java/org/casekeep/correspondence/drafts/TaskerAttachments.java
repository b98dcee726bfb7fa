package org.casekeep.correspondence.drafts;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The files uploaded as draft responses; always read through their tasker, whose visibility they share. */
interface TaskerAttachments extends JpaRepository<TaskerAttachment, UUID> {

	/** What a tasker page lists, without loading the files themselves. */
	@Query("""
			select new org.casekeep.correspondence.drafts.TaskerAttachmentSummary(a.id, a.assignmentId, a.fileName,
			    a.mediaType, a.sizeBytes, a.uploadedBy, a.createdAt)
			from TaskerAttachment a where a.taskerId = :taskerId order by a.createdAt, a.id""")
	List<TaskerAttachmentSummary> summariesOf(UUID taskerId);
}
