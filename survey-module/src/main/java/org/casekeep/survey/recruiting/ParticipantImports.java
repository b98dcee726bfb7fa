package org.casekeep.survey.recruiting;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The exports of other Department systems taken into studies. */
interface ParticipantImports extends JpaRepository<ParticipantImport, UUID> {
}
