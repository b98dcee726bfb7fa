package org.casekeep.survey.gates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.casekeep.kernel.db.AssignedIdEntity;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.jspecify.annotations.Nullable;

/**
 * A wave of collection of a study, opened once every gate is closed, with the approved instrument versions it uses
 * (PIA overview, "Wave Surveys"). Kept and destroyed with its study.
 */
@Entity
@Table(schema = "survey", name = "wave")
@PersonalDataRecord(type = Wave.RECORD_TYPE, partOf = "survey.study",
		legalBasis = "PRA 44 U.S.C. 3501 (Customer Research PIA 1.1)", source = "Customer Research PIA, overview")
class Wave extends AssignedIdEntity {

	static final String RECORD_TYPE = "survey.wave";

	@Id
	private UUID id;

	private UUID studyId;

	private int number;

	private String openedBy;

	private Instant openedAt;

	private String instrumentVersions;

	private @Nullable LocalDate closedOn;

	private boolean finalWave;

	protected Wave() {
	}

	Wave(UUID studyId, int number, String openedBy, Instant openedAt, String instrumentVersions) {
		this.id = UUID.randomUUID();
		this.studyId = studyId;
		this.number = number;
		this.openedBy = openedBy;
		this.openedAt = openedAt;
		this.instrumentVersions = instrumentVersions;
	}

	/**
	 * Closes the wave on the day; the final one ends recruitment and follow-up (PIA overview "Wave Surveys").
	 * @throws org.casekeep.kernel.validation.WorkflowConflictException if it is closed already.
	 */
	void close(LocalDate today, boolean last) {
		if (closedOn != null) {
			throw new org.casekeep.kernel.validation.WorkflowConflictException("Wave " + number + " is already closed");
		}
		this.closedOn = today;
		this.finalWave = last;
	}

	boolean isClosed() { return closedOn != null; }
	@Nullable LocalDate getClosedOn() { return closedOn; }
	boolean isFinalWave() { return finalWave; }

	@Override
	public UUID getId() { return id; }
	UUID getStudyId() { return studyId; }
	int getNumber() { return number; }
	String getOpenedBy() { return openedBy; }
	Instant getOpenedAt() { return openedAt; }
	String getInstrumentVersions() { return instrumentVersions; }
}
