/**
 * Notifications to people and to components' mailboxes, in the application and by email. Their text carries
 * reference numbers and links, never personal data: the {@link org.casekeep.kernel.notify.Notifier} refuses SPII.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.kernel.notify;
