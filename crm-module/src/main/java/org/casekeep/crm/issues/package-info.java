/**
 * The Secretary's issues (CRM PIA 1.1, item 4) as the CRM's administrators keep them: adding, renaming, retiring and
 * reactivating them, the stakeholders a retirement makes due for deletion (PIA 3.2), and each issue's page of
 * material. What every feature reads of them is {@link org.casekeep.crm.stakeholder.IssueCatalog}.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.crm.issues;
