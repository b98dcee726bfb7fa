package org.casekeep.detention.complaint;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/**
 * A correction of one element of a complaint as received (PIA 7.2), recorded beside it: the original stays unaltered
 * (PIA 2.4). Declared as personal data by the complaint field that holds the corrections.
 *
 * @param field the name of the corrected element, as the complaint declares it (e.g. {@code dateOfBirth}).
 * @param correctedValue the value as corrected, as text; {@literal null} when the element is found to be wrong and
 *        has no correct value.
 * @param reason why, e.g. "the submitter called to correct a typing error".
 */
@Embeddable
public record Correction(@Column(name = "field") String field,
		@Column(name = "corrected_value") @Nullable String correctedValue, @Column(name = "reason") String reason,
		@Column(name = "corrected_by") String correctedBy, @Column(name = "corrected_at") Instant correctedAt) {
}
