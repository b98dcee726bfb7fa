package org.casekeep.testing;

import java.sql.Connection;
import java.sql.SQLException;

import org.casekeep.platform.database.EmbeddedDatabaseServer;

/** Direct access to the embedded PostgreSQL, as a superuser behind the application's back. */
public final class Database {

	private Database() {
	}

	public static Connection superuser() throws SQLException {
		return EmbeddedDatabaseServer.shared().superuserConnection();
	}

	/** What benchmark figures were measured on: the server's version and its durability settings. */
	public static String settings() throws SQLException {
		try (Connection db = superuser(); java.sql.Statement statement = db.createStatement();
				java.sql.ResultSet rs = statement.executeQuery("""
						select current_setting('server_version'), current_setting('fsync'),
						       current_setting('synchronous_commit'), current_setting('full_page_writes')""")) {
			rs.next();
			boolean durable = EmbeddedDatabaseServer.shared().durable();
			return "embedded PostgreSQL " + rs.getString(1) + ", " + (durable ? "durable settings" : "fast test settings")
					+ " (fsync " + rs.getString(2) + ", synchronous_commit " + rs.getString(3) + ", full_page_writes "
					+ rs.getString(4) + ")";
		}
	}
}
