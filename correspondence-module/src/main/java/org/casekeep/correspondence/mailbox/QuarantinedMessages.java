package org.casekeep.correspondence.mailbox;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** The quarantined mailbox messages. */
interface QuarantinedMessages extends JpaRepository<QuarantinedMessage, UUID> {

	@Query(value = """
			select * from correspondence.mailbox_quarantine
			where (:includeResolved or resolved_at is null)
			order by quarantined_at desc, id limit :limit""", nativeQuery = true)
	List<QuarantinedMessage> findNewest(boolean includeResolved, int limit);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select q from QuarantinedMessage q where q.id = :id")
	Optional<QuarantinedMessage> findForUpdate(UUID id);
}
