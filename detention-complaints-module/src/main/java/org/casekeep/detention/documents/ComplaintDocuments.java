package org.casekeep.detention.documents;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The supporting documents (schema {@code detention}). */
interface ComplaintDocuments extends JpaRepository<ComplaintDocument, UUID> {

	List<ComplaintDocument> findByComplaintIdOrderByUploadedAt(UUID complaintId);

	/** The complaint a document is part of, without loading its content. */
	@org.springframework.data.jpa.repository.Query("select d.complaintId from ComplaintDocument d where d.id = ?1")
	java.util.Optional<UUID> complaintIdOf(UUID id);
}
