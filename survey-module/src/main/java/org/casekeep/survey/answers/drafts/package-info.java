/**
 * Answers saved to finish later, on the contact side (Customer Research PIA 3.4, overview): one sealed draft per
 * invitation, readable only with the invitation's token, which is never stored, and gone once the answer is sent,
 * the person opts out, the wave closes or the study's contact data is destroyed.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.survey.answers.drafts;
