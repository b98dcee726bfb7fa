/**
 * Invitations to a wave and the answers they bring, kept apart (Customer Research PIA overview "Recruiting
 * Participants", "Wave Surveys", 3.4, 4.1): an invitation is a random token on the contact side; an answer carries a
 * random id, the day and, for wave studies only, the participant's pseudonymous id, and never the token, the
 * invitation, the contact, an IP address or a time of day. The public answer page shows the privacy notice first and
 * offers the opt-out; open answers are redacted of SPII before they are stored. What a respondent saves to finish
 * later stays on the invitation's side, sealed under its token ({@code drafts}).
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.survey.answers;
