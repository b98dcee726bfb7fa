/**
 * Instruments of a study (Customer Research PIA 2.1, 2.5, 4.1, footnote 4): questionnaires and interview guides with
 * closed, open-ended and optional demographic questions and, for the public, the Privacy Act notice. Reviewers mark
 * over-collection; approval is of one exact version, and any change afterwards makes a new version to approve.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.survey.instruments;
