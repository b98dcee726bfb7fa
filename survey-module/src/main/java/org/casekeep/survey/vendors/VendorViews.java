package org.casekeep.survey.vendors;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casekeep.kernel.disclosure.Disclosure;
import org.casekeep.kernel.pii.ReleasedAs;
import org.jspecify.annotations.Nullable;

/** What the vendor API and pages take and show. */
public final class VendorViews {

	private VendorViews() {
	}

	/**
	 * A contract as typed: the vendor, the contract or agreement number, what the vendor receives
	 * ({@link VendorData} names) and the date by which it must return or destroy it (YYYY-MM-DD); {@code version}
	 * when revising one.
	 */
	public record ContractDraft(@Nullable String vendorName, @Nullable String contractNumber,
			@Nullable List<String> data, @Nullable String returnBy, @Nullable Long version) {
	}

	/**
	 * The vendor's certificate as typed: {@code RETURNED} or {@code DESTROYED}, its date, who certified at the vendor,
	 * and its reference number unless the document is uploaded with it; {@code version} of the contract read.
	 */
	public record CertificateDraft(@Nullable String outcome, @Nullable String certifiedOn, @Nullable String certifiedBy,
			@Nullable String reference, @Nullable Long version) {
	}

	/** An uploaded certificate document, as the kernel's upload check passed it. */
	public record CertificateFile(String mediaType, byte[] content) {
	}

	/**
	 * A contract as the study's team, the component privacy office and the Privacy Office see it; {@code overdue}
	 * when its date passed without a certificate (PIA 5.2). Who certified at the vendor is released by the guard.
	 */
	@ReleasedAs(VendorContract.RECORD_TYPE)
	public record ContractView(UUID id, UUID studyId, String researchUnit, String vendorName, String contractNumber,
			List<VendorData> data, LocalDate returnBy, ContractState state, boolean overdue, long daysLeft,
			@Nullable LocalDate certifiedOn, @Nullable String certifiedBy, @Nullable String certificateReference,
			boolean certificateDocument, @Nullable String certificateMediaType, @Nullable Long certificateSizeBytes,
			@Nullable String certificateRecordedBy, @Nullable Instant certificateRecordedAt, String recordedBy,
			Instant recordedAt, long version, Set<String> maskedFields) {

		static ContractView of(VendorContract c, LocalDate today) {
			return new ContractView(c.getId(), c.getStudyId(), c.getResearchUnit(), c.getVendorName(),
					c.getContractNumber(), c.getData().stream().sorted().toList(), c.getReturnBy(), c.getState(),
					c.overdue(today), java.time.temporal.ChronoUnit.DAYS.between(today, c.getReturnBy()),
					c.getCertifiedOn(), c.getCertifiedBy(), c.getCertificateReference(),
					c.getCertificateMediaType() != null, c.getCertificateMediaType(), c.getCertificateSizeBytes(),
					c.getCertificateRecordedBy(), c.getCertificateRecordedAt(), c.getRecordedBy(), c.getRecordedAt(),
					c.getVersion(), Set.of());
		}
	}

	/**
	 * A sharing to record: the participants whose contact data goes (none named: every participant who may be
	 * invited), and the contact fields the vendor needs (none named: name and e-mail).
	 */
	public record SharingDraft(@Nullable List<String> participantIds, @Nullable List<String> fields,
			@Nullable String purpose) {
	}

	/**
	 * A sharing with the vendor as its accounting stands: awaiting the component privacy office's approval, approved
	 * (the file may be handed over once) or refused.
	 */
	public record SharingView(UUID disclosureId, UUID studyId, String status, String recipient, String purpose,
			String authority, List<ContactField> fields, int participants, List<String> participantIds,
			String requestedBy, Instant requestedAt, @Nullable String decidedBy, @Nullable Instant decidedAt,
			@Nullable String exportedBy, @Nullable Instant exportedAt, long version) {

		static SharingView of(VendorDisclosure share, Disclosure disclosure) {
			return new SharingView(share.getId(), share.getStudyId(), disclosure.status().name(),
					disclosure.recipient(), disclosure.purpose(), disclosure.authority(), share.getFields(),
					share.getParticipants(), disclosure.records().stream().map(r -> r.recordId()).toList(),
					disclosure.requestedBy(), disclosure.requestedAt(), disclosure.decidedBy(), disclosure.decidedAt(),
					share.getExportedBy(), share.getExportedAt(), share.getVersion());
		}
	}

	/** An overdue contract in the component privacy office's list (PIA 5.2, 6.5). */
	public record OverdueContract(UUID studyId, String studyTitle, String researchUnit, String vendorName,
			String contractNumber, LocalDate returnBy, long daysOverdue) {
	}
}
