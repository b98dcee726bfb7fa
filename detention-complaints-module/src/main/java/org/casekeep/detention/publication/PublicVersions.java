package org.casekeep.detention.publication;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The public versions of reports and recommendations. */
interface PublicVersions extends JpaRepository<PublicVersion, UUID> {

	/** The reading room: what is published now, newest first. */
	@Query("select v from PublicVersion v where v.status = 'PUBLISHED' order by v.publishedAt desc, v.id")
	List<PublicVersion> published(Pageable page);

	@Query("select count(v) from PublicVersion v where v.status = 'PUBLISHED'")
	long countPublished();

	@Query("select v from PublicVersion v where v.publicId = ?1 and v.status = 'PUBLISHED'")
	Optional<PublicVersion> findPublished(UUID publicId);

	List<PublicVersion> findBySourceKindAndSourceIdOrderByEditionDesc(PublicVersion.SourceKind kind, UUID sourceId);

	@Query("select v from PublicVersion v order by v.updatedAt desc, v.id")
	List<PublicVersion> recent(Pageable page);

	@Query("select count(v) from PublicVersion v")
	long countAll();
}
