/**
 * Triage of received complaints (OIDO PIA overview): previous complaints about the same detainee by A-Number and by
 * fuzzy name and date of birth, consent, jurisdiction, emergencies flagged to managers at once, and the outcomes the
 * complaint guards itself: accept and assign, merge into a duplicate, refer with confidentiality protections, decline.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.detention.triage;
