package org.casekeep.kernel.retention;

import java.time.Instant;
import java.time.Period;

import org.casekeep.kernel.retention.RetentionSchedule.Anchor;
import org.casekeep.kernel.retention.RetentionSchedule.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Destroy-after dates of the schedules named in the seeds (DESIGN.md, retention table). */
class RetentionScheduleTests {

	static final RetentionSchedule INTRANET_QUORUM = new RetentionSchedule("N1_563_07_001", "IQ", "N1-563-07-001", "",
			Kind.FISCAL_YEAR_CUTOFF, Anchor.CLOSED, Period.ofYears(10));
	static final RetentionSchedule COUNSEL_CASE_FILES = new RetentionSchedule("OCC_PMT", "OCC", "OCC-PMT", "",
			Kind.AFTER_ANCHOR, Anchor.FINAL_DECISION, Period.ofMonths(6));
	static final RetentionSchedule CRM_REFERENCE = new RetentionSchedule("CRM_REFERENCE", "CRM", "CRM PIA 3.2", "",
			Kind.AFTER_ANCHOR, Anchor.LAST_ACTIVITY, Period.ofYears(1));
	static final RetentionSchedule OIDO = new RetentionSchedule("OIDO_UNSCHEDULED", "OIDO", "Unscheduled", "",
			Kind.UNSCHEDULED, null, null);

	@Test
	void correspondenceClosedInNovemberIsCutOffAtTheNextFiscalYearEndAndDestroyedTenYearsLater() {
		RetentionFacts closedNov2026 = new RetentionFacts(null, null, Instant.parse("2026-11-15T14:00:00Z"), null);
		assertThat(INTRANET_QUORUM.destroyAfter(closedNov2026)).contains(Instant.parse("2037-10-01T00:00:00Z"));
	}

	@Test
	void correspondenceClosedOnTheLastDayOfTheFiscalYearSharesThatYearsCutoff() {
		RetentionFacts closed30Sep = new RetentionFacts(null, null, Instant.parse("2027-09-30T23:59:59Z"), null);
		RetentionFacts closed1Oct = new RetentionFacts(null, null, Instant.parse("2027-10-01T00:00:00Z"), null);
		assertThat(INTRANET_QUORUM.destroyAfter(closed30Sep)).contains(Instant.parse("2037-10-01T00:00:00Z"));
		assertThat(INTRANET_QUORUM.destroyAfter(closed1Oct)).contains(Instant.parse("2038-10-01T00:00:00Z"));
	}

	@Test
	void counselFilesAreDueSixMonthsAfterTheFinalDecisionAndNotBefore() {
		assertThat(COUNSEL_CASE_FILES.destroyAfter(new RetentionFacts(Instant.parse("2026-01-01T00:00:00Z"), null, null, null)))
			.isEmpty();
		assertThat(COUNSEL_CASE_FILES.destroyAfter(
				new RetentionFacts(null, null, null, Instant.parse("2026-03-31T10:00:00Z"))))
			.contains(Instant.parse("2026-09-30T10:00:00Z"));
	}

	@Test
	void aStakeholderIsDueOneYearAfterTheLastContactOrCreationWhenNeverContacted() {
		Instant created = Instant.parse("2026-02-01T09:00:00Z");
		assertThat(CRM_REFERENCE.destroyAfter(RetentionFacts.created(created))).contains(Instant.parse("2027-02-01T09:00:00Z"));
		assertThat(CRM_REFERENCE.destroyAfter(RetentionFacts.lastActivity(created, Instant.parse("2026-08-15T12:00:00Z"))))
			.contains(Instant.parse("2027-08-15T12:00:00Z"));
	}

	@Test
	void unscheduledRecordsAreNeverDue() {
		assertThat(OIDO.destroyAfter(new RetentionFacts(Instant.EPOCH, Instant.EPOCH, Instant.EPOCH, Instant.EPOCH))).isEmpty();
	}
}
