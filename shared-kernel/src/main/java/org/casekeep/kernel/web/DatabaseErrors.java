package org.casekeep.kernel.web;

import java.sql.SQLException;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * What may be logged of a database error: its SQLState and the constraint or table it names, never its message, which
 * can quote the values of the row (a duplicate key's e-mail address, a check's phone number).
 */
final class DatabaseErrors {

	private DatabaseErrors() {
	}

	static String describe(Throwable error) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql) {
				StringBuilder described = new StringBuilder("SQLState ").append(sql.getSQLState());
				ServerErrorMessage server = sql instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
				if (server != null) {
					append(described, "table", server.getTable());
					append(described, "constraint", server.getConstraint());
				}
				return described.toString();
			}
		}
		return error.getClass().getSimpleName();
	}

	private static void append(StringBuilder described, String what, String name) {
		if (name != null) {
			described.append(", ").append(what).append(' ').append(name);
		}
	}
}
