package org.casekeep.kernel.notify;

import java.util.Set;

import org.casekeep.kernel.access.Actor;

/**
 * A module's answer to "which records of this type may this person open", as keys, for the notices that name such a
 * record ({@link RecordAudience}). The module that owns the record type registers one bean; the {@link Notifier}
 * shows a notice with an audience only to someone whose keys share one with it, or who opens every record of the
 * type. A notice whose record type no module contributes keys for is shown to nobody (fail closed), and two
 * contributors for one type stop the application at start-up.
 */
public interface ViewerKeys {

	/** The kernel record type, as in {@link RecordAudience#recordType()}. */
	String recordType();

	/** The keys with which the actor opens records of the type; never {@literal null}, empty for none. */
	Set<String> keysOf(Actor actor);

	/** Whether the actor opens every record of the type whatever its keys (by default nobody does). */
	default boolean opensEvery(Actor actor) {
		return false;
	}
}
