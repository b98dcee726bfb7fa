/**
 * The component trackers of Correspondence PIA Appendix A (RAMS, OCC-PMT, OPQ report requests, LETS, the STARS privacy
 * incident tracking, the R&amp;A tracker, SCOPSSCATA and EMMA) as configuration: each tracker type is declared once,
 * in {@code trackers/*.yml}, with its fields and their personal-data declarations, its stages and milestones, its
 * restricted library, retention schedule, intake form and notices to the requester. The kernel catalog reads the
 * declarations through {@link org.casekeep.kernel.pii.RecordTypeContributor}, so masking, read audit, export rules,
 * retention and the data inventory cover tracker items as they cover annotated entities. Items are stored
 * generically ({@code correspondence.tracker_item}) and validated against their type on every write.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.correspondence.trackers;
