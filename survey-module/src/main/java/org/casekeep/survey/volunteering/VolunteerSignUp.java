package org.casekeep.survey.volunteering;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.casekeep.kernel.db.AssignedIdEntity;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.jspecify.annotations.Nullable;

/**
 * A study's public volunteer sign-up (PIA overview "Recruiting Participants": indirect recruitment advertised by the
 * Department): open or closed, under a random public code that names the study on flyers and the internet and is not
 * personal data. Each opening issues a new code, so a link from before a close stays closed.
 */
@Entity
@Table(schema = "survey", name = "volunteer_signup")
class VolunteerSignUp extends AssignedIdEntity {

	static final String RECORD_TYPE = "survey.volunteer_signup";

	@Id
	private UUID studyId;

	private String code;

	private boolean open;

	private String openedBy;

	private LocalDate openedOn;

	private @Nullable LocalDate closedOn;

	@Version
	private long version;

	protected VolunteerSignUp() {
	}

	VolunteerSignUp(UUID studyId, String code, String openedBy, LocalDate openedOn) {
		this.studyId = studyId;
		this.code = code;
		this.open = true;
		this.openedBy = openedBy;
		this.openedOn = openedOn;
	}

	/** Opens it again under a new code. @throws WorkflowConflictException if it is open. */
	void reopen(String newCode, String by, LocalDate today) {
		if (open) {
			throw new WorkflowConflictException("Volunteer sign-up is already open");
		}
		this.code = newCode;
		this.open = true;
		this.openedBy = by;
		this.openedOn = today;
		this.closedOn = null;
	}

	/** @throws WorkflowConflictException if it is closed already. */
	void close(LocalDate today) {
		if (!open) {
			throw new WorkflowConflictException("Volunteer sign-up is already closed");
		}
		this.open = false;
		this.closedOn = today;
	}

	@Override
	public UUID getId() { return studyId; }
	String getCode() { return code; }
	boolean isOpen() { return open; }
	String getOpenedBy() { return openedBy; }
	LocalDate getOpenedOn() { return openedOn; }
	@Nullable LocalDate getClosedOn() { return closedOn; }
	long getVersion() { return version; }
}
