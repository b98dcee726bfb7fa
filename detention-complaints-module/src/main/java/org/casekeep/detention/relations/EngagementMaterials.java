package org.casekeep.detention.relations;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface EngagementMaterials extends JpaRepository<EngagementMaterial, UUID> {

	List<EngagementMaterial> findByEngagementIdOrderByUploadedAt(UUID engagementId);
}
