package org.casekeep.survey.recruiting;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.casekeep.kernel.db.AssignedIdEntity;
import org.jspecify.annotations.Nullable;

/**
 * A study's request for candidates from the CRM and, once answered, what came of it (PIA 1.2, 2.2). The answer is
 * taken once: a second delivery of the same answer finds the request answered and adds nobody.
 */
@Entity
@Table(schema = "survey", name = "recruitment_request")
class RecruitmentRequest extends AssignedIdEntity {

	@Id
	private UUID id;

	private UUID studyId;

	private String researchUnit;

	private String requestedBy;

	private Instant requestedAt;

	private @Nullable String filterIssue;

	private @Nullable String filterState;

	private @Nullable String filterComponent;

	private @Nullable Instant answeredAt;

	private @Nullable Integer offered;

	private @Nullable Integer added;

	private @Nullable Integer optedOut;

	private @Nullable String refusal;

	protected RecruitmentRequest() {
	}

	RecruitmentRequest(UUID studyId, String researchUnit, String requestedBy, Instant requestedAt,
			@Nullable String issue, @Nullable String state, @Nullable String component) {
		this.id = UUID.randomUUID();
		this.studyId = studyId;
		this.researchUnit = researchUnit;
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
		this.filterIssue = issue;
		this.filterState = state;
		this.filterComponent = component;
	}

	boolean isAnswered() {
		return answeredAt != null;
	}

	void answered(Instant at, int offeredCount, int addedCount, int optedOutCount, @Nullable String why) {
		this.answeredAt = at;
		this.offered = offeredCount;
		this.added = addedCount;
		this.optedOut = optedOutCount;
		this.refusal = why;
	}

	@Override
	public UUID getId() { return id; }
	UUID getStudyId() { return studyId; }
	String getResearchUnit() { return researchUnit; }
	String getRequestedBy() { return requestedBy; }
	Instant getRequestedAt() { return requestedAt; }
	@Nullable String getFilterIssue() { return filterIssue; }
	@Nullable String getFilterState() { return filterState; }
	@Nullable String getFilterComponent() { return filterComponent; }
	@Nullable Instant getAnsweredAt() { return answeredAt; }
	@Nullable Integer getOffered() { return offered; }
	@Nullable Integer getAdded() { return added; }
	@Nullable Integer getOptedOut() { return optedOut; }
	@Nullable String getRefusal() { return refusal; }
}
