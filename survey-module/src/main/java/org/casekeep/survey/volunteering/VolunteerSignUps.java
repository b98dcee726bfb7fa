package org.casekeep.survey.volunteering;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** The studies' volunteer sign-ups. */
interface VolunteerSignUps extends JpaRepository<VolunteerSignUp, UUID> {

	Optional<VolunteerSignUp> findByCode(String code);

	/** The sign-up, locked, so two sign-ups of one person to a study are taken one after the other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from VolunteerSignUp s where s.code = :code")
	Optional<VolunteerSignUp> lockByCode(String code);
}
