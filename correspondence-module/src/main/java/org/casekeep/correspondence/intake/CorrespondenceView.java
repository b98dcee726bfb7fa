package org.casekeep.correspondence.intake;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.casekeep.kernel.pii.ReleasedAs;
import org.casekeep.kernel.validation.OneOf;
import org.casekeep.kernel.values.PostalAddress;
import org.jspecify.annotations.Nullable;

/**
 * A piece of correspondence as it leaves the module (API, pages), released through the kernel's guard: fields the
 * viewer may not see hold a mask and {@code maskedFields} names them.
 *
 * @param homePhone the phone as shown, e.g. {@code +1 202-555-0143 ext. 12}; the other phones likewise.
 * @param addressKind {@code MAILING}, {@code WORK} or {@code HOME}: which address {@code address} is.
 * @param findings the SPII findings and their decisions; those awaiting a decision while {@code status} is
 * {@code SPII_REVIEW}.
 */
@ReleasedAs(Correspondence.RECORD_TYPE)
public record CorrespondenceView(UUID id, String referenceNumber, @OneOf(CorrespondenceStatus.class) String status,
		@OneOf(Arrival.Channel.class) String channel, @OneOf(Arrival.IntakeMethod.class) String intakeMethod,
		@OneOf(Arrival.SourceType.class) String sourceType, String subject, @Nullable String body, boolean bodyExtraneous, Instant receivedAt,
		String owningComponent, String createdBy, Instant createdAt,
		@OneOf(CorrespondenceRetentionSchedule.class) String retentionSchedule,
		@Nullable Instant closedAt, @OneOf(ClosureReason.class) @Nullable String closureReason, @Nullable String prefix, @Nullable String firstName, @Nullable String middleName,
		@Nullable String lastName, @Nullable String suffix, @Nullable String title, @Nullable String organization,
		@Nullable String homePhone, @Nullable String businessPhone, @Nullable String mobilePhone,
		@Nullable String fax, @Nullable String email, @Nullable String url,
		@OneOf(Correspondence.AddressKind.class) @Nullable String addressKind,
		@Nullable PostalAddress address, @Nullable String caseNumber, @Nullable String aNumber,
		@Nullable String receiptNumber, long version, List<AttachmentSummary> attachments, List<Finding> findings,
		Set<String> maskedFields) {

	/** The correspondent's name as written, or an empty string for an anonymous letter. */
	public String correspondentName() {
		return Stream.of(prefix, firstName, middleName, lastName, suffix)
			.filter(part -> part != null && !part.isBlank())
			.collect(Collectors.joining(" "));
	}

	/** The status as people read it, e.g. "Awaiting SPII review". */
	public String statusLabel() {
		return CorrespondenceStatus.labelOf(status);
	}

	/** The channel as people read it, e.g. "Postal mail". */
	public String channelLabel() {
		return Arrival.Channel.valueOf(channel).getLabel();
	}

	/** How it was entered, as people read it, e.g. "Hand keyed". */
	public String intakeMethodLabel() {
		return Arrival.IntakeMethod.valueOf(intakeMethod).getLabel();
	}

	/** Who sent it, as people read it, e.g. "Member of the public". */
	public String sourceTypeLabel() {
		return Arrival.SourceType.valueOf(sourceType).getLabel();
	}

	/** The records schedule as people read it, with its code in words (PIA 5.1). */
	public String retentionScheduleLabel() {
		return CorrespondenceRetentionSchedule.valueOf(retentionSchedule).getLabel();
	}

	/** Why it was closed without a tasker, as people read it; {@literal null} if it was not. */
	public @Nullable String closureReasonLabel() {
		return closureReason == null ? null : ClosureReason.valueOf(closureReason).getLabel();
	}

	/** Which address it is, e.g. "Mailing address"; {@literal null} if none is recorded. */
	public @Nullable String addressKindLabel() {
		return addressKind == null ? null : addressKindLabel(addressKind);
	}

	/** The label of an address kind given by its name: "Mailing address", "Work address", "Home address". */
	static String addressKindLabel(String kind) {
		return kind.charAt(0) + kind.substring(1).toLowerCase(java.util.Locale.ROOT) + " address";
	}

	public boolean awaitingSpiiReview() {
		return CorrespondenceStatus.SPII_REVIEW.name().equals(status);
	}

	/**
	 * An attachment as it leaves the module: what it is and its extracted (or, after a redaction, redacted) text.
	 *
	 * @param originalKept whether the original file is still stored (dropped by a redaction, PIA 3.4).
	 */
	@ReleasedAs(Attachment.RECORD_TYPE)
	public record AttachmentSummary(UUID id, String fileName, String mediaType, long sizeBytes, boolean redacted,
			boolean originalKept, String extractedText) {
	}

	/**
	 * One SPII finding as a reviewer sees it: where it is, what kind, and an excerpt in which every sensitive value is
	 * masked. Never holds the value itself.
	 *
	 * @param location the field name ({@code body}, {@code aNumber}…) or the id of the attachment.
	 * @param locationLabel the same, for people (the field's label or the file name).
	 * @param kind the kind's name, e.g. {@code SSN}.
	 * @param kindLabel e.g. "Social Security number".
	 * @param decision {@code REDACT}, {@code KEEP}, or {@literal null} while undecided.
	 */
	@ReleasedAs(SpiiReviewItem.RECORD_TYPE)
	public record Finding(UUID id, String location, String locationLabel, String kind, String kindLabel,
			String maskedExcerpt, @Nullable String decision, @Nullable String justification, boolean extraneous) {

		/** The decision as people read it ("Redacted", "Kept"), or "Awaiting decision". */
		public String decisionLabel() {
			return decision == null ? "Awaiting decision" : SpiiReviewItem.Choice.valueOf(decision).getLabel();
		}
	}
}
