/**
 * Studies of customer research (Customer Research PIA, overview): their method, purpose, population, research unit,
 * planned participants, period and vendor tool, and the gates a study must pass before any collection — its Privacy
 * Threshold Analysis, the Paperwork Reduction Act clearance where it applies, and the approval of its vendor tool.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.survey.studies;
