/**
 * OIDO's external relations (PIA overview "External Relations", 2.1-2.3, 4.3): its stakeholders, organizations first
 * and individuals optionally linked to one, each with the public source it was gathered from and its areas of
 * interest; the engagements OIDO staff hold or attend, with participants, reminders and materials; removal of a
 * stakeholder on request. An engagement held is told to the CRM once ({@code StakeholderEngagementHeld}). OIDO case
 * workers only (PIA 8.1): intake staff and other components see nothing here.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.detention.relations;
