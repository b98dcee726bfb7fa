package org.casekeep.detention.inspections;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The photographs and recordings of files. */
interface InspectionAttachments extends JpaRepository<InspectionAttachment, UUID> {

	/** The attachments of a file as listed, oldest first, without reading their bytes. */
	@Query("""
			select new org.casekeep.detention.inspections.InspectionViews$AttachmentView(a.id, cast(a.kind as String),
			  '', a.fileName, a.mediaType, a.sizeBytes, a.metadataStripped, a.uploadedBy, a.uploadedAt)
			from InspectionAttachment a where a.fileId = :fileId order by a.uploadedAt""")
	List<InspectionViews.AttachmentView> listedRaw(UUID fileId);

	/** The attachments of a file with their bytes, oldest first (for the file's archive package). */
	List<InspectionAttachment> findByFileIdOrderByUploadedAt(UUID fileId);

	default List<InspectionViews.AttachmentView> listed(UUID fileId) {
		return listedRaw(fileId).stream().map(v -> new InspectionViews.AttachmentView(v.id(), v.kind(),
				InspectionAttachment.Kind.valueOf(v.kind()).label(), v.fileName(), v.mediaType(), v.sizeBytes(),
				v.metadataStripped(), v.uploadedBy(), v.uploadedAt())).toList();
	}
}
