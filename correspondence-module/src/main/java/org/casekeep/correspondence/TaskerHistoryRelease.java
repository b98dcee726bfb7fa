package org.casekeep.correspondence;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casekeep.kernel.pii.ReleasedAs;

/**
 * A tasker's history as one release: its lines are released under their own declarations (the notes) and the read
 * is one audit entry for the tasker, naming what the lines revealed.
 */
@ReleasedAs(Tasker.RECORD_TYPE)
record TaskerHistoryRelease(UUID id, List<TaskerHistoryView> entries, Set<String> maskedFields) {
}
