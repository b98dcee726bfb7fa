package org.casekeep.detention.triage;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.casekeep.detention.complaint.ComplaintCase.ComplaintId;
import org.casekeep.detention.complaint.ComplaintFacts;
import org.casekeep.detention.complaint.ComplaintRecords;
import org.casekeep.detention.complaint.ComplaintStatus;
import org.casekeep.detention.complaint.ComplaintSummary;
import org.casekeep.detention.complaint.ComplaintView;
import org.casekeep.detention.complaint.ConfidentialityProtection;
import org.casekeep.detention.complaint.Jurisdiction;
import org.casekeep.detention.complaint.OidoRoles;
import org.casekeep.detention.complaint.ReferralAgency;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.notify.Notice;
import org.casekeep.kernel.notify.Notifier;
import org.casekeep.kernel.notify.RecordAudience;
import org.casekeep.kernel.notify.UserAccounts;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.validation.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Triage of complaints by OIDO analysts and managers (OIDO PIA overview): what a complaint is reviewed for, and its
 * outcome. Every step goes through {@link ComplaintRecords#change}, so access, optimistic locking and audit are the
 * same as for any edit, and the complaint itself refuses a step its state does not allow (409).
 */
@Service
public class ComplaintTriage {

	static final String EMERGENCY_SUBJECT = "Emergency complaint flagged";

	/** No personal data: the notice says only that there is an emergency, and where (DESIGN.md rule 6). */
	static final String EMERGENCY_BODY = "A complaint was flagged as involving emergency circumstances during triage. "
			+ "Open it in Casekeep to act on it now.";

	private final ComplaintRecords records;
	private final PriorComplaints prior;
	private final Notifier notifier;
	private final UserAccounts users;
	private final AuditTrail audit;

	ComplaintTriage(ComplaintRecords records, PriorComplaints prior, Notifier notifier, UserAccounts users,
			AuditTrail audit) {
		this.records = records;
		this.prior = prior;
		this.notifier = notifier;
		this.users = users;
		this.audit = audit;
	}

	/** What the complaint is reviewed for; the duplicate check is audited as a search naming its criteria. */
	@Transactional
	public TriageReport report(ComplaintId id) {
		ComplaintFacts complaint = records.inspect(id);
		UUID self = id.value();
		List<UUID> byANumber = complaint.aNumber() == null ? List.of() : prior.sameANumber(self, complaint.aNumber());
		List<String> names = new ArrayList<>();
		if (complaint.detaineeName() != null) {
			names.add(complaint.detaineeName());
		}
		names.addAll(complaint.detaineeAliases());
		Set<UUID> byName = new LinkedHashSet<>(complaint.dateOfBirth() == null ? List.of()
				: prior.similarNameSameBirthDate(self, names, complaint.dateOfBirth()));
		byName.removeAll(byANumber);
		List<String> criteria = new ArrayList<>();
		if (complaint.aNumber() != null) {
			criteria.add("aNumber");
		}
		if (complaint.dateOfBirth() != null && !names.isEmpty()) {
			criteria.addAll(List.of("detaineeName", "detaineeAliases", "dateOfBirth"));
		}
		audit.record(new AuditEvent(AuditAction.SEARCH, ComplaintRecords.RECORD_TYPE, self.toString(),
				OidoRoles.COMPONENT, criteria, ComplaintRecords.PURPOSE,
				"triage: previous complaints about the same detainee, " + (byANumber.size() + byName.size()) + " found"));
		List<ComplaintSummary> sameANumber = byANumber.isEmpty() ? List.of() : records.summaries(byANumber);
		List<ComplaintSummary> similar = byName.isEmpty() ? List.of() : records.summaries(byName);
		return new TriageReport(self, complaint.status(), complaint.version(), sameANumber, similar,
				complaint.consentToInvestigate(), complaint.consentToRepresentative(), complaint.jurisdiction(),
				complaint.emergency());
	}

	/**
	 * Flags emergency circumstances and tells OIDO managers at once, in the same transaction, once per complaint; the
	 * notice carries no personal data and is seen by managers only.
	 */
	@Transactional
	public ComplaintView flagEmergency(ComplaintId id, @Nullable Long version) {
		return records.change(id, version, "emergency flagged", complaint -> {
			if (!complaint.flagEmergency(records.now())) {
				return List.of();
			}
			notifier.notify(Notice.toComponent(OidoRoles.COMPONENT, EMERGENCY_SUBJECT, EMERGENCY_BODY,
					"/detention/complaints/" + id.value(), "detention.complaint:" + id.value() + ":emergency")
				.withAudience(new RecordAudience(ComplaintRecords.EMERGENCY_AUDIENCE, Set.of())));
			return List.of("emergency");
		});
	}

	@Transactional
	public ComplaintView recordJurisdiction(ComplaintId id, @Nullable Long version, @Nullable String jurisdiction) {
		InputCheck check = new InputCheck();
		Jurisdiction value = check.required("jurisdiction", jurisdiction, "Jurisdiction",
				raw -> constant(Jurisdiction.class, raw));
		check.throwIfInvalid();
		return records.change(id, version, "jurisdiction recorded",
				complaint -> complaint.recordJurisdiction(value, by(), records.now()));
	}

	/** Accepts the complaint and assigns it to an OIDO user who has signed in to Casekeep. */
	@Transactional
	public ComplaintView accept(ComplaintId id, @Nullable Long version, @Nullable String analyst) {
		InputCheck check = new InputCheck();
		String username = check.requiredText("analyst", analyst, "Analyst", 100);
		if (username != null && !users.isKnown(username, OidoRoles.COMPONENT)) {
			check.reject("analyst", "Assign the complaint to an OIDO analyst who has signed in to Casekeep");
		}
		check.throwIfInvalid();
		return records.change(id, version, "accepted", complaint -> complaint.accept(username, by(), records.now()));
	}

	/** Merges the complaint into an earlier one about the same matter, which must exist and not be merged itself. */
	@Transactional
	public ComplaintView merge(ComplaintId id, @Nullable Long version, @Nullable String duplicateOf) {
		InputCheck check = new InputCheck();
		UUID target = check.required("duplicateOf", duplicateOf, "The complaint it duplicates", UUID::fromString);
		check.throwIfInvalid();
		ComplaintFacts original;
		try {
			original = records.inspect(new ComplaintId(target));
		}
		catch (RecordNotFoundException ex) {
			throw InvalidInputException.of("duplicateOf", "There is no such complaint");
		}
		if (original.status() == ComplaintStatus.MERGED) {
			throw InvalidInputException.of("duplicateOf", "That complaint was itself merged into another; merge into "
					+ "that one");
		}
		return records.change(id, version, "merged",
				complaint -> complaint.mergeInto(original.id(), by(), records.now()));
	}

	/** Refers the complaint to another office with the confidentiality protections chosen (PIA footnote 3). */
	@Transactional
	public ComplaintView refer(ComplaintId id, @Nullable Long version, @Nullable String agency,
			@Nullable List<String> protections) {
		InputCheck check = new InputCheck();
		ReferralAgency to = check.required("agency", agency, "Agency", raw -> constant(ReferralAgency.class, raw));
		Set<ConfidentialityProtection> chosen = EnumSet.noneOf(ConfidentialityProtection.class);
		List<String> raw = protections == null ? List.of() : protections;
		for (int i = 0; i < raw.size(); i++) {
			ConfidentialityProtection protection = check.optional("protections[" + i + "]", raw.get(i),
					value -> constant(ConfidentialityProtection.class, value));
			if (protection != null) {
				chosen.add(protection);
			}
		}
		check.throwIfInvalid();
		return records.change(id, version, "referred to " + to.name(),
				complaint -> complaint.refer(to, chosen, by(), records.now()));
	}

	@Transactional
	public ComplaintView decline(ComplaintId id, @Nullable Long version, @Nullable String reason) {
		InputCheck check = new InputCheck();
		String why = check.requiredText("reason", reason, "Reason", 1000);
		check.throwIfInvalid();
		return records.change(id, version, "declined", complaint -> complaint.decline(why, by(), records.now()));
	}

	private static String by() {
		return Actors.require().username();
	}

	private static <E extends Enum<E>> E constant(Class<E> type, String raw) {
		try {
			return Enum.valueOf(type, raw.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Choose one of " + String.join(", ",
					EnumSet.allOf(type).stream().map(Enum::name).toList()));
		}
	}
}
