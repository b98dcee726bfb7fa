package org.casekeep.detention.relations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.casekeep.detention.complaint.OidoRoles;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.db.AssignedIdEntity;
import org.casekeep.kernel.pii.PersonalData;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.casekeep.kernel.pii.PiiCategory;
import org.casekeep.kernel.pii.Sensitivity;
import org.casekeep.kernel.values.PhoneNumber;
import org.casekeep.kernel.values.PostalAddress;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A stakeholder of OIDO (PIA overview "External Relations", 2.1): an organization, or a person optionally affiliated
 * with one, with the contact information of PIA 2.1, its areas of interest, and the public source it was gathered
 * from (PIA 2.2, 2.3), which is always recorded. Its personal data is declared here once.
 */
@Entity
@Table(schema = "detention", name = "stakeholder")
@PersonalDataRecord(type = Stakeholder.RECORD_TYPE, retention = Stakeholder.RETENTION, legalBasis = Stakeholder.LEGAL_BASIS,
		source = "OIDO PIA 2.1 (stakeholders)")
class Stakeholder extends AssignedIdEntity {

	static final String RECORD_TYPE = "detention.stakeholder";

	/** PIA 1.4, 5.1: no approved schedule yet; removed at once on request (PIA 4.3). */
	static final String RETENTION = "OIDO_UNSCHEDULED";

	/** PIA 1.2. */
	static final String LEGAL_BASIS = "Consolidated Appropriations Act 2020, Pub. L. 116-93, sec. 106; SORN DHS/ALL-002 "
			+ "Mailing and Other Lists System";

	@Id
	private UUID id;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	private StakeholderKind kind;

	@PersonalData(category = PiiCategory.NAME, sensitivity = Sensitivity.LOW,
			description = "Stakeholder's name: an organization's, or a person's")
	private String name;

	/** PIA 2.1: organizational affiliation, as a link to the organization's own record. Not personal data by itself. */
	private @Nullable UUID organizationId;

	@Embedded
	@PersonalData(description = "Stakeholder's mailing address")
	private @Nullable PostalAddress address;

	@PersonalData(category = PiiCategory.CONTACT, sensitivity = Sensitivity.LOW, description = "Stakeholder's email address")
	private @Nullable String email;

	@Embedded
	@EmbeddedColumnNaming("phone_%s")
	@PersonalData(description = "Stakeholder's phone number")
	private @Nullable PhoneNumber phone;

	@Enumerated(EnumType.STRING)
	private SourceKind sourceKind;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.LOW,
			description = "Public source the stakeholder was gathered from (e.g. the website's address), or how they "
					+ "contacted OIDO")
	private String sourceDetail;

	@PersonalData(category = PiiCategory.PROFESSIONAL, sensitivity = Sensitivity.LOW,
			description = "Stakeholder's areas of interest")
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> areasOfInterest = new ArrayList<>();

	private String createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	protected Stakeholder() {
	}

	Stakeholder(StakeholderValues values, String createdBy, Instant now) {
		this.id = UUID.randomUUID();
		this.kind = values.kind();
		this.createdBy = createdBy;
		this.createdAt = now;
		apply(values, now);
	}

	/**
	 * Takes the values typed; the kind never changes (an organization is not turned into a person).
	 * @return the names of the fields changed, for the audit entry (names only, never values).
	 */
	List<String> apply(StakeholderValues values, Instant now) {
		if (values.kind() != kind) {
			throw new org.casekeep.kernel.validation.WorkflowConflictException(
					"A stakeholder's kind does not change: add the " + values.kind().label().toLowerCase(java.util.Locale.ROOT)
							+ " as a new stakeholder");
		}
		List<String> changed = new ArrayList<>();
		name = change("name", name, values.name(), changed);
		organizationId = change("organizationId", organizationId, values.organizationId(), changed);
		address = change("address", address, values.address(), changed);
		email = change("email", email, values.email(), changed);
		phone = change("phone", phone, values.phone(), changed);
		sourceKind = change("sourceKind", sourceKind, values.sourceKind(), changed);
		sourceDetail = change("sourceDetail", sourceDetail, values.sourceDetail(), changed);
		if (!values.areasOfInterest().equals(areasOfInterest)) {
			areasOfInterest = new ArrayList<>(values.areasOfInterest());
			changed.add("areasOfInterest");
		}
		updatedAt = now;
		return changed;
	}

	private static <T> T change(String field, T current, T next, List<String> changed) {
		if (!Objects.equals(current, next)) {
			changed.add(field);
		}
		return next;
	}

	/** Its organization's record was destroyed by retention: the person stays, no longer affiliated. */
	void unlink() {
		organizationId = null;
	}

	RecordFacts facts() {
		return new RecordFacts(RECORD_TYPE, id.toString(), OidoRoles.COMPONENT, createdBy, Set.of());
	}

	@Override
	public UUID getId() { return id; }
	long version() { return version; }
	StakeholderKind kind() { return kind; }
	String name() { return name; }
	@Nullable UUID organizationId() { return organizationId; }
	@Nullable PostalAddress address() { return address; }
	@Nullable String email() { return email; }
	@Nullable PhoneNumber phone() { return phone; }
	SourceKind sourceKind() { return sourceKind; }
	String sourceDetail() { return sourceDetail; }
	List<String> areasOfInterest() { return List.copyOf(areasOfInterest); }
	String createdBy() { return createdBy; }
	Instant createdAt() { return createdAt; }
	Instant updatedAt() { return updatedAt; }
}
