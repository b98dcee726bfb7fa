package org.casekeep.survey.studies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A study as the API and pages show it: {@code publicFacing} when its instruments must carry the Privacy Act notice
 * (PIA 4.1, footnote 4), with the gates of the study itself that are still open; the full
 * checklist with the instruments' gate is the gates' ({@code StudyGates}).
 */
public record StudyView(UUID id, String title, ResearchMethod method, String purpose, Population population,
		boolean federalEmployeesOnly, String researchUnit, String researcher, int plannedParticipants,
		LocalDate startsOn, LocalDate endsOn, @Nullable String vendorTool, String ptaState,
		@Nullable String ptaSubmittedBy, @Nullable String ptaReviewedBy, @Nullable String ptaApprovedBy,
		boolean publicFacing, boolean praApplies, String praStatus, @Nullable String ombControlNumber,
		@Nullable LocalDate ombExpiresOn, @Nullable String icrRetention, @Nullable LocalDate federalRegisterNoticeOn,
		@Nullable LocalDate commentPeriodEndsOn, boolean vendorIpCollectionDisabled,
		boolean vendorEmailCollectionDisabled, @Nullable String vendorPrivacyOfficeApprovedBy,
		@Nullable String vendorPublicAffairsApprovedBy, @Nullable Instant closedAt, List<OpenGate> studyGates,
		long version) {

	/** What the PRA means for a study, in words (PIA 1.5). */
	private static String praStatus(Study study) {
		if (study.isFederalEmployeesOnly()) {
			return "Exempt from the PRA: federal employees only (PIA 1.5)";
		}
		return study.praApplies() ? "PRA applies: OMB clearance and a Federal Register notice are required"
				: "PRA does not apply: fewer than 10 members of the public";
	}

	static StudyView of(Study s, LocalDate today) {
		return new StudyView(s.getId(), s.getTitle(), s.getMethod(), s.getPurpose(), s.getPopulation(),
				s.isFederalEmployeesOnly(), s.getResearchUnit(), s.getOwnerUsername(), s.getPlannedParticipants(),
				s.getStartsOn(), s.getEndsOn(), s.getVendorTool(), s.getPtaState().name(), s.getPtaSubmittedBy(),
				s.getPtaReviewedBy(), s.getPtaApprovedBy(), s.getPopulation().publicFacing(), s.praApplies(), praStatus(s), s.getOmbControlNumber(),
				s.getOmbExpiresOn(), s.getIcrRetention(), s.getFederalRegisterNoticeOn(), s.commentPeriodEndsOn(),
				s.isVendorIpCollectionDisabled(), s.isVendorEmailCollectionDisabled(), s.getVendorPrivacyOfficeBy(),
				s.getVendorPublicAffairsBy(), s.getClosedAt(), s.openGates(today), s.getVersion());
	}
}
