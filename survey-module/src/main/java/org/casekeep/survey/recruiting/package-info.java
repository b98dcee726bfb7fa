/**
 * Recruiting a study's participants, only by the researchers of its unit (Customer Research PIA overview "Recruiting
 * Participants", 1.2, 2.2, 3.1): adding one directly, taking an export of another Department system with its source and
 * Privacy Act Statement, or asking the CRM once every gate is closed; never a person who opted out. What is recruited is
 * stored on the contact side ({@code participants}).
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.survey.recruiting;
