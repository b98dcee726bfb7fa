package org.casekeep.detention.complaint;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An analyst's note of background research about a complaint (OIDO PIA overview: "conduct necessary background
 * research"). Declared as personal data by the complaint field that holds the notes.
 */
@Embeddable
public record ResearchNote(@Column(name = "text") String text, @Column(name = "written_by") String writtenBy,
		@Column(name = "written_at") Instant writtenAt) {
}
