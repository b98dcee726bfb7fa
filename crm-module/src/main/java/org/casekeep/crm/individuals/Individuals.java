package org.casekeep.crm.individuals;

import java.util.List;
import java.util.UUID;

import org.casekeep.crm.stakeholder.OwnedStakeholders;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.Query;

/** The individuals of the CRM. */
interface Individuals extends org.springframework.data.jpa.repository.JpaRepository<Individual, UUID>,
		OwnedStakeholders<Individual> {

	/** The search criteria of {@link #search} and {@link #countFound}, each optional. */
	String FOUND = """
			where (cast(:name as text) is null
			       or lower(i.first_name || ' ' || i.last_name) like '%' || lower(cast(:name as text)) || '%'
			       or lower(i.last_name) like lower(cast(:name as text)) || '%')
			  and (cast(:issue as text) is null or cast(:issue as text) = any (i.issues))
			  and (cast(:state as text) is null or i.state = cast(:state as text))
			""";

	/**
	 * One page of the search by any part of the first or last name, an issue and a state; each criterion optional.
	 * Ordered by {@code sort} (a {@code StakeholderSort} name, bound as a value, never spliced into the query), then
	 * by last name, first name and id, so that pages do not overlap.
	 */
	@Query(value = "select * from crm.individual i " + FOUND + """
			order by case when :sort = 'OWNER' then lower(i.owner_username) end,
			         case when :sort = 'LAST_CONTACTED' then i.last_contacted_at end desc nulls last,
			         lower(i.last_name), lower(i.first_name), i.id
			limit :limit offset :offset""", nativeQuery = true)
	List<Individual> search(@Nullable String name, @Nullable String issue, @Nullable String state, String sort,
			int limit, long offset);

	/** How many individuals {@link #search} finds in all pages. */
	@Query(value = "select count(*) from crm.individual i " + FOUND, nativeQuery = true)
	long countFound(@Nullable String name, @Nullable String issue, @Nullable String state);

	/**
	 * Individuals whose notice allows contact for customer research, by issue, state and owning component; each
	 * criterion optional. Ordered by last name, first name.
	 */
	@Query(value = """
			select * from crm.individual i
			where i.research_contact_allowed
			  and (cast(:issue as text) is null or cast(:issue as text) = any (i.issues))
			  and (cast(:state as text) is null or i.state = cast(:state as text))
			  and (cast(:component as text) is null or i.owning_component = cast(:component as text))
			order by lower(i.last_name), lower(i.first_name), i.id
			limit :limit""", nativeQuery = true)
	List<Individual> researchContacts(@Nullable String issue, @Nullable String state, @Nullable String component,
			int limit);

	/** Individuals with this email address, ignoring case (uses the {@code lower(email)} index). */
	@Query(value = "select * from crm.individual i where lower(i.email) = lower(cast(:email as text)) order by i.id",
			nativeQuery = true)
	List<Individual> findByEmailIgnoringCase(String email);
}
