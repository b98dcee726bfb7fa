package org.casekeep.survey.vendors;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The sharings of contact data with the studies' vendors. */
interface VendorDisclosures extends JpaRepository<VendorDisclosure, UUID> {

	List<VendorDisclosure> findByStudyIdOrderByRequestedAtDesc(UUID studyId);
}
