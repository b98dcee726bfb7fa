package org.casekeep.survey.shredding;


import org.casekeep.kernel.retention.RecordDestroyer;
import org.casekeep.kernel.retention.RetentionFacts;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.casekeep.survey.answers.drafts.DraftKeeper;
import org.casekeep.survey.gates.WaveClosed;
import org.casekeep.survey.keys.ContactVault;
import org.casekeep.survey.participants.ParticipantPanel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Crypto-shredding when the final wave closes (PIA overview "Wave Surveys": "the contact information can be destroyed
 * as soon as the final wave of surveys is complete, making responses un-linkable to PII"; 1.4, 5.1). In the closing
 * transaction the study's contact data is emptied and its key destroyed, so answers keep their pseudonymous ids but
 * nothing leads from them to a person, and the contact data is tracked by the kernel's retention as due at once: its
 * sweeper hands it to the destroyer below (which finds it already destroyed) and writes the destruction certificate.
 * Answers saved to finish later go with the contact data (PIA 3.4: they are on the invitation's side).
 */
@Configuration(proxyBeanMethods = false)
class ContactDestruction {

	private final ParticipantPanel panel;
	private final RetentionRegistry retention;
	private final DraftKeeper drafts;

	ContactDestruction(ParticipantPanel panel, RetentionRegistry retention, DraftKeeper drafts) {
		this.panel = panel;
		this.retention = retention;
		this.drafts = drafts;
	}

	@EventListener
	void on(WaveClosed closed) {
		if (!closed.finalWave()) {
			return;
		}
		destroy(closed.studyId());
		retention.track(ContactVault.CONTACTS_RECORD_TYPE, closed.studyId().toString(),
				new RetentionFacts(null, closed.occurredAt(), closed.occurredAt(), null));
	}

	/** The kernel's destroyer of a study's contact data: idempotent, it may find nothing left. */
	@Bean
	RecordDestroyer studyContactsDestroyer() {
		return RecordDestroyer.of(ContactVault.CONTACTS_RECORD_TYPE, this::destroy);
	}

	private void destroy(java.util.UUID studyId) {
		drafts.discardStudy(studyId);
		panel.destroyContacts(studyId);
	}
}
