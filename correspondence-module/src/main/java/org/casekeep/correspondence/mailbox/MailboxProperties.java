package org.casekeep.correspondence.mailbox;

import org.casekeep.correspondence.office.OfficeRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The monitored mailbox (CATT): where new email is read from and on whose behalf it is taken in.
 *
 * @param enabled whether the scheduled poller reads the mailbox; off unless configured.
 * @param ssl IMAPS instead of IMAP.
 * @param owningComponent the intake office whose records the messages become (ESEC unless configured).
 * @param pollCron when the poller runs; {@code -} for never.
 * @param intakeUser the name of the system actor recorded as having taken the messages in.
 * @param taskerBusinessDays the federal business days the draft tasker gives to answer.
 */
@ConfigurationProperties("casekeep.correspondence.mailbox")
record MailboxProperties(@DefaultValue("false") boolean enabled, @Nullable String host,
		@DefaultValue("993") int port, @Nullable String username, @Nullable String password,
		@DefaultValue("INBOX") String folder, @DefaultValue("true") boolean ssl,
		@DefaultValue(OfficeRoles.EXECUTIVE_SECRETARIAT) String owningComponent,
		@DefaultValue("0 */2 * * * *") String pollCron,
		@DefaultValue("mailbox-intake") String intakeUser, @DefaultValue("10") int taskerBusinessDays) {
}
