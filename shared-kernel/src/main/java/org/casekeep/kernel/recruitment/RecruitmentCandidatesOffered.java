package org.casekeep.kernel.recruitment;

import java.util.List;
import java.util.UUID;

import org.casekeep.kernel.pii.CarriesPersonalData;
import org.casekeep.kernel.values.PostalAddress;
import org.jspecify.annotations.Nullable;

/**
 * The CRM's answer to a {@link RecruitmentListRequested}: the stakeholders whose notice allows contact for customer
 * research, each with only their name, work phone, e-mail and mailing address (DESIGN: nothing of their notes,
 * interests, issues or contact history), or a refusal naming why none were offered.
 *
 * @param requestId the request answered; not {@literal null}.
 * @param studyId the study that asked; not {@literal null}.
 * @param candidates the stakeholders offered, by last name and first name; empty when refused or none match.
 * @param truncated whether more matched than one answer offers.
 * @param refusal why the request was refused (a filter that is not a state or component code), or {@literal null}.
 */
@CarriesPersonalData("candidates: names, work phones, e-mails and mailing addresses the study invites")
public record RecruitmentCandidatesOffered(UUID requestId, UUID studyId, List<Candidate> candidates, boolean truncated,
		@Nullable String refusal) {

	public RecruitmentCandidatesOffered {
		candidates = List.copyOf(candidates);
	}

	/** A stakeholder offered: the contact data recruiting needs and nothing else. */
	public record Candidate(String firstName, String lastName, @Nullable String workPhone, @Nullable String email,
			@Nullable PostalAddress address) {
	}
}
