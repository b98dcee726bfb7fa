package org.casekeep.correspondence.intake;

import java.time.Instant;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * How and when a piece of correspondence reached the Department (PIA "Receipt &amp; Assignment", 2.2): the channel it
 * came through, how it was entered, who sent it and the date received. It holds no personal data. Stored with the
 * record, in the columns {@code channel}, {@code intake_method}, {@code source_type} and {@code received_at}.
 */
@Embeddable
public record Arrival(@Enumerated(EnumType.STRING) Channel channel,
		@Enumerated(EnumType.STRING) IntakeMethod intakeMethod, @Enumerated(EnumType.STRING) SourceType sourceType,
		Instant receivedAt) {

	/** How a piece of correspondence reached the Department (PIA "Receipt &amp; Assignment", 2.2). */
	public enum Channel {

		POSTAL_MAIL("Postal mail"), FAX("Fax"), EMAIL("Email"), TELEPHONE("Telephone");

		private final String label;

		Channel(String label) {
			this.label = label;
		}

		public String getLabel() {
			return label;
		}
	}

	/** How the record was entered: a scan of paper, an uploaded file, typed by hand, pasted from an email. */
	public enum IntakeMethod {

		SCANNED("Scanned"), UPLOADED("Uploaded"), HAND_KEYED("Hand keyed"), PASTED("Pasted");

		private final String label;

		IntakeMethod(String label) {
			this.label = label;
		}

		public String getLabel() {
			return label;
		}
	}

	/** Who the correspondence comes from (PIA 2.2). */
	public enum SourceType {

		PUBLIC("Member of the public"), CONGRESS("Congress"), WHITE_HOUSE("White House"),
		VICE_PRESIDENT("Office of the Vice President"), OTHER_FEDERAL_AGENCY("Other federal agency"),
		STATE_LOCAL("State or local government"), FOREIGN_GOVERNMENT("Foreign government"), CORPORATION("Corporation"),
		NGO("Non-governmental organization"), INTERNAL_COMPONENT("DHS component");

		private final String label;

		SourceType(String label) {
			this.label = label;
		}

		public String getLabel() {
			return label;
		}
	}
}
