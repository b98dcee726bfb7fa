package org.casekeep.survey.participants;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.survey.keys.ContactVault;
import org.casekeep.kernel.db.AssignedIdEntity;
import org.casekeep.kernel.pii.PersonalData;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.casekeep.kernel.pii.PiiCategory;
import org.casekeep.kernel.pii.Sensitivity;
import org.casekeep.kernel.pii.VisibilityScope;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.survey.studies.ResearchRoles;
import org.jspecify.annotations.Nullable;

/**
 * A person recruited for a study, kept apart from anything they answer (PIA overview "Recruiting Participants", 3.4).
 * Their contact details are declared here once and stored only sealed under the study's key ({@link ContactVault}):
 * visible to the researchers of the study's unit alone, and unreadable once the key is destroyed. The pseudonymous
 * id their answers carry across waves is sealed with them, so nothing on the answer side leads back here.
 */
@Entity
@Table(schema = "survey", name = "participant")
@PersonalDataRecord(type = Participant.RECORD_TYPE, partOf = "survey.study",
		legalBasis = "PRA 44 U.S.C. 3501; DHS/ALL-002 (Customer Research PIA 1.1, 1.2)",
		source = "Customer Research PIA, overview \"Recruiting Participants\", 2.2, 3.4")
class Participant extends AssignedIdEntity {

	static final String RECORD_TYPE = "survey.participant";

	@Id
	private UUID id;

	private UUID studyId;

	private String researchUnit;

	@Enumerated(EnumType.STRING)
	private ParticipantSource source;

	private @Nullable UUID importId;

	private @Nullable UUID requestId;

	@PersonalData(category = PiiCategory.NAME, sensitivity = Sensitivity.MODERATE, visibleTo = ResearchRoles.RESEARCHER,
			scope = VisibilityScope.OWNING_COMPONENT, exportable = false,
			description = "Participant's name, sealed under the study's key (PIA 3.4)")
	private byte @Nullable [] name;

	@PersonalData(category = PiiCategory.CONTACT, sensitivity = Sensitivity.MODERATE,
			visibleTo = ResearchRoles.RESEARCHER, scope = VisibilityScope.OWNING_COMPONENT, exportable = false,
			description = "Participant's e-mail, sealed under the study's key (PIA 3.4)")
	private byte @Nullable [] email;

	@PersonalData(category = PiiCategory.CONTACT, sensitivity = Sensitivity.MODERATE,
			visibleTo = ResearchRoles.RESEARCHER, scope = VisibilityScope.OWNING_COMPONENT, exportable = false,
			description = "Participant's phone, sealed under the study's key (PIA 3.4)")
	private byte @Nullable [] phone;

	@PersonalData(category = PiiCategory.CONTACT, sensitivity = Sensitivity.MODERATE,
			visibleTo = ResearchRoles.RESEARCHER, scope = VisibilityScope.OWNING_COMPONENT, exportable = false,
			description = "Participant's mailing address, sealed under the study's key (PIA 3.4)")
	private byte @Nullable [] address;

	/** The pseudonymous id of their answers across waves, sealed like the contact (overview "Wave Surveys"). */
	private byte @Nullable [] pseudonym;

	private String addedBy;

	private LocalDate addedOn;

	private boolean optedOut;

	private boolean shredded;

	@Version
	private long version;

	protected Participant() {
	}

	Participant(UUID studyId, String researchUnit, ParticipantSource source, @Nullable UUID importId, @Nullable UUID requestId,
			String addedBy, LocalDate addedOn) {
		this.id = UUID.randomUUID();
		this.studyId = studyId;
		this.researchUnit = researchUnit;
		this.source = source;
		this.importId = importId;
		this.requestId = requestId;
		this.addedBy = addedBy;
		this.addedOn = addedOn;
	}

	/** Seals the contact details and a fresh pseudonymous id under the study's key. */
	void seal(ContactVault.Sealer sealer, ContactDetails contact) {
		this.name = sealer.seal(id, "name", contact.name());
		this.email = sealer.seal(id, "email", contact.email());
		this.phone = sealer.seal(id, "phone", contact.phone());
		this.address = sealer.seal(id, "address", contact.address());
		this.pseudonym = sealer.seal(id, "pseudonym", UUID.randomUUID().toString());
	}

	/** The contact details, opened with the study's key. */
	ContactDetails contact(ContactVault.Sealer sealer) {
		if (shredded) {
			throw new ContactVault.KeyDestroyedException();
		}
		return new ContactDetails(sealer.open(id, "name", name), sealer.open(id, "email", email),
				sealer.open(id, "phone", phone), sealer.open(id, "address", address));
	}

	/** The pseudonymous id the person's answers carry, opened with the study's key. */
	UUID pseudonym(ContactVault.Sealer sealer) {
		String value = sealer.open(id, "pseudonym", pseudonym);
		if (value == null || shredded) {
			throw new ContactVault.KeyDestroyedException();
		}
		return UUID.fromString(value);
	}

	/** PIA 2.2: an opt-out at any wave removes the person from the later ones. */
	void optOut() {
		this.optedOut = true;
	}

	/** The contact data is gone for good (overview "Wave Surveys": destroyed when the final wave closes). */
	void shred() {
		if (shredded) {
			throw new WorkflowConflictException("The participant's contact data is already destroyed");
		}
		this.name = null;
		this.email = null;
		this.phone = null;
		this.address = null;
		this.pseudonym = null;
		this.shredded = true;
	}

	RecordFacts facts() {
		return RecordFacts.of(RECORD_TYPE, id, researchUnit, null);
	}

	@Override
	public UUID getId() { return id; }
	UUID getStudyId() { return studyId; }
	String getResearchUnit() { return researchUnit; }
	ParticipantSource getSource() { return source; }
	@Nullable UUID getImportId() { return importId; }
	@Nullable UUID getRequestId() { return requestId; }
	String getAddedBy() { return addedBy; }
	LocalDate getAddedOn() { return addedOn; }
	boolean isOptedOut() { return optedOut; }
	boolean isShredded() { return shredded; }
	long getVersion() { return version; }
}
