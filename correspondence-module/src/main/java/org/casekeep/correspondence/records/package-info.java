/**
 * Records management of correspondence: records review, which files a record as temporary under one of its
 * schedules or as permanent until one is approved (PIA 5.1), and the accounting of disclosures outside the
 * Department (PIA 6.4). Works on records through intake's public services, never on their entities.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.correspondence.records;
