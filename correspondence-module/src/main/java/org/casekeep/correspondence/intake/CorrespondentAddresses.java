package org.casekeep.correspondence.intake;

import java.util.Optional;
import java.util.UUID;

import org.casekeep.kernel.disclosure.DisclosableRecords;
import org.casekeep.kernel.notify.RequesterAddresses;
import org.springframework.stereotype.Component;

/**
 * Where a correspondent who gave an email address is written to, read from the record only when a notice is sent
 * (the kernel's notifier audits the read); a record destroyed since has no address.
 */
@Component
class CorrespondentAddresses implements RequesterAddresses {

	private final CorrespondenceRecords records;

	CorrespondentAddresses(CorrespondenceRecords records) {
		this.records = records;
	}

	@Override
	public String recordType() {
		return Correspondence.RECORD_TYPE;
	}

	@Override
	public Optional<Address> emailOf(String recordId) {
		return DisclosableRecords.uuid(recordId)
			.flatMap(records::findById)
			.filter(c -> c.getEmail() != null)
			.map(c -> new Address(c.getEmail(), c.getOwningComponent()));
	}
}
