package org.casekeep.detention.inspections;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casekeep.kernel.pii.ReleasedAs;
import org.jspecify.annotations.Nullable;

/**
 * Files as they leave the package (API, pages), always through the kernel's guard, which masks what a viewer may not
 * see and audits every read with the fields revealed (PIA 8.1). Codes are carried with their labels for people.
 */
public final class InspectionViews {

	private InspectionViews() {
	}

	/** A row of the list of files. */
	@ReleasedAs(InspectionRecords.RECORD_TYPE)
	public record Summary(UUID id, String fileNumber, String status, String statusLabel, String facilityCode,
			String facilityName, String inspectionType, String inspectionTypeLabel, boolean confidential,
			LocalDate plannedFrom, LocalDate plannedTo, String triggerLabel, boolean publicInformation,
			List<String> team) {

		static Summary of(InspectionFile f, String facilityName) {
			return new Summary(f.getId(), f.fileNumber(), f.status().name(), f.status().label(), f.facilityCode(),
					facilityName, f.inspectionType().name(), f.inspectionType().label(), f.confidential(),
					f.plannedFrom(), f.plannedTo(), f.triggerKind().label(), f.publicInformation(),
					f.team().stream().sorted().toList());
		}
	}

	/** One office's deconfliction as shown. */
	public record DeconflictionRow(String office, String officeLabel, @Nullable Instant askedAt,
			@Nullable String askedBy, @Nullable String answer, @Nullable String answerLabel,
			@Nullable String answerNotes, @Nullable Instant answeredAt, @Nullable String answeredBy) {

		static DeconflictionRow of(InspectionFile.Deconfliction d) {
			return new DeconflictionRow(d.office().name(), d.office().label(), d.askedAt(), d.askedBy(),
					d.answer() == null ? null : d.answer().name(), d.answer() == null ? null : d.answer().label(),
					d.answerNotes(), d.answeredAt(), d.answeredBy());
		}
	}

	/** A finding as shown. */
	public record FindingRow(String standardCode, String standardTitle, String text, String recordedBy,
			Instant recordedAt) {
	}

	/**
	 * Another open file of OIDO's for the same facility and an overlapping window. A file the viewer may not know of (an
	 * unannounced inspection of another team) is shown as a pointer only, never its number or content: ask a manager.
	 */
	public record Overlap(@Nullable UUID id, @Nullable String fileNumber, LocalDate plannedFrom, LocalDate plannedTo,
			String statusLabel, String contact) {
	}

	/** An interviewee as shown. */
	@ReleasedAs(Interviewee.RECORD_TYPE)
	public record IntervieweeView(UUID id, String fullName, @Nullable String mailingAddress, @Nullable String email,
			@Nullable String phone, @Nullable String position, @Nullable String dutyStation, boolean consentGiven,
			String recordedBy, Instant recordedAt) {

		static IntervieweeView of(Interviewee i) {
			return new IntervieweeView(i.getId(), i.fullName(), i.mailingAddress(), i.email(), i.phone(), i.position(),
					i.dutyStation(), i.consentGiven(), i.recordedBy(), i.recordedAt());
		}
	}

	/** An attachment as listed, without its bytes. */
	@ReleasedAs(InspectionAttachment.RECORD_TYPE)
	public record AttachmentView(UUID id, String kind, String kindLabel, String fileName, String mediaType,
			long sizeBytes, boolean metadataStripped, String uploadedBy, Instant uploadedAt) {

		static AttachmentView of(InspectionAttachment a) {
			return new AttachmentView(a.getId(), a.kind().name(), a.kind().label(), a.fileName(), a.mediaType(),
					a.sizeBytes(), a.metadataStripped(), a.uploadedBy(), a.uploadedAt());
		}
	}

	/** The working copy of an attachment, for download. */
	@ReleasedAs(InspectionAttachment.RECORD_TYPE)
	public record WorkingCopy(UUID id, String fileName, String mediaType, byte @Nullable [] workingCopy) {
	}

	/** The original of an attachment, for OIDO managers. */
	@ReleasedAs(InspectionAttachment.RECORD_TYPE)
	public record Original(UUID id, String fileName, String mediaType, byte @Nullable [] original) {
	}

	/** A file with everything the team records on it. */
	@ReleasedAs(InspectionRecords.RECORD_TYPE)
	public record Detail(UUID id, String fileNumber, String status, String statusLabel, String triggerKind,
			String triggerLabel, @Nullable String triggerCaseNumber, @Nullable String triggerDescription,
			boolean publicInformation, @Nullable String publicSource, String facilityCode, String facilityName,
			String inspectionType, String inspectionTypeLabel, boolean confidential, LocalDate plannedFrom,
			LocalDate plannedTo, List<String> team, @Nullable List<DeconflictionRow> deconfliction,
			boolean deconflictionComplete, List<Overlap> overlaps, @Nullable String overrideReason,
			@Nullable String overriddenBy, @Nullable Instant overriddenAt, @Nullable String scheduledBy,
			@Nullable Instant scheduledAt, @Nullable LocalDate inspectionDate, @Nullable String visitedBy,
			@Nullable String notes, @Nullable List<FindingRow> findings, @Nullable String reportStage,
			@Nullable String reportStageLabel, @Nullable String reportText, @Nullable String componentFeedback,
			@Nullable Instant reportSharedAt, @Nullable String finalizedBy, @Nullable Instant finalizedAt,
			List<IntervieweeView> interviewees, List<AttachmentView> attachments, String createdBy, Instant createdAt,
			Instant updatedAt, long version, Set<String> maskedFields) {

		/** Whether the file is closed, so its page offers no more changes. */
		public boolean closed() {
			return InspectionFile.Status.CLOSED.name().equals(status);
		}
	}
}
