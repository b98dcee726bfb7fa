package org.casekeep.detention.relations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.casekeep.detention.complaint.OidoRoles;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.db.AssignedIdEntity;
import org.casekeep.kernel.pii.PersonalData;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.casekeep.kernel.pii.PiiCategory;
import org.casekeep.kernel.pii.Sensitivity;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * An engagement OIDO staff conducted or attended (PIA overview "External Relations", 2.1): its dates, location,
 * participants (stakeholders and OIDO staff), type, subject and areas, reminders for future actions. It guards its own
 * transitions: it is held once, and only once held is it told to the CRM; a stakeholder removed on request leaves
 * only a count of anonymous participants.
 */
@Entity
@Table(schema = "detention", name = "engagement")
@PersonalDataRecord(type = StakeholderEngagement.RECORD_TYPE, retention = Stakeholder.RETENTION, legalBasis = Stakeholder.LEGAL_BASIS,
		source = "OIDO PIA 2.1 (notes regarding engagements with OIDO)")
class StakeholderEngagement extends AssignedIdEntity {

	static final String RECORD_TYPE = "detention.engagement";

	@Id
	private UUID id;

	@Version
	private long version;

	private String name;

	@Enumerated(EnumType.STRING)
	private EngagementType type;

	private LocalDate startsOn;

	private @Nullable LocalDate endsOn;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.LOW,
			description = "Where an engagement took place (may be someone's office)")
	private @Nullable String location;

	@PersonalData(category = PiiCategory.FREE_TEXT, description = "Subject matter covered in an engagement")
	private @Nullable String subject;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> areas = new ArrayList<>();

	/** The OIDO staff who took part, by username. */
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> staff = new ArrayList<>();

	/** The stakeholders who took part; their names and contacts are on their own records. */
	@ElementCollection
	@CollectionTable(schema = "detention", name = "engagement_participant", joinColumns = @JoinColumn(name = "engagement_id"))
	@Column(name = "stakeholder_id")
	private Set<UUID> participants = new LinkedHashSet<>();

	/** Participants removed on request (PIA 4.3): counted, never named. */
	private int removedParticipants;

	private @Nullable Instant heldAt;

	private @Nullable String heldBy;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.LOW,
			description = "Reminders for future actions after an engagement")
	@ElementCollection
	@CollectionTable(schema = "detention", name = "engagement_reminder", joinColumns = @JoinColumn(name = "engagement_id"))
	@OrderColumn(name = "position")
	private List<Reminder> reminders = new ArrayList<>();

	private String ownerUsername;

	private Instant createdAt;

	private Instant updatedAt;

	protected StakeholderEngagement() {
	}

	StakeholderEngagement(EngagementValues values, String ownerUsername, Instant now) {
		this.id = UUID.randomUUID();
		this.ownerUsername = ownerUsername;
		this.createdAt = now;
		apply(values, now);
	}

	/** @return the names of the fields changed, for the audit entry. */
	List<String> apply(EngagementValues values, Instant now) {
		List<String> changed = new ArrayList<>();
		name = change("name", name, values.name(), changed);
		type = change("type", type, values.type(), changed);
		startsOn = change("startsOn", startsOn, values.startsOn(), changed);
		endsOn = change("endsOn", endsOn, values.endsOn(), changed);
		location = change("location", location, values.location(), changed);
		subject = change("subject", subject, values.subject(), changed);
		if (!values.areas().equals(areas)) {
			areas = new ArrayList<>(values.areas());
			changed.add("areas");
		}
		if (!values.staff().equals(staff)) {
			staff = new ArrayList<>(values.staff());
			changed.add("staff");
		}
		if (!values.participants().equals(participants)) {
			participants = new LinkedHashSet<>(values.participants());
			changed.add("participants");
		}
		updatedAt = now;
		return changed;
	}

	/**
	 * Marks it held, once.
	 * @return {@literal true} the first time, when it is to be told to the CRM; {@literal false} when it was held before
	 * (saving it again tells nobody twice).
	 * @throws WorkflowConflictException when it has not begun yet.
	 */
	boolean hold(String by, Instant now, LocalDate today) {
		if (heldAt != null) {
			return false;
		}
		if (startsOn.isAfter(today)) {
			throw new WorkflowConflictException("An engagement is held on or after its first day, " + startsOn);
		}
		heldAt = now;
		heldBy = by;
		updatedAt = now;
		return true;
	}

	Reminder remind(LocalDate dueOn, String action, String owner, boolean sendNotice, Instant now) {
		Reminder reminder = new Reminder(UUID.randomUUID(), dueOn, action, owner, sendNotice, null, null);
		reminders.add(reminder);
		updatedAt = now;
		return reminder;
	}

	/** @throws org.casekeep.kernel.access.RecordNotFoundException for a reminder it does not hold. */
	void completeReminder(UUID reminderId, Instant now) {
		int index = indexOf(reminderId);
		if (reminders.get(index).doneAt() != null) {
			throw new WorkflowConflictException("This reminder was done already");
		}
		reminders.set(index, reminders.get(index).done(now));
		updatedAt = now;
	}

	/** The reminders of owners who asked to be told, due by {@code today}, open and not told yet. */
	List<Reminder> dueForNotice(LocalDate today) {
		return reminders.stream()
			.filter(r -> r.sendNotice() && r.doneAt() == null && r.notifiedAt() == null && !r.dueOn().isAfter(today))
			.toList();
	}

	void notified(UUID reminderId, Instant now) {
		int index = indexOf(reminderId);
		reminders.set(index, reminders.get(index).notified(now));
	}

	/** A participant removed on request (PIA 4.3): no longer named, still counted. */
	boolean forget(UUID stakeholderId) {
		if (participants.remove(stakeholderId)) {
			removedParticipants++;
			return true;
		}
		return false;
	}

	private int indexOf(UUID reminderId) {
		for (int i = 0; i < reminders.size(); i++) {
			if (reminders.get(i).id().equals(reminderId)) {
				return i;
			}
		}
		throw new org.casekeep.kernel.access.RecordNotFoundException(RECORD_TYPE + "-reminder", reminderId);
	}

	private static <T> T change(String field, T current, T next, List<String> changed) {
		if (!Objects.equals(current, next)) {
			changed.add(field);
		}
		return next;
	}

	RecordFacts facts() {
		return new RecordFacts(RECORD_TYPE, id.toString(), OidoRoles.COMPONENT, ownerUsername, Set.copyOf(staff));
	}

	@Override
	public UUID getId() { return id; }
	long version() { return version; }
	String name() { return name; }
	EngagementType type() { return type; }
	LocalDate startsOn() { return startsOn; }
	@Nullable LocalDate endsOn() { return endsOn; }
	@Nullable String location() { return location; }
	@Nullable String subject() { return subject; }
	List<String> areas() { return List.copyOf(areas); }
	List<String> staff() { return List.copyOf(staff); }
	Set<UUID> participants() { return Set.copyOf(participants); }
	int removedParticipants() { return removedParticipants; }
	Optional<Instant> heldAt() { return Optional.ofNullable(heldAt); }
	@Nullable String heldBy() { return heldBy; }
	List<Reminder> reminders() { return List.copyOf(reminders); }
	String ownerUsername() { return ownerUsername; }
	Instant createdAt() { return createdAt; }
}
