/**
 * Events the detention ombudsman module publishes: identifiers and the minimum facts a consumer needs.
 */
@org.springframework.modulith.NamedInterface("events")
@org.jspecify.annotations.NullMarked
package org.casekeep.detention.events;
