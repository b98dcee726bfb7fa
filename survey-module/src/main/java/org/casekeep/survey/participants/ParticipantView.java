package org.casekeep.survey.participants;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.casekeep.kernel.pii.ReleasedAs;
import org.jspecify.annotations.Nullable;

/**
 * A participant as a recruiter of the study sees them; released through the kernel's guard, which masks the contact
 * components for anyone else and audits the read of those revealed.
 */
@ReleasedAs(Participant.RECORD_TYPE)
public record ParticipantView(UUID id, UUID studyId, String source, @Nullable UUID importId, @Nullable UUID requestId,
		@Nullable String name, @Nullable String email, @Nullable String phone, @Nullable String address,
		String addedBy, LocalDate addedOn, boolean optedOut, boolean contactDestroyed, Set<String> maskedFields) {

	static ParticipantView of(Participant participant, @Nullable ContactDetails contact) {
		return new ParticipantView(participant.getId(), participant.getStudyId(), participant.getSource().name(),
				participant.getImportId(), participant.getRequestId(), contact == null ? null : contact.name(),
				contact == null ? null : contact.email(), contact == null ? null : contact.phone(),
				contact == null ? null : contact.address(), participant.getAddedBy(), participant.getAddedOn(),
				participant.isOptedOut(), participant.isShredded(), Set.of());
	}
}
