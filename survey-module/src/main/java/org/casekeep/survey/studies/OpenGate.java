package org.casekeep.survey.studies;

/**
 * A gate that still blocks a study, with what is missing in words a researcher can act on.
 *
 * @param gate the gate, must not be {@literal null}.
 * @param reason what is missing; holds no personal data.
 */
public record OpenGate(Gate gate, String reason) {
}
