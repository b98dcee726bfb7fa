package org.casekeep.kernel.notify;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people Casekeep has seen sign in, by username and component ({@link Notifier#remember} keeps them). Modules ask
 * it whether a username they are given is a real user of a component before they hand that user anything.
 */
@Component
public class UserAccounts {

	private final JdbcClient jdbc;

	UserAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the user has signed in to Casekeep as a member of the component. */
	@Transactional(readOnly = true)
	public boolean isKnown(String username, String component) {
		return jdbc.sql("select exists (select 1 from kernel.user_account where username = ? and component = ?)")
			.params(username, component).query(Boolean.class).single();
	}

	/** The usernames of the component's users who have signed in, sorted. */
	@Transactional(readOnly = true)
	public List<String> usernames(String component) {
		return jdbc.sql("select username from kernel.user_account where component = ? order by username")
			.param(component).query(String.class).list();
	}
}
