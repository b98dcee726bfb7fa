package org.casekeep.survey.gates;

import java.time.Instant;
import java.util.UUID;

/**
 * A wave of a study closed; {@code finalWave} when it was the last, after which the study's contact data is destroyed
 * (PIA overview "Wave Surveys"). Published inside the closing transaction, for the contact side within the module.
 */
public record WaveClosed(UUID studyId, int number, boolean finalWave, Instant occurredAt) {
}
