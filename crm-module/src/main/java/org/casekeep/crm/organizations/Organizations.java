package org.casekeep.crm.organizations;

import java.util.List;
import java.util.UUID;

import org.casekeep.crm.stakeholder.OwnedStakeholders;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The organizations of the CRM. */
interface Organizations extends JpaRepository<Organization, UUID>, OwnedStakeholders<Organization> {

	/** Search by any part of the name, an issue and a state; each criterion optional. Ordered by name. */
	@Query(value = """
			select * from crm.organization o
			where (cast(:name as text) is null or lower(o.name) like '%' || lower(cast(:name as text)) || '%')
			  and (cast(:issue as text) is null or cast(:issue as text) = any (o.issues))
			  and (cast(:state as text) is null or o.state = cast(:state as text))
			order by lower(o.name), o.id
			limit :limit""", nativeQuery = true)
	List<Organization> search(@Nullable String name, @Nullable String issue, @Nullable String state, int limit);
}
