package org.casekeep.kernel.notify;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.spii.SpiiDetector;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Delivers notices in the application and by email. The in-app notification is written in the caller's transaction,
 * at most once per dedup key (so a reminder job that runs twice, or on two instances, tells people once); the email
 * goes after the transaction commits, to the user's address (learnt at sign-in) or the component's mailbox. Without
 * {@code spring.mail.host} only the in-app notification is written.
 * <p>
 * Notices must not carry personal data: text in which {@link SpiiDetector} finds SPII is refused.
 */
@Service
public class Notifier {

	private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);

	private final JdbcClient jdbc;
	private final ObjectProvider<JavaMailSender> mail;
	private final SpiiDetector spii = new SpiiDetector();
	private final String from;

	Notifier(JdbcClient jdbc, ObjectProvider<JavaMailSender> mail,
			@Value("${casekeep.notifications.from:casekeep@casekeep.example}") String from) {
		this.jdbc = jdbc;
		this.mail = mail;
		this.from = from;
	}

	/**
	 * Notifies, in the caller's transaction.
	 * @return whether the notice was new (false when its dedup key was delivered before).
	 * @throws IllegalArgumentException if the subject or body holds SPII.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean notify(Notice notice) {
		if (!spii.scan(notice.subject()).isEmpty() || !spii.scan(notice.body()).isEmpty()) {
			throw new IllegalArgumentException("Notifications must not carry sensitive personal data");
		}
		UUID id = UUID.randomUUID();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		int inserted = jdbc.sql("""
				insert into kernel.notification (id, recipient, recipient_kind, subject, body, link, dedup_key, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (dedup_key) do nothing""")
			.params(id, notice.recipient(), notice.toComponent() ? "COMPONENT" : "USER", notice.subject(), notice.body(),
					notice.link(), notice.dedupKey(), Timestamp.from(now))
			.update();
		if (inserted == 0) {
			return false;
		}
		Optional<String> address = address(notice);
		JavaMailSender sender = mail.getIfAvailable();
		if (sender != null && address.isPresent()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					send(sender, id, address.get(), notice);
				}
			});
		}
		return true;
	}

	/** Remembers a signed-in user's address and component, so reminders to them as a named expert can be emailed. */
	@Transactional
	public void remember(Actor actor, @Nullable String email) {
		jdbc.sql("""
				insert into kernel.user_account (username, email, component, last_seen) values (?, ?, ?, now())
				on conflict (username) do update set email = coalesce(excluded.email, kernel.user_account.email),
				    component = excluded.component, last_seen = excluded.last_seen""")
			.params(actor.username(), email, actor.component()).update();
	}

	/** The current user's notifications and those of their component, newest first. */
	@Transactional(readOnly = true)
	public List<Notification> mine(int limit) {
		Actor actor = Actors.require();
		return jdbc.sql("""
				select id, recipient, recipient_kind, subject, body, link, created_at, read_at, emailed_at
				from kernel.notification
				where (recipient_kind = 'USER' and recipient = ?) or (recipient_kind = 'COMPONENT' and recipient = ?)
				order by created_at desc limit ?""")
			.params(actor.username(), String.valueOf(actor.component()), limit)
			.query((rs, row) -> new Notification(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(),
					rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant(),
					rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant()))
			.list();
	}

	/** Marks one of the current user's notifications read; others' are left alone. */
	@Transactional
	public boolean markRead(UUID id) {
		Actor actor = Actors.require();
		return jdbc.sql("""
				update kernel.notification set read_at = now() where id = ? and read_at is null
				  and ((recipient_kind = 'USER' and recipient = ?) or (recipient_kind = 'COMPONENT' and recipient = ?))""")
			.params(id, actor.username(), String.valueOf(actor.component())).update() == 1;
	}

	private Optional<String> address(Notice notice) {
		String sql = notice.toComponent() ? "select mailbox from kernel.component where code = ?"
				: "select email from kernel.user_account where username = ?";
		return jdbc.sql(sql).param(notice.recipient()).query(String.class).optional();
	}

	private void send(JavaMailSender sender, UUID id, String address, Notice notice) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(address);
		message.setSubject("[Casekeep] " + notice.subject());
		message.setText(notice.body() + (notice.link() == null ? "" : "\n\n" + notice.link()));
		try {
			sender.send(message);
			jdbc.sql("update kernel.notification set emailed_to = ?, emailed_at = now() where id = ?").params(address, id).update();
		}
		catch (MailException ex) {
			// The in-app notification stands; the email can be resent from the notification record.
			LOG.warn("Could not email notification {}: {}", id, ex.getMessage());
		}
	}
}
