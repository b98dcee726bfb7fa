/**
 * Indirect recruitment (Customer Research PIA overview "Recruiting Participants", 1.2, 2.2): a study's public
 * volunteer sign-up page, opened by its research unit once no gate is open, under a long random code; the privacy
 * notice before the first field; volunteers added as the study's participants through the panel, their contact
 * sealed like every other, never when they opted out.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.survey.volunteering;
