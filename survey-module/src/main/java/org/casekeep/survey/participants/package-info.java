/**
 * A study's participants and their contact details, kept apart from answers and sealed under the study's key (Customer
 * Research PIA overview "Recruiting Participants", "Wave Surveys", 1.2, 2.2, 3.1, 3.4): added directly, imported from
 * another Department system's export, or offered by the CRM; never a person who opted out of research.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.survey.participants;
