package org.casekeep.crm.organizations;

import java.util.List;
import java.util.UUID;

import org.casekeep.crm.stakeholder.OwnedStakeholders;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The organizations of the CRM. */
interface Organizations extends JpaRepository<Organization, UUID>, OwnedStakeholders<Organization> {

	/** The search criteria of {@link #search} and {@link #countFound}, each optional. */
	String FOUND = """
			where (cast(:name as text) is null or lower(o.name) like '%' || lower(cast(:name as text)) || '%')
			  and (cast(:issue as text) is null or cast(:issue as text) = any (o.issues))
			  and (cast(:state as text) is null or o.state = cast(:state as text))
			""";

	/**
	 * One page of the search by any part of the name, an issue and a state; each criterion optional. Ordered by
	 * {@code sort} (a {@code StakeholderSort} name, bound as a value), then by name and id.
	 */
	@Query(value = "select * from crm.organization o " + FOUND + """
			order by case when :sort = 'OWNER' then lower(o.owner_username) end, lower(o.name), o.id
			limit :limit offset :offset""", nativeQuery = true)
	List<Organization> search(@Nullable String name, @Nullable String issue, @Nullable String state, String sort,
			int limit, long offset);

	/** How many organizations {@link #search} finds in all pages. */
	@Query(value = "select count(*) from crm.organization o " + FOUND, nativeQuery = true)
	long countFound(@Nullable String name, @Nullable String issue, @Nullable String state);
}
