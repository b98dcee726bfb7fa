package org.casekeep.detention.complaint;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/**
 * One stay in the detainee's detention history (PIA 2.1): the facility and the dates detained. Declared as personal
 * data by the complaint field that holds the history.
 *
 * @param facility the facility's name, must not be blank.
 * @param detainedFrom the first day, if known.
 * @param detainedTo the last day, if known and the stay ended.
 */
@Embeddable
public record DetentionStay(@Column(name = "facility") String facility,
		@Column(name = "detained_from") @Nullable LocalDate detainedFrom,
		@Column(name = "detained_to") @Nullable LocalDate detainedTo) {
}
