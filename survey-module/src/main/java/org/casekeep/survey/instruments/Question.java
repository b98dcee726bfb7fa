package org.casekeep.survey.instruments;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.casekeep.kernel.db.AssignedIdEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** One question of an instrument, part of its {@link Instrument}. */
@Entity
@Table(schema = "survey", name = "question")
class Question extends AssignedIdEntity {

	/**
	 * PIA 2.5 and overview: customer research collects opinions and experiences, not PII; every open-ended question
	 * says so to the person answering.
	 */
	static final String ADMONITION = "Please do not include personal information such as your name, address, phone "
			+ "number, e-mail address, Social Security number or case number in your answer.";

	@Id
	private UUID id;

	private int position;

	@Enumerated(EnumType.STRING)
	private QuestionKind kind;

	private String text;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> choices = new ArrayList<>();

	private @Nullable Integer scalePoints;

	@Enumerated(EnumType.STRING)
	private @Nullable Demographic demographic;

	private boolean overCollection;

	private @Nullable String overCollectionReason;

	private @Nullable String overCollectionBy;

	protected Question() {
	}

	Question(int position, QuestionValues values) {
		this.id = UUID.randomUUID();
		this.position = position;
		this.kind = values.kind();
		this.text = values.text();
		this.choices = new ArrayList<>(values.choices());
		this.scalePoints = values.scalePoints();
		this.demographic = values.demographic();
	}

	/** PIA 2.5: a reviewer deems the question an over-collection; it must be dropped before approval. */
	void markOverCollection(String reason, String reviewer) {
		overCollection = true;
		overCollectionReason = reason;
		overCollectionBy = reviewer;
	}

	@Override
	public UUID getId() { return id; }
	int getPosition() { return position; }
	QuestionKind getKind() { return kind; }
	String getText() { return text; }
	List<String> getChoices() { return List.copyOf(choices); }
	@Nullable Integer getScalePoints() { return scalePoints; }
	@Nullable Demographic getDemographic() { return demographic; }
	boolean isOverCollection() { return overCollection; }
	@Nullable String getOverCollectionReason() { return overCollectionReason; }
	@Nullable String getOverCollectionBy() { return overCollectionBy; }
	@Nullable String admonition() { return kind == QuestionKind.OPEN_ENDED ? ADMONITION : null; }
}
