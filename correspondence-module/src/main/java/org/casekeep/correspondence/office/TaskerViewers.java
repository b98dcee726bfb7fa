package org.casekeep.correspondence.office;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.casekeep.kernel.access.Actor;
import org.jspecify.annotations.Nullable;

/**
 * Who may see a tasker (FEMA ACT, ESTT: visible only to the assigning office, the assignees and their leadership),
 * written once as keys. A tasker has keys, a viewer has keys, and the viewer sees the tasker when the Executive
 * Secretariat of ESEC is looking ({@link #seesEverything}) or the two share a key:
 * <ul>
 * <li>{@code assigner:<component>}: the assigning office; its {@code exec_sec} users hold the key;</li>
 * <li>{@code leader:<component>}: the leadership of a component assigned as a whole, through an office or by expert;
 * its {@code exec_sec} users hold the key;</li>
 * <li>{@code officer:<component>}: a component assigned as a whole or through one of its offices; its action
 * officers hold the key;</li>
 * <li>{@code user:<username>}: a subject matter expert assigned by name; that user holds the key.</li>
 * </ul>
 * Assignments replaced by a reassignment grant nothing. The database keeps the same keys on every tasker row
 * ({@code viewers}, changelog {@code correspondence/005-tasker-viewers.sql}), so lists, counts and metrics filter with
 * {@link #VISIBLE} in SQL, while single reads compare {@link #ofTasker} with {@link #of} in Java; both sides are kept
 * in step by a property test.
 */
public final class TaskerViewers {

	/**
	 * The kernel record type these keys guard: a tasker, and with it its history and its draft responses, which are
	 * seen by exactly those who see the tasker.
	 */
	public static final String RECORD_TYPE = "correspondence.tasker";

	/**
	 * The SQL filter over a tasker row {@code t}: {@code :everything} for the Executive Secretariat of ESEC, else the
	 * row's {@code viewers} share a key with {@code :viewers} (one GIN index serves it).
	 */
	public static final String VISIBLE = "(:everything or t.viewers && cast(:viewers as text[]))";

	static final String ASSIGNER = "assigner:";
	static final String LEADER = "leader:";
	static final String OFFICER = "officer:";
	static final String USER = "user:";

	/**
	 * One current assignment of a tasker, as far as visibility goes.
	 *
	 * @param component the assigned component (for a named expert, the expert's), must not be {@literal null}.
	 * @param username the named expert, {@literal null} for a component or office assignment.
	 */
	public record Assignee(String component, @Nullable String username) {
	}

	private TaskerViewers() {
	}

	/** Whether the actor sees every tasker and needs no keys. */
	public static boolean seesEverything(Actor actor) {
		return OfficeRoles.seesEverything(actor);
	}

	/**
	 * The keys of a tasker, exactly as the database computes them for its {@code viewers} column: its assigning
	 * office, and for each current assignment the component's leadership and either its action officers or the named
	 * expert.
	 *
	 * @param current the assignments not replaced by a reassignment.
	 */
	public static Set<String> ofTasker(String assigningComponent, Collection<Assignee> current) {
		Set<String> keys = new TreeSet<>();
		keys.add(ASSIGNER + assigningComponent);
		for (Assignee assignee : current) {
			keys.add(LEADER + assignee.component());
			keys.add(assignee.username() == null ? OFFICER + assignee.component() : USER + assignee.username());
		}
		return keys;
	}

	/** Whether the actor may see a tasker with these keys ({@link #ofTasker}). */
	public static boolean sees(Actor actor, Set<String> taskerKeys) {
		if (seesEverything(actor)) {
			return true;
		}
		for (String key : of(actor)) {
			if (taskerKeys.contains(key)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Every key that lets the actor see a tasker, the assigning office's included. Never empty. An array, which the
	 * JDBC driver binds as one {@code text[]} parameter.
	 */
	public static String[] of(Actor actor) {
		List<String> keys = keys(actor);
		if (actor.hasRole(OfficeRoles.EXEC_SEC) && actor.component() != null) {
			keys.add(ASSIGNER + actor.component());
		}
		return keys.toArray(String[]::new);
	}

	/**
	 * The keys of the assignee side only: named expert, action officer of an assigned component, leadership of an
	 * assigned component. These also open the correspondence a tasker answers (the database copies them onto the
	 * correspondence row). Never empty.
	 */
	public static String[] assigneeKeys(Actor actor) {
		return keys(actor).toArray(String[]::new);
	}

	private static List<String> keys(Actor actor) {
		List<String> keys = new ArrayList<>(3);
		keys.add(USER + actor.username());
		String component = actor.component();
		if (component != null) {
			if (actor.hasRole(OfficeRoles.ACTION_OFFICER)) {
				keys.add(OFFICER + component);
			}
			if (actor.hasRole(OfficeRoles.EXEC_SEC)) {
				keys.add(LEADER + component);
			}
		}
		return keys;
	}
}
