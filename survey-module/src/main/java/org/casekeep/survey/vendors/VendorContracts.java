package org.casekeep.survey.vendors;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The vendor contracts of the studies, one a study. */
interface VendorContracts extends JpaRepository<VendorContract, UUID> {

	Optional<VendorContract> findByStudyId(UUID studyId);

	/** The contracts still awaiting return whose date is on or before the day given, soonest first. */
	@Query("select c from VendorContract c where c.state = org.casekeep.survey.vendors.ContractState.AWAITING_RETURN "
			+ "and c.returnBy <= ?1 order by c.returnBy, c.id")
	List<VendorContract> awaitingReturnBy(LocalDate day);
}
