package org.casekeep.correspondence.mailbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.casekeep.kernel.pii.PersonalData;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.casekeep.kernel.pii.PiiCategory;
import org.casekeep.kernel.pii.Sensitivity;
import org.jspecify.annotations.Nullable;

/**
 * A mailbox message that could not be taken in, and why (CATT). The body is never kept; the sender's
 * address and the subject (SPII redacted) are personal data like any other. Stored by {@link MailboxQuarantine}'s
 * insert (exactly once per message key); read and marked handled through this mapping. A transitory record: it is
 * destroyed 90 days after it was marked handled (GRS 5.2 item 010).
 */
@Entity
@Table(schema = "correspondence", name = "mailbox_quarantine")
@PersonalDataRecord(type = MailboxQuarantine.RECORD_TYPE, retention = "GRS_5_2_010",
		legalBasis = "6 U.S.C. 112; SORN DHS/ALL-016 Correspondence Records",
		source = "Correspondence PIA, Receipt & Assignment (CATT monitored mailbox)")
class QuarantinedMessage {

	@Id
	private UUID id;
	private String folder;
	private long uidValidity;
	private long uid;
	private @Nullable String messageId;
	private @Nullable Instant receivedAt;
	@PersonalData(category = PiiCategory.CONTACT, sensitivity = Sensitivity.LOW,
			description = "Sender's email address of a message that could not be taken in")
	private @Nullable String senderAddress;
	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.LOW,
			description = "Subject of a message that could not be taken in, SPII redacted")
	private @Nullable String subject;
	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.LOW,
			description = "Why a message could not be taken in; may name an attached file")
	private String reason;
	private Instant quarantinedAt;
	private @Nullable Instant resolvedAt;
	private @Nullable String resolvedBy;
	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.LOW,
			description = "How the Executive Secretariat handled the message")
	private @Nullable String resolutionNote;
	@Version
	private long version;

	protected QuarantinedMessage() {
	}

	UUID getId() { return id; }
	String getFolder() { return folder; }
	long getUidValidity() { return uidValidity; }
	long getUid() { return uid; }
	@Nullable String getMessageId() { return messageId; }
	@Nullable Instant getReceivedAt() { return receivedAt; }
	@Nullable String getSenderAddress() { return senderAddress; }
	@Nullable String getSubject() { return subject; }
	String getReason() { return reason; }
	Instant getQuarantinedAt() { return quarantinedAt; }
	@Nullable Instant getResolvedAt() { return resolvedAt; }
	@Nullable String getResolvedBy() { return resolvedBy; }
	@Nullable String getResolutionNote() { return resolutionNote; }
	long getVersion() { return version; }

	boolean isOpen() {
		return resolvedAt == null;
	}

	void resolve(String by, String note, Instant now) {
		this.resolvedAt = now;
		this.resolvedBy = by;
		this.resolutionNote = note;
	}
}
