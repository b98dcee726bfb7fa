package org.casekeep.kernel.recruitment;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A recruiter of a study asks the CRM for stakeholders it may invite (customer research PIA 1.2, 2.2: recruitment
 * "from the CRM", only by research and outreach units). The research module publishes it only once the study's gates
 * are closed and the requester is a recruiter of the study; the CRM answers with a
 * {@link RecruitmentCandidatesOffered} of the same {@code requestId}.
 *
 * @param requestId the request, the answer's correlation and the consumer's idempotency key; not {@literal null}.
 * @param studyId the study recruiting; not {@literal null}.
 * @param requestedBy the recruiter's username, for the audit trail of the CRM; not {@literal null}.
 * @param requesterComponent the recruiter's component code; not {@literal null}.
 * @param issue an issue code the stakeholders engage on, or {@literal null} for any.
 * @param state a USPS state code of their mailing address, or {@literal null} for any.
 * @param component the code of the component that owns their record, or {@literal null} for any.
 */
public record RecruitmentListRequested(UUID requestId, UUID studyId, String requestedBy, String requesterComponent,
		@Nullable String issue, @Nullable String state, @Nullable String component) {
}
