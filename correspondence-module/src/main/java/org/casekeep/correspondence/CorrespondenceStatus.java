package org.casekeep.correspondence;

/**
 * Where a piece of correspondence stands. It waits in {@link #SPII_REVIEW} until every SPII finding is decided
 * (PIA 2.5, 3.4); only then is it {@link #RECEIVED} and announced to other modules. The tasker side moves it on.
 */
public enum CorrespondenceStatus {
	SPII_REVIEW, RECEIVED, TASKED, RESPONDED, CLOSED
}
