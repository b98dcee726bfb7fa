package org.casekeep.survey.optout;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.domain.Persistable;

/**
 * One entry of the opt-out list: the HMAC-SHA256 (hex) of a normalized e-mail or phone under the configured key, and the day
 * it was recorded. Without the key the digest names nobody; with it, it only answers "is this address on the list".
 */
@Entity
@Table(schema = "survey", name = "opt_out")
class OptOut implements Persistable<String> {

	enum Kind { EMAIL, PHONE }

	@Id
	private String digest;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private LocalDate recordedOn;

	protected OptOut() {
	}

	OptOut(String digest, Kind kind, LocalDate recordedOn) {
		this.digest = digest;
		this.kind = kind;
		this.recordedOn = recordedOn;
	}

	@Override
	public String getId() { return digest; }

	@Override
	public boolean isNew() { return true; }

	Kind getKind() { return kind; }
	LocalDate getRecordedOn() { return recordedOn; }

}
