package org.casekeep.kernel.training;

import java.util.Objects;

/**
 * A module's declaration that its record types need current privacy training (a bean; several may be declared).
 *
 * @param recordTypePrefix the record types it covers, by the start of their names, e.g. {@code detention.}.
 * @param source the PIA section it comes from, for the operators' documentation, e.g. {@code OIDO PIA 8.2}.
 */
public record TrainingRequirement(String recordTypePrefix, String source) {

	public TrainingRequirement {
		Objects.requireNonNull(recordTypePrefix, "recordTypePrefix must not be null");
		Objects.requireNonNull(source, "source must not be null");
		if (recordTypePrefix.isBlank()) {
			throw new IllegalArgumentException("A training requirement names the record types it covers");
		}
	}
}
