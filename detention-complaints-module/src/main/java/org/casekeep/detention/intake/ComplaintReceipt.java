package org.casekeep.detention.intake;

import java.util.List;
import java.util.UUID;

/**
 * What intake staff are given back when they enter a complaint: its case number, for the submitter's follow-up (OIDO
 * PIA overview), and where the SPII scan found unsolicited identifiers in the description (kinds and offsets, never the
 * values). Nothing else of the complaint: intake staff cannot read complaints (PIA 8.1).
 *
 * @param redacted whether the findings were redacted before the description was stored.
 */
public record ComplaintReceipt(UUID id, String caseNumber, List<Finding> descriptionFindings, boolean redacted) {

	/** One unsolicited identifier found, e.g. {@code PASSPORT_NUMBER} at characters 40 to 49. */
	public record Finding(String kind, int start, int end) {
	}
}
