package org.casekeep.detention.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casekeep.detention.complaint.ComplaintCase.ComplaintId;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The complaint guards its own triage transitions (OIDO PIA overview): only a received complaint is triaged, once. */
class ComplaintTests {

	static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	static final LocalDate TODAY = LocalDate.parse("2026-12-01");

	@Test
	void aReceivedComplaintIsTriagedOnceWhateverTheOutcome() {
		Complaint complaint = received(true);
		assertThat(complaint.status()).isEqualTo(ComplaintStatus.RECEIVED);
		assertThat(complaint.refer(ReferralAgency.OIG, Set.of(ConfidentialityProtection.MINIMUM_NECESSARY), "m", NOW))
			.containsExactly("status", "referredTo", "confidentialityProtections");
		assertThat(complaint.status()).isEqualTo(ComplaintStatus.REFERRED);
		assertThatThrownBy(() -> complaint.accept("a", "m", NOW)).isInstanceOf(WorkflowConflictException.class);
		assertThatThrownBy(() -> complaint.decline("why", "m", NOW)).isInstanceOf(WorkflowConflictException.class);
		assertThatThrownBy(() -> complaint.mergeInto(new ComplaintId(UUID.randomUUID()), "m", NOW))
			.isInstanceOf(WorkflowConflictException.class);
		assertThatThrownBy(() -> complaint.recordJurisdiction(Jurisdiction.WITHIN_PURVIEW, "m", NOW))
			.isInstanceOf(WorkflowConflictException.class);
	}

	@Test
	void acceptanceNeedsConsentToInvestigateAndOidoJurisdiction() {
		assertThatThrownBy(() -> received(false).accept("a", "m", NOW)).isInstanceOf(WorkflowConflictException.class)
			.hasMessageContaining("consent");
		Complaint outside = received(true);
		outside.recordJurisdiction(Jurisdiction.OUTSIDE_PURVIEW, "m", NOW);
		assertThatThrownBy(() -> outside.accept("a", "m", NOW)).hasMessageContaining("purview");
		Complaint within = received(true);
		within.accept("oido-analyst", "m", NOW);
		assertThat(within.facts().assignees()).containsExactly("oido-analyst");
	}

	@Test
	void aComplaintIsNotMergedIntoItselfAndAnEmergencyIsFlaggedOnce() {
		Complaint complaint = received(true);
		assertThatThrownBy(() -> complaint.mergeInto(complaint.id(), "m", NOW)).isInstanceOf(WorkflowConflictException.class);
		assertThat(complaint.flagEmergency(NOW)).isTrue();
		assertThat(complaint.flagEmergency(NOW)).isFalse();
	}

	@Test
	void descriptionScanFindsPassportAndVisaNumbersButNotOrdinaryWords() {
		DescriptionScan scan = new DescriptionScan();
		assertThat(scan.scan("Passport no. P8812345 was taken; visa: 4412ab90").stream().map(DescriptionScan.Finding::kind))
			.containsExactly(DescriptionScan.PASSPORT_NUMBER, DescriptionScan.VISA_NUMBER);
		assertThat(scan.scan("They took my passport and my visa papers in 2024")).isEmpty();
		assertThat(scan.scan("passport X1234567").getFirst().toString()).doesNotContain("X1234567");
	}

	private static Complaint received(boolean consent) {
		ComplaintDraft draft = new ComplaintDraft("TELEPHONE", "2026-11-30", null, true,
				null, null, null, null, null, null, null, null, "Ana", null, null, null, null, null, null, null, null,
				null, null, null, null, "Something happened", null, List.of("ABUSE"), null, null, null, null, consent,
				false, null, null, null);
		return new Complaint("OIDO-2026-000001", ComplaintValues.of(draft, TODAY, new DescriptionScan()), "intake", NOW);
	}
}
