package org.casekeep.correspondence.taskers;

import java.time.Instant;

import jakarta.persistence.Embeddable;

/** One level of a response's clearance, signed by one person (Correspondence PIA overview, "Response"). */
@Embeddable
class ClearanceSignOff {

	private int level;
	private String levelName;
	private String clearedBy;
	private Instant clearedAt;

	protected ClearanceSignOff() {
	}

	ClearanceSignOff(int level, String levelName, String clearedBy, Instant clearedAt) {
		this.level = level;
		this.levelName = levelName;
		this.clearedBy = clearedBy;
		this.clearedAt = clearedAt;
	}

	int getLevel() { return level; }
	String getLevelName() { return levelName; }
	String getClearedBy() { return clearedBy; }
	Instant getClearedAt() { return clearedAt; }
}
