package org.casekeep.detention.documents;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The supporting documents (schema {@code detention}). */
interface ComplaintDocuments extends JpaRepository<ComplaintDocument, UUID> {

	List<ComplaintDocument> findByComplaintIdOrderByUploadedAt(UUID complaintId);
}
