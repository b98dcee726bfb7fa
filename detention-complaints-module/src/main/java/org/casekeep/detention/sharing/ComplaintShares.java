package org.casekeep.detention.sharing;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintShares extends JpaRepository<ComplaintShare, UUID> {

	List<ComplaintShare> findByComplaintIdOrderByRequestedAtDesc(UUID complaintId);
}
