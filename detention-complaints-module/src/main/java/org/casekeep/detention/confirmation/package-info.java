/**
 * Confirmation to the submitter (OIDO PIA 7.3): a printable letter or an e-mail with the case number and the office's
 * contact details, and the log of every correspondence back to a detainee, representative or facility point of contact
 * (PIA 8.1): who, when, by which channel, to whom by role, and whether it went, never its content.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.detention.confirmation;
