package org.casekeep.crm.individuals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.casekeep.kernel.spii.SensitiveAttributeDetector;
import org.casekeep.kernel.spii.SensitiveAttributeFinding;
import org.casekeep.kernel.spii.SpiiDetector;
import org.casekeep.kernel.spii.SpiiFinding;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Warns when the notes field looks like it records race, ethnicity or religion (CRM PIA 1.1: the notes field will
 * not be used for them) or SPII (PIA 1.7: more PII than necessary). A warning, not a refusal: the words can be
 * innocent ("met at the Catholic Charities gala"), and the user decides. Warnings never repeat an SPII value.
 */
@Component
class NotesReview {

	private final SpiiDetector spii = new SpiiDetector();
	private final SensitiveAttributeDetector attributes = new SensitiveAttributeDetector();

	List<String> warnings(@Nullable String notes) {
		if (notes == null || notes.isBlank()) {
			return List.of();
		}
		List<String> warnings = new ArrayList<>();
		Set<String> categories = new LinkedHashSet<>();
		for (SensitiveAttributeFinding finding : attributes.scan(notes)) {
			if (categories.add(finding.category())) {
				warnings.add("Notes may record " + finding.category() + " (\"" + finding.text()
						+ "\"): the CRM must not document race, ethnicity or religion (PIA 1.1).");
			}
		}
		Set<String> kinds = new LinkedHashSet<>();
		for (SpiiFinding finding : spii.scan(notes)) {
			if (kinds.add(finding.kind().label())) {
				warnings.add("Notes appear to hold a " + finding.kind().label()
						+ ": remove sensitive PII the outreach does not need (PIA 1.7).");
			}
		}
		return warnings;
	}
}
