/**
 * Sessions of interviews, ethnographic interviews, focus groups and usability tests (Customer Research PIA overview):
 * who takes part and who runs them, held only once the study's gates are closed; affirmative consent bound to the
 * exact text shown before any recording ("Audio and Video Recordings", 4.3); recordings sealed, seen by the session's
 * team alone and purged the moment a transcript or the notes are verified, with the consent's name and signature;
 * and transcripts and notes redacted of names and SPII before they become analysis data ("Focus Groups", 2.5).
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.survey.sessions;
