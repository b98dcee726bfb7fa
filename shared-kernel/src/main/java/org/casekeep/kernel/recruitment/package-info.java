/**
 * The events of research recruitment, shared here because both modules need each other's: customer research asks
 * ({@link org.casekeep.kernel.recruitment.RecruitmentListRequested}) and the CRM answers
 * ({@link org.casekeep.kernel.recruitment.RecruitmentCandidatesOffered}) with only the contact data recruiting needs,
 * of stakeholders whose notice allows research contact (customer research PIA, "Recruiting Participants"; CRM PIA
 * 1.1). A module's own events live in its {@code events} package; an exchange in both directions lives in the kernel,
 * so no module depends on the other.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.kernel.recruitment;
