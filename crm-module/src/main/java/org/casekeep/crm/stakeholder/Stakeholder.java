package org.casekeep.crm.stakeholder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.db.AssignedIdEntity;
import org.casekeep.kernel.pii.PersonalData;
import org.casekeep.kernel.retention.RetentionFacts;
import org.casekeep.kernel.values.PostalAddress;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * What an individual point of contact and an organization have in common as stored records (CRM PIA 1.1): an owning
 * component and user, an address, the issues they engage on, when they were created and changed, and a version that
 * refuses a stale edit. The facts both kinds share are written here once: their record types, their retention
 * schedule, the legal basis of their collection and the purpose of their use.
 */
@MappedSuperclass
public abstract class Stakeholder extends AssignedIdEntity {

	/** The record type of individual points of contact (CRM PIA 1.1, item 2). */
	public static final String INDIVIDUAL = "crm.individual";

	/** The record type of organizations (CRM PIA 1.1, item 1). */
	public static final String ORGANIZATION = "crm.organization";

	/** PIA 3.2-3.3: reference material, deleted when not contacted within one year. */
	public static final String RETENTION = "CRM_REFERENCE";

	/** PIA 1.6 and the system of records notice under which stakeholders are collected. */
	public static final String LEGAL_BASIS = "6 U.S.C. 112(c); SORN DHS/ALL-002 Mailing and Other Lists System";

	/** Purpose recorded in audit entries (CRM PIA 2.4: information may be used only for outreach). */
	public static final String PURPOSE = "DHS outreach";

	@Id
	private UUID id;

	@Embedded
	@PersonalData(description = "Work address of an individual, address of an organization (PIA 4.1: shared with "
			+ "all offices)")
	private @Nullable PostalAddress address;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> issues = new ArrayList<>();

	private String owningComponent;

	private String ownerUsername;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Stakeholder() {
	}

	protected Stakeholder(String owningComponent, String ownerUsername, Instant now) {
		this.id = UUID.randomUUID();
		this.owningComponent = owningComponent;
		this.ownerUsername = ownerUsername;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** {@link #INDIVIDUAL} or {@link #ORGANIZATION}, as the subclass's {@code @PersonalDataRecord} names it. */
	public abstract String recordType();

	/**
	 * The retention facts of a stakeholder (PIA 3.2: delete if not contacted within one year), the same for individuals
	 * and organizations. Counted from creation at the earliest: a contact recorded with an older date must not make a
	 * new record due at once.
	 * @param lastContactedAt the most recent contact, {@literal null} if never contacted.
	 */
	public static RetentionFacts retentionFacts(Instant createdAt, @Nullable Instant lastContactedAt) {
		return RetentionFacts.lastActivity(createdAt,
				lastContactedAt == null || lastContactedAt.isBefore(createdAt) ? createdAt : lastContactedAt);
	}

	/** The facts access decisions, masking and audit review depend on. */
	public RecordFacts facts() {
		return RecordFacts.of(recordType(), id, owningComponent, ownerUsername);
	}

	@Override
	public UUID getId() { return id; }
	public @Nullable PostalAddress getAddress() { return address; }
	/** The codes of the {@link Issue}s, sorted. */
	public List<String> getIssues() { return List.copyOf(issues); }
	public String getOwningComponent() { return owningComponent; }
	public String getOwnerUsername() { return ownerUsername; }
	public Instant getCreatedAt() { return createdAt; }
	public Instant getUpdatedAt() { return updatedAt; }
	public long getVersion() { return version; }

	/**
	 * Moves the record to another owner of the same component (the owner left; CRM PIA 8.1: office administrators
	 * manage their office's users). The owning component stays.
	 */
	public void transferTo(String newOwnerUsername, Instant now) {
		ownerUsername = Objects.requireNonNull(newOwnerUsername, "newOwnerUsername must not be null");
		updatedAt = now;
	}

	/**
	 * Applies the validated address and issues (codes), adding the names of what changed.
	 */
	protected final void applyShared(@Nullable PostalAddress newAddress, Collection<String> newIssues,
			List<String> changed) {
		address = change("address", address, newAddress, changed);
		List<String> names = newIssues.stream().sorted().toList();
		if (!names.equals(issues)) {
			issues = new ArrayList<>(names);
			changed.add("issues");
		}
	}

	/**
	 * Marks the record changed at {@code now} if anything changed.
	 * @return the names of the changed fields, for the audit entry (names only, never values).
	 */
	protected final List<String> touched(List<String> changed, Instant now) {
		if (!changed.isEmpty()) {
			updatedAt = now;
		}
		return List.copyOf(changed);
	}

	/** @return {@code next}, adding {@code name} to {@code changed} if it differs from {@code current}. */
	protected static <T> T change(String name, T current, T next, List<String> changed) {
		if (!Objects.equals(current, next)) {
			changed.add(name);
		}
		return next;
	}
}
