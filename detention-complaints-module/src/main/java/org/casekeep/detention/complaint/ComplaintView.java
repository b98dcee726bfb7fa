package org.casekeep.detention.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casekeep.kernel.pii.ReleasedAs;
import org.jspecify.annotations.Nullable;

/**
 * A complaint as it leaves the module (API, pages), for OIDO analysts and managers. Released through the kernel's
 * guard, so every read names the fields revealed in the audit trail (PIA 8.1). Declared fields are carried under
 * their own names; booleans that are declared nowhere are not personal data by themselves.
 */
@ReleasedAs(ComplaintRecords.RECORD_TYPE)
public record ComplaintView(UUID id, String caseNumber, ComplaintStatus status, Channel channel, LocalDate receivedOn,
		@Nullable LocalDate paperOriginalDestroyedOn, boolean anonymous, @Nullable SubmitterRole submitterRole,
		@Nullable String submitterName, @Nullable List<String> submitterAliases,
		@Nullable String submitterMailingAddress, @Nullable String submitterEmail, @Nullable String submitterPhone,
		@Nullable String submitterFax, @Nullable String submitterOrganization, @Nullable String detaineeName,
		@Nullable List<String> detaineeAliases, @Nullable String aNumber, @Nullable String detaineeMailingAddress,
		@Nullable String detaineeEmail, @Nullable String detaineePhone, @Nullable Sex sex,
		@Nullable TransgenderStatus transgenderStatus, @Nullable LocalDate dateOfBirth, @Nullable String countryOfBirth,
		@Nullable List<String> citizenships, @Nullable List<DetentionStay> detentionHistory,
		@Nullable LocalDate incidentDate, @Nullable String description, List<String> descriptionFindings,
		boolean descriptionRedacted, @Nullable List<String> categories, @Nullable String otherCategory,
		@Nullable SubjectOfInquiry subjectOfInquiry, @Nullable String otherFamilyMembers, @Nullable String priorActions,
		boolean consentToInvestigate, boolean consentToRepresentative, @Nullable String designatedRepresentative,
		@Nullable String verificationSignedBy, @Nullable LocalDate verificationSignedOn, boolean emergency,
		@Nullable Instant emergencyFlaggedAt, @Nullable Jurisdiction jurisdiction, @Nullable String assignedAnalyst,
		@Nullable UUID mergedInto, @Nullable ReferralAgency referredTo, List<String> confidentialityProtections,
		@Nullable String declineReason, @Nullable String triagedBy, @Nullable Instant triagedAt,
		@Nullable List<Correction> corrections, @Nullable List<ResearchNote> researchNotes, @Nullable List<SubmitterAddition> submitterAdditions,
		@Nullable String resolution,
		@Nullable Instant closedAt, @Nullable String closedBy, String createdBy,
		Instant createdAt, Instant updatedAt, long version, Set<String> maskedFields) {

	static ComplaintView of(Complaint c) {
		return new ComplaintView(c.getId(), c.caseNumber(), c.status(), c.channel(), c.receivedOn(),
				c.paperOriginalDestroyedOn(), c.anonymous(), c.submitterRole(), c.submitterName(),
				c.submitterAliases(), c.submitterMailingAddress(), c.submitterEmail(), c.submitterPhone(),
				c.submitterFax(), c.submitterOrganization(), c.detaineeName(), c.detaineeAliases(), c.aNumber(),
				c.detaineeMailingAddress(), c.detaineeEmail(), c.detaineePhone(), c.sex(), c.transgenderStatus(),
				c.dateOfBirth(), c.countryOfBirth(), c.citizenships(), c.detentionHistory(), c.incidentDate(),
				c.description(), c.descriptionFindings(), c.descriptionRedacted(), c.categories(), c.otherCategory(),
				c.subjectOfInquiry(), c.otherFamilyMembers(), c.priorActions(), c.consentToInvestigate(),
				c.consentToRepresentative(), c.designatedRepresentative(), c.verificationSignedBy(),
				c.verificationSignedOn(), c.emergency(), c.emergencyFlaggedAt(), c.jurisdiction(),
				c.assignedAnalyst(), c.mergedInto() == null ? null : c.mergedInto().value(), c.referredTo(), c.confidentialityProtections(),
				c.declineReason(), c.triagedBy(), c.triagedAt(), c.corrections(), c.researchNotes(), c.submitterAdditions(), c.resolution(),
				c.closedAt(), c.closedBy(), c.createdBy(), c.createdAt(), c.updatedAt(),
				c.version(), Set.of());
	}

	/** The labels of the categories, for pages. */
	public List<String> categoryLabels() {
		return categories == null ? List.of()
				: categories.stream().map(code -> Category.valueOf(code).label()).toList();
	}
}
