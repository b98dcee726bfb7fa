/**
 * Delivery of the events modules publish to each other: incomplete publications are resubmitted with back-off, on
 * one instance at a time, and those that keep failing are reported without their contents.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.kernel.delivery;
