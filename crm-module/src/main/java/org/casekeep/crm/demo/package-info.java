/**
 * The CRM's demo stakeholders for the run command (profile {@code demo}): fictitious people and organizations, taken
 * in through the CRM's own services so they are audited and tracked like any record.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.crm.demo;
