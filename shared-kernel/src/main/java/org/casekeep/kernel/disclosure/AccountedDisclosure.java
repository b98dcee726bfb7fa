package org.casekeep.kernel.disclosure;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.casekeep.kernel.pii.PersonalData;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.casekeep.kernel.pii.PiiCategory;
import org.casekeep.kernel.pii.Sensitivity;
import org.hibernate.annotations.Immutable;

/**
 * The declaration of what the accounting of disclosures holds that may name someone: the recipient, the purpose and
 * the authority are typed text. Declared once here, so that the data inventory lists them and retention keeps them
 * no longer than GRS 4.2 item 050 allows; {@link DisclosureAccounting} reads and writes the rows. The append-only
 * audit names a disclosure by its id and never copies this text (it could never be removed from there).
 */
@Entity
@Immutable
@Table(schema = "kernel", name = "disclosure")
@PersonalDataRecord(type = DisclosureAccounting.RECORD_TYPE, retention = AccountedDisclosure.RETENTION,
		legalBasis = "5 U.S.C. 552a(c) (accounting of certain disclosures)",
		source = "OIDO PIA 6.4; Correspondence PIA 6.4; CRM PIA 5.1")
class AccountedDisclosure {

	/** GRS 4.2 item 050: five years after the disclosure, or with the records disclosed, whichever is later. */
	static final String RETENTION = "GRS_4_2_050";

	@Id
	private UUID id;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.LOW,
			description = "Who received the records: an office, an agency or a named person")
	private String recipient;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.LOW,
			description = "Why the records were shared, as the requester typed it")
	private String purpose;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.LOW,
			description = "The routine use or law that allowed the disclosure")
	private String authority;

	protected AccountedDisclosure() {
	}
}
