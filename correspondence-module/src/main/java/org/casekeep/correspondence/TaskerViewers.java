package org.casekeep.correspondence;

import java.util.ArrayList;
import java.util.List;

import org.casekeep.kernel.access.Actor;

/**
 * The visibility keys of a viewer, matched in SQL against the {@code viewers} column that the database keeps on
 * every tasker (changelog {@code correspondence/005-tasker-viewers.sql}). The keys say the same as
 * {@link TaskerAccessRules}, which decides single reads:
 * <ul>
 * <li>{@code user:<name>}: what was assigned to the viewer by name;</li>
 * <li>{@code officer:<component>}: for action officers, what was assigned to their component as a whole or to an
 * office of it;</li>
 * <li>{@code leader:<component>}: for {@code exec_sec} users, the component's leadership, everything assigned to
 * their component, its offices or its experts;</li>
 * <li>{@code assigner:<component>}: for {@code exec_sec} users, what their component assigned.</li>
 * </ul>
 * The Executive Secretariat of ESEC sees every tasker and needs no keys ({@link #seesEverything}).
 */
final class TaskerViewers {

	private TaskerViewers() {
	}

	static boolean seesEverything(Actor actor) {
		return TaskerAccessRules.isExecutiveSecretariat(actor);
	}

	/**
	 * Every key that lets the actor see a tasker, the assigning office's included. Never empty. An array, which the
	 * JDBC driver binds as one {@code text[]} parameter.
	 */
	static String[] of(Actor actor) {
		List<String> keys = keys(actor);
		if (actor.hasRole(TaskerAccessRules.EXEC_SEC) && actor.component() != null) {
			keys.add("assigner:" + actor.component());
		}
		return keys.toArray(String[]::new);
	}

	/**
	 * The keys of the assignee side only: named expert, action officer of an assigned component, leadership of an
	 * assigned component. These also open the correspondence a tasker answers. Never empty.
	 */
	static String[] assigneeKeys(Actor actor) {
		return keys(actor).toArray(String[]::new);
	}

	private static List<String> keys(Actor actor) {
		List<String> keys = new ArrayList<>(3);
		keys.add("user:" + actor.username());
		String component = actor.component();
		if (component != null) {
			if (actor.hasRole(TaskerAccessRules.ACTION_OFFICER)) {
				keys.add("officer:" + component);
			}
			if (actor.hasRole(TaskerAccessRules.EXEC_SEC)) {
				keys.add("leader:" + component);
			}
		}
		return keys;
	}
}
