package org.casekeep.crm.contacthistory;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.casekeep.crm.stakeholder.Stakeholder;
import org.casekeep.kernel.pii.PersonalData;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.casekeep.kernel.pii.PiiCategory;
import org.casekeep.kernel.pii.Sensitivity;
import org.jspecify.annotations.Nullable;

/**
 * One conversation or interaction DHS had with an individual (CRM PIA 1.1, contact history): when, how, which
 * component and user had it, and its outcome. Refers to the individual by id and is deleted with it. Never changed
 * once recorded.
 */
@Entity
@Table(schema = "crm", name = "interaction")
@PersonalDataRecord(type = Interaction.RECORD_TYPE, partOf = Stakeholder.INDIVIDUAL,
		legalBasis = Stakeholder.LEGAL_BASIS, source = "CRM PIA 1.1 (interactions)")
class Interaction {

	static final String RECORD_TYPE = "crm.interaction";
	static final int OUTCOME_MAX = 2000;

	@Id
	private UUID id;

	private UUID individualId;

	private Instant occurredAt;

	@Enumerated(EnumType.STRING)
	private InteractionMode mode;

	private String dhsComponent;

	private String dhsUsername;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.LOW,
			description = "Outcome of a conversation (e.g. a promise to follow up)")
	private @Nullable String outcome;

	private @Nullable String sourceReference;

	private @Nullable UUID sourceEventId;

	private Instant createdAt;

	protected Interaction() {
	}

	Interaction(UUID individualId, Instant occurredAt, InteractionMode mode, String dhsComponent, String dhsUsername,
			@Nullable String outcome, @Nullable String sourceReference, @Nullable UUID sourceEventId, Instant now) {
		this.id = UUID.randomUUID();
		this.individualId = individualId;
		this.occurredAt = occurredAt;
		this.mode = mode;
		this.dhsComponent = dhsComponent;
		this.dhsUsername = dhsUsername;
		this.outcome = outcome;
		this.sourceReference = sourceReference;
		this.sourceEventId = sourceEventId;
		this.createdAt = now;
	}

	UUID getId() { return id; }
	UUID getIndividualId() { return individualId; }
	Instant getOccurredAt() { return occurredAt; }
	InteractionMode getMode() { return mode; }
	String getDhsComponent() { return dhsComponent; }
	String getDhsUsername() { return dhsUsername; }
	@Nullable String getOutcome() { return outcome; }
	@Nullable String getSourceReference() { return sourceReference; }
	@Nullable UUID getSourceEventId() { return sourceEventId; }
	Instant getCreatedAt() { return createdAt; }

	/** The names of the fields holding a value, for the audit entry of its creation (names only, never values). */
	java.util.List<String> filledFields() {
		java.util.List<String> fields = new java.util.ArrayList<>(
				java.util.List.of("occurredAt", "mode", "dhsComponent", "dhsUsername"));
		if (outcome != null) {
			fields.add("outcome");
		}
		if (sourceReference != null) {
			fields.add("sourceReference");
		}
		return fields;
	}
}
