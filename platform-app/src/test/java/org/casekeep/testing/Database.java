package org.casekeep.testing;

import java.sql.Connection;
import java.sql.SQLException;

import org.casekeep.platform.database.EmbeddedDatabaseServer;

/** Direct access to the embedded PostgreSQL, as a superuser behind the application's back. */
public final class Database {

	private Database() {
	}

	public static Connection superuser() throws SQLException {
		return EmbeddedDatabaseServer.shared(0).superuserConnection();
	}
}
