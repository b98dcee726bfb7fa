package org.casekeep.crm.issues;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The documents uploaded to the issues. */
interface IssueDocuments extends JpaRepository<IssueDocument, UUID> {

	/** An issue's documents, newest first, without their content. */
	@Query("""
			select new org.casekeep.crm.issues.IssueLibrary$Document(d.id, d.issueCode, d.filename, d.contentType,
				d.sizeBytes, d.uploadedAt, d.uploadedBy)
			from IssueDocument d where d.issueCode = :issueCode order by d.uploadedAt desc, d.id""")
	List<IssueLibrary.Document> listed(String issueCode);
}
