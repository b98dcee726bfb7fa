package org.casekeep.crm.engagements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.casekeep.crm.stakeholder.Stakeholder;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.db.AssignedIdEntity;
import org.casekeep.kernel.pii.PersonalData;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.casekeep.kernel.pii.PiiCategory;
import org.casekeep.kernel.pii.Sensitivity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A meeting or event DHS collaborated on (CRM PIA 1.1, item 3): its name and date (and optionally its last day and
 * where it was), its agenda, the issues discussed and its attendees, individuals and organizations referred to by id.
 * Owned by the component and user that recorded it; shared with every office (PIA 4.1: "events participated in").
 * Kept as CRM reference material (PIA 3.2).
 */
@Entity
@Table(schema = "crm", name = "engagement")
@PersonalDataRecord(type = Engagement.RECORD_TYPE, retention = Stakeholder.RETENTION,
		legalBasis = Stakeholder.LEGAL_BASIS, source = "CRM PIA 1.1 (events)")
class Engagement extends AssignedIdEntity {

	static final String RECORD_TYPE = "crm.engagement";
	static final int AGENDA_MAX = 4000;

	@Id
	private UUID id;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.LOW,
			description = "Name of an event (may name the people it was with)")
	private String name;

	private LocalDate heldOn;

	private @Nullable LocalDate endsOn;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.LOW,
			description = "Where an event took place (may be a person's address)")
	private @Nullable String location;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.LOW,
			description = "Agenda of an event (may name speakers and attendees)")
	private @Nullable String agenda;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> issues = new ArrayList<>();

	@ElementCollection
	@CollectionTable(schema = "crm", name = "engagement_individual", joinColumns = @JoinColumn(name = "engagement_id"))
	@Column(name = "individual_id")
	private Set<UUID> individualIds = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(schema = "crm", name = "engagement_organization",
			joinColumns = @JoinColumn(name = "engagement_id"))
	@Column(name = "organization_id")
	private Set<UUID> organizationIds = new LinkedHashSet<>();

	private String owningComponent;

	private String ownerUsername;

	private @Nullable UUID sourceEventId;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Engagement() {
	}

	Engagement(String owningComponent, String ownerUsername, @Nullable UUID sourceEventId, Instant now) {
		this.id = UUID.randomUUID();
		this.owningComponent = owningComponent;
		this.ownerUsername = ownerUsername;
		this.sourceEventId = sourceEventId;
		this.createdAt = now;
		this.updatedAt = now;
	}

	@Override
	public UUID getId() { return id; }
	String getName() { return name; }
	LocalDate getHeldOn() { return heldOn; }
	@Nullable LocalDate getEndsOn() { return endsOn; }
	@Nullable String getLocation() { return location; }
	@Nullable String getAgenda() { return agenda; }
	/** The codes of the issues discussed, sorted. */
	List<String> getIssues() { return List.copyOf(issues); }
	Set<UUID> getIndividualIds() { return Set.copyOf(individualIds); }
	Set<UUID> getOrganizationIds() { return Set.copyOf(organizationIds); }
	String getOwningComponent() { return owningComponent; }
	String getOwnerUsername() { return ownerUsername; }
	Instant getCreatedAt() { return createdAt; }
	Instant getUpdatedAt() { return updatedAt; }
	long getVersion() { return version; }

	/** The facts access decisions, masking and audit review depend on. */
	RecordFacts facts() {
		return RecordFacts.of(RECORD_TYPE, id, owningComponent, ownerUsername);
	}

	/**
	 * Applies validated, normalised values.
	 * @return the names of the fields whose value changed, for the audit entry (names only, never values).
	 */
	List<String> apply(EngagementValues values, Instant now) {
		List<String> changed = new ArrayList<>();
		name = change("name", name, values.name(), changed);
		heldOn = change("heldOn", heldOn, values.heldOn(), changed);
		endsOn = change("endsOn", endsOn, values.endsOn(), changed);
		location = change("location", location, values.location(), changed);
		agenda = change("agenda", agenda, values.agenda(), changed);
		List<String> names = values.issues().stream().sorted().toList();
		if (!names.equals(issues)) {
			issues = new ArrayList<>(names);
			changed.add("issues");
		}
		if (!changed.isEmpty()) {
			updatedAt = now;
		}
		return List.copyOf(changed);
	}

	/**
	 * Adds attendees; those already attending are left as they are.
	 * @return the individuals newly attending, whose contact history is to record it.
	 */
	Set<UUID> attend(Set<UUID> individuals, Set<UUID> organizations, Instant now) {
		Set<UUID> added = new LinkedHashSet<>();
		for (UUID individual : individuals) {
			if (individualIds.add(individual)) {
				added.add(individual);
			}
		}
		boolean organizationsAdded = organizationIds.addAll(organizations);
		if (!added.isEmpty() || organizationsAdded) {
			updatedAt = now;
		}
		return added;
	}

	/** @return whether the stakeholder attended and no longer does. */
	boolean leave(UUID stakeholderId, Instant now) {
		boolean left = individualIds.remove(stakeholderId) | organizationIds.remove(stakeholderId);
		if (left) {
			updatedAt = now;
		}
		return left;
	}

	private static <T> T change(String field, T current, T next, List<String> changed) {
		if (!Objects.equals(current, next)) {
			changed.add(field);
		}
		return next;
	}
}
