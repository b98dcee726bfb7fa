/**
 * The ISSO's weekly review of the audit trail (CRM PIA 2.4, 8.5): the review due each week, its sign-off and report,
 * and the reminder when a week passes without one. Apart from {@code audit} because it notifies, and notifications
 * depend on the audit trail.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.kernel.review;
