package org.casekeep.kernel.access;

/**
 * Something every actor must meet before any rule is asked about the record types it covers, for example current
 * privacy training for case data (OIDO PIA 8.2). The {@link AccessPolicy} refuses an actor who does not meet it
 * everything of those types, whatever the rules say, and explains why; when the condition cannot be checked it is not
 * met (fail closed).
 */
public interface AccessPrecondition {

	/** Whether records of this type are behind the condition. */
	boolean covers(String recordType);

	/** Whether the actor meets it now; {@literal false} when that cannot be known. */
	boolean isMetBy(Actor actor);

	/**
	 * What the refused user is told, and can act on. Shown as it is: it must not name a record or hold personal data.
	 */
	String refusal();
}
