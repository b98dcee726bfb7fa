/**
 * What individuals and organizations share: the stored {@link org.casekeep.crm.stakeholder.Stakeholder} (owner,
 * address, issues), its record types, roles and access rule, the Secretary's issues, the steps of every directory
 * (access check, audit, release through the guard), retention and the pages' common parts. Depends on no feature
 * of the CRM.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.crm.stakeholder;
