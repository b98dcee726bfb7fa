/**
 * A study's participants and their contact details, kept apart from answers and sealed under the study's key (Customer
 * Research PIA overview "Wave Surveys", 3.4): visible to the study's recruiters only, every read audited, and what
 * invitations and answers need of them, without a contact detail.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.survey.participants;
