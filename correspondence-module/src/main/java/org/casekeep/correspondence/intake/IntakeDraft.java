package org.casekeep.correspondence.intake;

import org.casekeep.kernel.validation.OneOf;
import org.casekeep.kernel.values.AddressDraft;
import org.jspecify.annotations.Nullable;

/**
 * A piece of correspondence as typed or pasted at intake, before validation; every field a text so that a bad value
 * comes back as a 422 naming the field. Enumerations are given by name ({@code POSTAL_MAIL}, {@code CONGRESS}…).
 *
 * @param receivedAt the date ({@code 2026-11-20}) or instant it arrived; blank means now.
 * @param retentionSchedule one of {@link CorrespondenceRetentionSchedule}; blank means N1-563-07-001.
 * @param addressKind {@code MAILING} (the default), {@code WORK} or {@code HOME}: which address {@code address} is.
 * @param address the correspondent's address ({@code address: {street1, street2, city, state, zip}}); {@literal null}
 * or all parts empty for none.
 */
public record IntakeDraft(@OneOf(Arrival.Channel.class) @Nullable String channel,
		@OneOf(Arrival.IntakeMethod.class) @Nullable String intakeMethod,
		@OneOf(Arrival.SourceType.class) @Nullable String sourceType,
		@Nullable String subject, @Nullable String body, @Nullable String receivedAt,
		@OneOf(CorrespondenceRetentionSchedule.class) @Nullable String retentionSchedule, @Nullable String prefix, @Nullable String firstName,
		@Nullable String middleName, @Nullable String lastName, @Nullable String suffix, @Nullable String title,
		@Nullable String organization, @Nullable String homePhone, @Nullable String businessPhone,
		@Nullable String mobilePhone, @Nullable String fax, @Nullable String email, @Nullable String url,
		@OneOf(Correspondence.AddressKind.class) @Nullable String addressKind, @Nullable AddressDraft address, @Nullable String caseNumber,
		@Nullable String aNumber, @Nullable String receiptNumber) {

	/** The longest subject taken in. */
	public static final int SUBJECT_MAX = 300;

	/** The longest text taken in. */
	public static final int BODY_MAX = 200_000;
}
