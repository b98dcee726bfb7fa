/**
 * The privacy-office console: data inventory, audit review and chain verification, accounting of disclosures,
 * retention schedules and the destruction log, for component privacy officers, the Chief Privacy Officer and the
 * ISSO.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy console", allowedDependencies = "kernel")
@org.jspecify.annotations.NullMarked
package org.casekeep.privacy;
