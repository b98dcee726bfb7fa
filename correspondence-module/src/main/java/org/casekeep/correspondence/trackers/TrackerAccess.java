package org.casekeep.correspondence.trackers;

import org.casekeep.kernel.access.AccessRule;

/**
 * Who may do what with a tracker's items: its restricted library only (Correspondence PIA Appendix A: OCC-PMT "only
 * OCC employees", LETS "only OLIA employees", STARS "personnel within the Office of Privacy", EMMA "only approved SCOPS
 * employees", ...), except the intake form where the type opens it to every employee (OPQ). Anything else is denied.
 */
final class TrackerAccess {

	private TrackerAccess() {
	}

	static AccessRule rule(TrackerType type) {
		return AccessRule.of(type.recordType(), (actor, operation, facts) -> switch (operation) {
			case CREATE -> type.maySubmit(actor);
			case READ, SEARCH, UPDATE -> type.inLibrary(actor);
			case DELETE, EXPORT, DISCLOSE -> false;
		});
	}
}
