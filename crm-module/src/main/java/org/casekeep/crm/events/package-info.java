/**
 * Events the CRM publishes: identifiers and minimum facts only, never entities.
 */
@org.springframework.modulith.NamedInterface("events")
@org.jspecify.annotations.NullMarked
package org.casekeep.crm.events;
