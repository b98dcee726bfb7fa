/**
 * Events DHS collaborated on (CRM PIA 1.1, item 3): meetings and events with their name, date, agenda, issues
 * discussed and attendees, owned by a component and a user. Attending is contact: each individual attendee's contact
 * history records it once. Events the ombudsman module publishes become events here too. (The package
 * {@code crm.events} holds the CRM's published domain events, not these.)
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.crm.engagements;
