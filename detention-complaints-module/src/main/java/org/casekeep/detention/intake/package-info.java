/**
 * Complaint intake from every staff channel (OIDO PIA overview, 2.1, 2.2), its pages and API, the work queue and a
 * complaint's page, and filing from the public portal, through the complaint package.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.detention.intake;
