/**
 * Outreach reports (CRM PIA 2.1, 2.2; the Homeland Security Advisory Council's regionalization goal): how many
 * stakeholders and interactions DHS has per state and per FEMA region, by issue, by component and over a period, so
 * that a user sees where the Department is strong and where it has nobody. Counts only: no report names a person.
 */
@NullMarked
package org.casekeep.crm.outreach;

import org.jspecify.annotations.NullMarked;
