/**
 * Draft responses that assignees upload to their assignment (PIA "Review &amp; Analysis": responses "uploaded
 * directly into the tracking tool"), checked for SPII before they are stored and seen by exactly those who see the
 * tasker.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.correspondence.drafts;
