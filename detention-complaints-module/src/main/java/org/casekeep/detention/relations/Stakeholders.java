package org.casekeep.detention.relations;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Stakeholders extends JpaRepository<Stakeholder, UUID> {

	/** PIA 2.2: organizations first, then people, each by name. */
	@Query("select s from Stakeholder s order by s.kind desc, lower(s.name), s.id")
	List<Stakeholder> listing(Pageable page);

	List<Stakeholder> findByOrganizationId(UUID organizationId);

	List<Stakeholder> findAllByIdIn(Collection<UUID> ids);
}
