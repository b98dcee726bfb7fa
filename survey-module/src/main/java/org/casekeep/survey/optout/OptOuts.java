package org.casekeep.survey.optout;

import java.util.Collection;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The opt-out list. */
interface OptOuts extends JpaRepository<OptOut, String> {

	@Query("select count(o) > 0 from OptOut o where o.digest in :digests")
	boolean anyOf(Collection<String> digests);

	@Modifying
	@Query(value = "insert into survey.opt_out (digest, kind, recorded_on) values (:digest, :kind, :day) "
			+ "on conflict (digest) do nothing", nativeQuery = true)
	void add(String digest, String kind, java.time.LocalDate day);
}
