package org.casekeep.kernel.notify;

import java.util.UUID;

import org.casekeep.kernel.testing.ScratchDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The changeset that moves a notification's one read time into a read per person, run on a database of its own that
 * holds notifications written before it: a named user keeps what they had read, a component's notice is unread for
 * each member (nobody knows who read it), and a notice's audience is stored whole or not at all.
 */
class NotificationReadsMigrationTests {

	static final String BEFORE = "classpath:db/changelog/migration/kernel-before-notification-reads.yaml";
	static final String AFTER = "classpath:db/changelog/migration/kernel-notification-reads.yaml";

	@RegisterExtension
	final ScratchDatabase db = ScratchDatabase.migratedTo("kernel_migration", BEFORE);

	@Test
	void aNamedUsersReadIsKeptForThemAndAComponentsReadForNobody() throws Exception {
		String readByIsso = notification("isso", "USER", "'2026-11-30 14:00:00+00'");
		String unreadByIsso = notification("isso", "USER", "null");
		String readByAMemberOfIce = notification("ICE", "COMPONENT", "'2026-11-30 15:00:00+00'");

		db.migrate(AFTER);

		assertThat(db.row("select username, read_at = '2026-11-30 14:00:00+00' from kernel.notification_read"
				+ " where notification_id = '" + readByIsso + "'")).containsExactly("isso", "t");
		assertThat(db.row("select count(*) from kernel.notification_read where notification_id in ('" + unreadByIsso
				+ "', '" + readByAMemberOfIce + "')")).containsExactly("0");
		assertThat(db.columns("kernel", "notification")).doesNotContain("read_at").contains("audience_type", "audience");
	}

	@Test
	void aNoticesAudienceIsItsRecordTypeAndItsKeysTogether() throws Exception {
		db.migrate(AFTER);

		assertThatException().isThrownBy(() -> db.execute(insert("audience_type, audience", "'correspondence.tasker', null")));
		assertThatException().isThrownBy(() -> db.execute(insert("audience_type, audience", "null, '{officer:ICE}'")));
		db.execute(insert("audience_type, audience", "'correspondence.tasker', '{officer:ICE,assigner:ESEC}'"));
	}

	private String notification(String recipient, String kind, String readAt) throws Exception {
		String id = UUID.randomUUID().toString();
		db.execute("insert into kernel.notification (id, recipient, recipient_kind, subject, body, created_at, read_at)"
				+ " values ('" + id + "', '" + recipient + "', '" + kind + "', 'Weekly audit review', 'Due.', now(), "
				+ readAt + ")");
		return id;
	}

	private static String insert(String columns, String values) {
		return "insert into kernel.notification (id, recipient, recipient_kind, subject, body, created_at, " + columns
				+ ") values ('" + UUID.randomUUID() + "', 'ICE', 'COMPONENT', 'Reminder', 'Due.', now(), " + values + ")";
	}
}
