package org.casekeep.survey.keys;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The wrapped data keys of the studies. */
interface StudyKeys extends JpaRepository<StudyKey, UUID> {
}
