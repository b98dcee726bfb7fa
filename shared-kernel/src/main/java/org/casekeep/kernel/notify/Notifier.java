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
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
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
	private final Map<String, RequesterAddresses> requesterAddresses;
	private final AuditTrail audit;
	private final SpiiDetector spii = new SpiiDetector();
	private final String from;

	Notifier(JdbcClient jdbc, ObjectProvider<JavaMailSender> mail, List<ViewerKeys> viewerKeys,
			List<RequesterAddresses> requesterAddresses, AuditTrail audit,
			@Value("${casekeep.notifications.from:casekeep@casekeep.example}") String from) {
		this.jdbc = jdbc;
		this.mail = mail;
		this.viewerKeys = byRecordType(viewerKeys, ViewerKeys::recordType);
		this.requesterAddresses = byRecordType(requesterAddresses, RequesterAddresses::recordType);
		this.audit = audit;
		this.from = from;
	}

	/** One contributor per record type: two for one type stop the application at start-up. */
	private static <T> Map<String, T> byRecordType(List<T> contributors, Function<T, String> recordType) {
		return contributors.stream().collect(Collectors.toUnmodifiableMap(recordType, Function.identity(), (a, b) -> {
			throw new IllegalStateException("Two " + a.getClass().getInterfaces()[0].getSimpleName()
					+ " for record type " + recordType.apply(a) + ": " + a + " and " + b);
		}));
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
			.params(id, notice.recipient(), notice.kind().name(), notice.subject(), notice.body(),
					notice.link(), notice.dedupKey(), Timestamp.from(now),
					audience == null ? null : audience.recordType(),
					audience == null ? null : audience.keys().stream().sorted().toArray(String[]::new))
			.update();
		if (inserted == 0) {
			return false;
		}
		JavaMailSender sender = mail.getIfAvailable();
		// Without mail nothing is sent, so no address is read (a requester's is personal data, and its read audited).
		Optional<String> address = sender == null ? Optional.empty() : address(notice);
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

	/**
	 * The notices sent to the requester of a record, oldest first, for the record's own page; the caller checked that
	 * the user may read the record. They carry no personal data, and the address they went to is not kept with them.
	 */
	@Transactional(readOnly = true)
	public List<Notification> toRequesterOf(String recordType, String recordId) {
		return jdbc.sql("""
				select id, recipient, recipient_kind, subject, body, link, created_at, emailed_at
				from kernel.notification where recipient_kind = 'REQUESTER' and recipient = ? order by created_at, id""")
			.param(Notice.requesterOf(recordType, recordId))
			.query((rs, row) -> {
				Timestamp emailedAt = rs.getTimestamp(8);
				return new Notification(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), false, null,
						emailedAt == null ? null : emailedAt.toInstant());
			})
			.list();
	}

	/**
	 * Where the notice is emailed: a user's address learnt at sign-in, a component's mailbox, or the address a
	 * requester left on the record, read from the record through its module (the read audited, PIA: every access to
	 * PII leaves an entry) and never copied into the notification.
	 */
	private Optional<String> address(Notice notice) {
		if (notice.kind() == Notice.Kind.REQUESTER) {
			int colon = notice.recipient().lastIndexOf(':');
			String recordType = notice.recipient().substring(0, colon);
			String recordId = notice.recipient().substring(colon + 1);
			RequesterAddresses addresses = requesterAddresses.get(recordType);
			Optional<RequesterAddresses.Address> address = addresses == null ? Optional.empty()
					: addresses.emailOf(recordId);
			address.ifPresent(a -> audit.record(new AuditEvent(AuditAction.READ, recordType, recordId,
					a.owningComponent(), List.of(addresses.field()), "notice to the requester",
					"address read to email a notice")));
			return address.map(RequesterAddresses.Address::email);
		}
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
		else if (notice.kind() == Notice.Kind.REQUESTER) {
			// Someone outside the Department: the notice as it stands, without the product's name or a link.
			message.setSubject(notice.subject());
			message.setText(notice.body());
		}
		else {
			message.setSubject("[Casekeep] " + notice.subject());
			message.setText(notice.body() + link);
		}
		try {
			sender.send(message);
			// A requester's address stays on their record alone: the notification says only that it went there.
			jdbc.sql("update kernel.notification set emailed_to = ?, emailed_at = now() where id = ?")
				.params(notice.kind() == Notice.Kind.REQUESTER ? "the requester's address on the record" : address, id)
				.update();
		}
		catch (MailException ex) {
			// The in-app notification stands; the email can be resent from the notification record.
			LOG.warn("Could not email notification {}: {}", id, ex.getMessage());
		}
	}
}
