/**
 * The CRM's administration by each office's administrators ({@code crm_admin}): moving the records of a user who left
 * to another user of the component (audited per record). Only for administrators of the records' own component.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.crm.administration;
