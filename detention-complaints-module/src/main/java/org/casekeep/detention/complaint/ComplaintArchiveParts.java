package org.casekeep.detention.complaint;

import java.util.List;

import org.casekeep.detention.complaint.ComplaintCase.ComplaintId;
import org.casekeep.kernel.retention.RecordArchiver;

/**
 * A part of complaints kept in another package of the module (their supporting documents), as entries of the
 * complaint's archive package (PIA 5.2: archived, then removed). Implemented where the part lives, so this package
 * does not depend on it; called as the system in the transaction that then destroys the complaint.
 */
public interface ComplaintArchiveParts {

	/**
	 * The part's entries for one complaint, each name under a folder of the part's own (e.g. {@code documents/}).
	 *
	 * @return the entries; empty if the complaint has none of this part.
	 */
	List<RecordArchiver.Entry> archiveParts(ComplaintId complaint);
}
