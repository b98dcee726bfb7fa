package org.casekeep.correspondence.routing;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The routing templates. */
interface RoutingTemplates extends JpaRepository<RoutingTemplate, UUID> {

	@Query("select t from RoutingTemplate t order by lower(t.name), t.id")
	List<RoutingTemplate> findAllOrdered();

	@Query("select count(t) > 0 from RoutingTemplate t where t.owningComponent = :component and lower(t.name) = lower(:name) and t.id <> :exceptId")
	boolean nameTaken(String component, String name, UUID exceptId);
}
