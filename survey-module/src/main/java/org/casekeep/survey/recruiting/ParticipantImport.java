package org.casekeep.survey.recruiting;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.casekeep.kernel.db.AssignedIdEntity;

/**
 * An export of another Department system taken into a study, with the system it came from and the Privacy Act
 * Statement under which the people gave their contact details (PIA overview "Recruiting Participants": the form's
 * statement must allow research use; 1.2, 2.2, 3.1), and how many rows were added or refused as opted out.
 */
@Entity
@Table(schema = "survey", name = "participant_import")
class ParticipantImport extends AssignedIdEntity {

	@Id
	private UUID id;

	private UUID studyId;

	private String sourceSystem;

	private String privacyActStatement;

	private String importedBy;

	private LocalDate importedOn;

	private int rowsAdded;

	private int rowsOptedOut;

	protected ParticipantImport() {
	}

	ParticipantImport(UUID studyId, String sourceSystem, String privacyActStatement, String importedBy,
			LocalDate importedOn) {
		this.id = UUID.randomUUID();
		this.studyId = studyId;
		this.sourceSystem = sourceSystem;
		this.privacyActStatement = privacyActStatement;
		this.importedBy = importedBy;
		this.importedOn = importedOn;
	}

	void counted(int added, int optedOut) {
		this.rowsAdded = added;
		this.rowsOptedOut = optedOut;
	}

	@Override
	public UUID getId() { return id; }
	UUID getStudyId() { return studyId; }
	String getSourceSystem() { return sourceSystem; }
	String getPrivacyActStatement() { return privacyActStatement; }
	String getImportedBy() { return importedBy; }
	LocalDate getImportedOn() { return importedOn; }
	int getRowsAdded() { return rowsAdded; }
	int getRowsOptedOut() { return rowsOptedOut; }
}
