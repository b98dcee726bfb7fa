/**
 * The contact history of individuals (CRM PIA 1.1): conversations and interactions DHS had with them, recorded by
 * users or taken from correspondence the correspondence module received, newest first. Kept with the individual it
 * is part of, through {@link org.casekeep.crm.contacthistory.Contacts}.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.crm.contacthistory;
