package org.casekeep.crm.individuals;

import java.util.List;
import java.util.UUID;

import org.casekeep.crm.stakeholder.OwnedStakeholders;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.Query;

/** The individuals of the CRM. */
interface Individuals extends org.springframework.data.jpa.repository.JpaRepository<Individual, UUID>,
		OwnedStakeholders<Individual> {

	/**
	 * Search by any part of the first or last name, an issue and a state; each criterion optional. Ordered by last
	 * name, first name.
	 */
	@Query(value = """
			select * from crm.individual i
			where (cast(:name as text) is null
			       or lower(i.first_name || ' ' || i.last_name) like '%' || lower(cast(:name as text)) || '%'
			       or lower(i.last_name) like lower(cast(:name as text)) || '%')
			  and (cast(:issue as text) is null or cast(:issue as text) = any (i.issues))
			  and (cast(:state as text) is null or i.state = cast(:state as text))
			order by lower(i.last_name), lower(i.first_name), i.id
			limit :limit""", nativeQuery = true)
	List<Individual> search(@Nullable String name, @Nullable String issue, @Nullable String state, int limit);

	/** Individuals with this email address, ignoring case (uses the {@code lower(email)} index). */
	@Query(value = "select * from crm.individual i where lower(i.email) = lower(cast(:email as text)) order by i.id",
			nativeQuery = true)
	List<Individual> findByEmailIgnoringCase(String email);
}
