package org.casekeep.kernel.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives test users the current privacy training that case data behind a {@code TrainingRequirement} needs (OIDO PIA
 * 8.2), as the privacy office would record it, straight into the test database: a user without it is refused, which
 * the training's own tests prove. Before the schema exists (no context started yet) it does nothing and tries again
 * on the next call.
 */
public final class PrivacyTrainingRecords {

	private static final Set<String> TRAINED = ConcurrentHashMap.newKeySet();

	private PrivacyTrainingRecords() {
	}

	/** Records that the user completed the training today, once per test run. */
	public static void completedToday(String username, String component) {
		if (TRAINED.contains(username)) {
			return;
		}
		try (Connection db = TestDatabase.superuser();
				PreparedStatement insert = db.prepareStatement("""
						insert into kernel.privacy_training (id, username, component, course, completed_on, recorded_by,
						    recorded_at)
						select gen_random_uuid(), ?, ?, 'DHS Privacy Awareness', current_date, 'test-setup', now()
						where not exists (select 1 from kernel.privacy_training where username = ?
						                  and completed_on > current_date - interval '1 year')""")) {
			insert.setString(1, username);
			insert.setString(2, component);
			insert.setString(3, username);
			insert.executeUpdate();
			TRAINED.add(username);
		}
		catch (SQLException ex) {
			if (!"42P01".equals(ex.getSQLState())) {
				throw new IllegalStateException("Could not record test training for " + username, ex);
			}
		}
	}
}
