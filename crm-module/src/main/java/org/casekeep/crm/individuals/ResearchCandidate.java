package org.casekeep.crm.individuals;

import org.casekeep.crm.stakeholder.Stakeholder;
import org.casekeep.kernel.pii.ReleasedAs;
import org.casekeep.kernel.values.PhoneNumber;
import org.casekeep.kernel.values.PostalAddress;
import org.jspecify.annotations.Nullable;

/**
 * An individual offered for customer research recruitment: only what recruiting needs, their name, phone, email and
 * mailing address (customer research PIA, "Recruiting Participants"; DESIGN: RecruitmentCandidatesOffered), nothing of
 * their notes, interests, issues or contact history. Released through the kernel's guard, so the email is masked for
 * whoever may not see it (CRM PIA 4.1).
 *
 * @param workPhone the work phone as shown; the cell phone is never offered.
 * @param address the mailing (work) address.
 */
@ReleasedAs(Stakeholder.INDIVIDUAL)
public record ResearchCandidate(String firstName, String lastName, @Nullable String workPhone,
		@Nullable String email, @Nullable PostalAddress address) {

	static ResearchCandidate of(Individual i) {
		return new ResearchCandidate(i.getFirstName(), i.getLastName(), PhoneNumber.shown(i.getWorkPhone()),
				i.getEmail(), i.getAddress());
	}
}
