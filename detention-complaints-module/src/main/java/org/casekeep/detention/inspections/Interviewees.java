package org.casekeep.detention.inspections;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The interviewees of files. */
interface Interviewees extends JpaRepository<Interviewee, UUID> {

	List<Interviewee> findByFileIdOrderByRecordedAt(UUID fileId);
}
