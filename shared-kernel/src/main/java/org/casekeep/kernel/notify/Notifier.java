package org.casekeep.kernel.notify;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

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
 * <p>
 * Each person reads a notice for themselves: marking a component's notice read marks it read for the one who did. A
 * notice that names a record ({@link Notice#audience()}) is seen only by those who may open the record, as the owning
 * module's {@link ViewerKeys} say; with no such module, by nobody. A component's mailbox is read by people outside
 * that audience, so the email to it says only that there is a new notice, and where (PIA 8.3: access only for those
 * with a need to know).
 */
@Service
public class Notifier {

	private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);

	/** What a component's mailbox is told of any notice: nothing of its content (see {@link #send}). */
	private static final String CONTENT_FREE = "You have a new notice in Casekeep";

	/**
	 * Whether notification {@code n} is the actor's to see: addressed to them or to their component, and, when it names
	 * a record, the actor opens every record of its type ({@code :everything}) or holds one of its audience's keys
	 * ({@code :types} and {@code :keys}, side by side, one row per key of a contributed type).
	 */
	private static final String VISIBLE = """
			((n.recipient_kind = 'USER' and n.recipient = :username)
			  or (n.recipient_kind = 'COMPONENT' and n.recipient = :component))
			and (n.audience_type is null
			  or n.audience_type = any(cast(:everything as text[]))
			  or exists (select 1 from unnest(cast(:types as text[]), cast(:keys as text[])) as k(type, key)
			             where k.type = n.audience_type and k.key = any(n.audience)))""";

	private final JdbcClient jdbc;
	private final ObjectProvider<JavaMailSender> mail;
	private final Map<String, ViewerKeys> viewerKeys;
	private final SpiiDetector spii = new SpiiDetector();
	private final String from;

	Notifier(JdbcClient jdbc, ObjectProvider<JavaMailSender> mail, List<ViewerKeys> viewerKeys,
			@Value("${casekeep.notifications.from:casekeep@casekeep.example}") String from) {
		this.jdbc = jdbc;
		this.mail = mail;
		this.viewerKeys = viewerKeys.stream().collect(Collectors.toUnmodifiableMap(ViewerKeys::recordType,
				Function.identity(), (a, b) -> {
					throw new IllegalStateException("Two ViewerKeys for record type " + a.recordType() + ": " + a
							+ " and " + b);
				}));
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
		RecordAudience audience = notice.audience();
		int inserted = jdbc.sql("""
				insert into kernel.notification (id, recipient, recipient_kind, subject, body, link, dedup_key, created_at,
				    audience_type, audience)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as text[])) on conflict (dedup_key) do nothing""")
			.params(id, notice.recipient(), notice.toComponent() ? "COMPONENT" : "USER", notice.subject(), notice.body(),
					notice.link(), notice.dedupKey(), Timestamp.from(now),
					audience == null ? null : audience.recordType(),
					audience == null ? null : audience.keys().stream().sorted().toArray(String[]::new))
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

	/**
	 * The current user's notifications and those of their component that they may see, newest first, each with
	 * whether they have read it.
	 */
	@Transactional(readOnly = true)
	public List<Notification> mine(int limit) {
		Actor actor = Actors.require();
		return visibleTo(actor, jdbc.sql("""
				select n.id, n.recipient, n.recipient_kind, n.subject, n.body, n.link, n.created_at, r.read_at, n.emailed_at
				from kernel.notification n
				left join kernel.notification_read r on r.notification_id = n.id and r.username = :username
				where """ + VISIBLE + """
				order by n.created_at desc limit :limit"""))
			.param("limit", limit)
			.query((rs, row) -> {
				Timestamp readAt = rs.getTimestamp(8);
				Timestamp emailedAt = rs.getTimestamp(9);
				return new Notification(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), readAt != null,
						readAt == null ? null : readAt.toInstant(), emailedAt == null ? null : emailedAt.toInstant());
			})
			.list();
	}

	/**
	 * Marks a notification read for the current user alone; marking it again keeps the first time.
	 * @return whether the notification is one the user may see ({@link #mine}); others are left alone.
	 */
	@Transactional
	public boolean markRead(UUID id) {
		Actor actor = Actors.require();
		boolean visible = visibleTo(actor, jdbc.sql("select count(*) from kernel.notification n where n.id = :id and "
				+ VISIBLE)).param("id", id).query(Long.class).single() == 1;
		if (visible) {
			jdbc.sql("""
					insert into kernel.notification_read (notification_id, username, read_at) values (?, ?, now())
					on conflict (notification_id, username) do nothing""")
				.params(id, actor.username()).update();
		}
		return visible;
	}

	/** Binds {@link #VISIBLE} for the actor: their name, their component and their keys for every contributed type. */
	private JdbcClient.StatementSpec visibleTo(Actor actor, JdbcClient.StatementSpec statement) {
		List<String> everything = new ArrayList<>();
		List<String> types = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		for (ViewerKeys contributor : viewerKeys.values()) {
			if (contributor.opensEvery(actor)) {
				everything.add(contributor.recordType());
			}
			for (String key : contributor.keysOf(actor)) {
				types.add(contributor.recordType());
				keys.add(key);
			}
		}
		return statement.param("username", actor.username())
			.param("component", actor.component())
			.param("everything", everything.toArray(String[]::new))
			.param("types", types.toArray(String[]::new))
			.param("keys", keys.toArray(String[]::new));
	}

	private Optional<String> address(Notice notice) {
		String sql = notice.toComponent() ? "select mailbox from kernel.component where code = ?"
				: "select email from kernel.user_account where username = ?";
		return jdbc.sql(sql).param(notice.recipient()).query(String.class).optional();
	}

	/**
	 * Emails a named user the notice itself. A component's mailbox is read by people who may not open what the notice
	 * names, so it is told only that there is a notice, and the link: what it says is shown in Casekeep to those who
	 * may see it.
	 */
	private void send(JavaMailSender sender, UUID id, String address, Notice notice) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(address);
		String link = notice.link() == null ? "" : "\n\n" + notice.link();
		if (notice.toComponent()) {
			message.setSubject("[Casekeep] " + CONTENT_FREE);
			message.setText(CONTENT_FREE + "." + link);
		}
		else {
			message.setSubject("[Casekeep] " + notice.subject());
			message.setText(notice.body() + link);
		}
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
