package org.casekeep.survey.studies;

import org.jspecify.annotations.Nullable;

/**
 * The PRA clearance of a study (PIA 1.5, overview, 4.1): the OMB control number (####-####), its expiry, the ICR's
 * retention period (ISO-8601, e.g. {@code P3Y}) and the date the Federal Register notice was published.
 */
public record ClearanceDraft(@Nullable String ombControlNumber, @Nullable String ombExpiresOn,
		@Nullable String icrRetention, @Nullable String federalRegisterNoticeOn) {
}
