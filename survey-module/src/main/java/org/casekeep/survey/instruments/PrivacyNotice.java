package org.casekeep.survey.instruments;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/**
 * The Privacy Act notice a public-facing instrument shows before its first question (PIA 4.1, footnote 4): the legal
 * authority, the purpose, the routine uses, whether answering is voluntary, and the effects of not answering.
 */
@Embeddable
record PrivacyNotice(@Nullable String noticeAuthority, @Nullable String noticePurpose,
		@Nullable String noticeRoutineUses, @Nullable String noticeVoluntary, @Nullable String noticeEffects) {

	static final PrivacyNotice NONE = new PrivacyNotice(null, null, null, null, null);

	/** The API's names of the elements still missing, in the footnote's order. */
	List<String> missing() {
		List<String> missing = new ArrayList<>();
		if (noticeAuthority == null) missing.add("authority");
		if (noticePurpose == null) missing.add("purpose");
		if (noticeRoutineUses == null) missing.add("routineUses");
		if (noticeVoluntary == null) missing.add("voluntary");
		if (noticeEffects == null) missing.add("effects");
		return missing;
	}
}
