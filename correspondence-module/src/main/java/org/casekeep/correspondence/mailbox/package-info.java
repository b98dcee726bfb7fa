/**
 * The monitored mailbox (CATT): unseen email becomes a correspondence record with a draft tasker, exactly once per
 * message, or waits in the quarantine with the reason it could not be taken in.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.correspondence.mailbox;
