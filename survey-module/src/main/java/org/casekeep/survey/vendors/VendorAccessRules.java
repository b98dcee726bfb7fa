package org.casekeep.survey.vendors;


import org.casekeep.kernel.access.AccessRule;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.disclosure.DisclosableRecords;
import org.casekeep.survey.participants.ParticipantPanel;
import org.casekeep.survey.studies.ResearchRoles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may disclose a participant's contact data to the study's vendor, deny by default: the recruiters of the study
 * (the researchers of its research unit, Customer Research PIA 3.4, 6.2), and nobody else, not even the privacy
 * offices, who approve the disclosure instead. The kernel's accounting of disclosures asks this module whether a
 * participant exists and decides on these facts; the subject of the accounting is the participant, so that the
 * accounting can be given to them on request (5 U.S.C. 552a(c)(3)). A participant is disclosed only through the
 * study's own sharing ({@link VendorSharing}), which checks the gates and the contract first: asked from anywhere else
 * (the privacy office's generic form), they are not shareable (fail closed).
 */
@Configuration(proxyBeanMethods = false)
class VendorAccessRules {

	/** The record type the disclosure of a participant's contact data is decided on. */
	static final String DISCLOSURE_TYPE = "survey.vendor-disclosure";

	/** The participants' record type, as the accounting names each participant disclosed. */
	static final String PARTICIPANT_TYPE = "survey.participant";

	@Bean
	AccessRule vendorDisclosureAccess() {
		return AccessRule.of(DISCLOSURE_TYPE, (actor, operation, facts) -> operation == Operation.DISCLOSE
				&& actor.hasRole(ResearchRoles.RESEARCHER) && facts.ownedByComponentOf(actor));
	}

	@Bean
	DisclosableRecords disclosableParticipants(ParticipantPanel panel) {
		return DisclosableRecords.of(PARTICIPANT_TYPE, id -> DisclosableRecords.uuid(id)
			.flatMap(panel::enrolment)
			.map(enrolment -> new DisclosableRecords.Found(
					RecordFacts.of(DISCLOSURE_TYPE, enrolment.studyId(), enrolment.researchUnit(), null),
					enrolment.participantId().toString(), notShareable(enrolment))));
	}

	/** The sharing with the vendor under way on this thread, which alone may name participants (see above). */
	private static final ThreadLocal<Boolean> SHARING = ThreadLocal.withInitial(() -> false);

	/** Runs the request of a disclosure of participants for {@link VendorSharing}, which checked everything first. */
	static <T> T sharing(java.util.function.Supplier<T> request) {
		SHARING.set(true);
		try {
			return request.get();
		}
		finally {
			SHARING.remove();
		}
	}

	/** PIA 2.2: nobody who opted out, and nothing once the contact data is destroyed; PIA 6.3: only under a contract. */
	private static @org.jspecify.annotations.Nullable String notShareable(ParticipantPanel.Enrolment enrolment) {
		if (!SHARING.get()) {
			return "Share participants' contact data from the study's vendor page, under its vendor contract";
		}
		if (enrolment.contactDestroyed()) {
			return "The contact data of participant " + enrolment.participantId() + " was destroyed";
		}
		return enrolment.optedOut() ? "Participant " + enrolment.participantId() + " opted out of research" : null;
	}
}
