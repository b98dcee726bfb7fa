/**
 * Individual points of contact (CRM PIA 1.1, item 2): their directory (search, read, add, correct, delete on
 * request, export), their retention and their pages and API. Cell phone and email are seen only by contact viewers
 * of the owning component (PIA 4.1).
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.crm.individuals;
