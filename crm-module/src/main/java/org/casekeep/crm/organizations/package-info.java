/**
 * Organizations DHS engages with (CRM PIA 1.1, item 1): their directory, retention, pages and API, under the same
 * access rules and release through the guard as individuals.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.crm.organizations;
