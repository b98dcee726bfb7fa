package org.casekeep.correspondence.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.casekeep.correspondence.office.OfficeRoles;
import org.casekeep.correspondence.office.TaskerViewers;
import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the other records that may be about the same matter (Correspondence PIA Appendix A, LETS: "identify
 * duplicates (when constituent asks several Members for assistance as well as historical responses on the same
 * inquiry)"): those that share the constituent's receipt number, A-Number or component case number, whoever wrote,
 * or the correspondent (the same email address, or the same first and last name at the same ZIP code). Only records
 * the user may read are offered, and an A-Number is compared only by those who may see it, among their own
 * component's records (PIA 2.5). What is offered is a reference number and what it shares, named, never the value.
 */
@Service
public class CorrespondenceDuplicates {

	/** At most this many are offered: enough to recognise the matter, and the lookup finds the rest. */
	static final int LIMIT = 20;

	/** Another record that may be about the same matter, and what it shares with the one compared, in words. */
	public record PossibleDuplicate(UUID id, String referenceNumber, String owningComponent, Instant receivedAt,
			CorrespondenceStatus status, List<String> shared) {
	}

	private final CorrespondenceDesk desk;
	private final CorrespondenceRecords records;
	private final CorrespondenceSearch search;
	private final AccessPolicy access;
	private final AuditTrail audit;

	CorrespondenceDuplicates(CorrespondenceDesk desk, CorrespondenceRecords records, CorrespondenceSearch search,
			AccessPolicy access, AuditTrail audit) {
		this.desk = desk;
		this.records = records;
		this.search = search;
		this.access = access;
		this.audit = audit;
	}

	/**
	 * The possible duplicates of a record the user may read, newest first. The comparison is audited naming the
	 * fields compared, never their values.
	 *
	 * @throws org.casekeep.kernel.access.RecordNotFoundException for a record that does not exist.
	 * @throws org.springframework.security.access.AccessDeniedException for one the user may not read.
	 */
	@Transactional
	public List<PossibleDuplicate> of(UUID id) {
		Correspondence c = desk.find(id);
		access.check(Operation.READ, desk.facts(c));
		Actor actor = Actors.require();
		boolean comparesANumber = c.getANumber() != null && mayCompareANumbers(actor, c);
		String zip = c.getAddress() == null ? null : c.getAddress().zip().substring(0, 5);
		boolean comparesName = c.getFirstName() != null && c.getLastName() != null && zip != null;
		List<String> compared = new ArrayList<>();
		addIf(compared, c.getReceiptNumber() != null, "receiptNumber");
		addIf(compared, comparesANumber, "aNumber");
		addIf(compared, c.getCaseNumber() != null, "caseNumber");
		addIf(compared, c.getEmail() != null, "email");
		if (comparesName) {
			compared.addAll(List.of("firstName", "lastName", "address"));
		}
		if (compared.isEmpty()) {
			return List.of();
		}
		audit.record(new AuditEvent(AuditAction.SEARCH, Correspondence.RECORD_TYPE, id.toString(),
				c.getOwningComponent(), compared, CorrespondenceIntake.PURPOSE, "duplicate check"));
		List<CorrespondenceRecords.Shared> shared = records.sharingWith(OfficeRoles.seesEverything(actor),
				actor.component(), TaskerViewers.assigneeKeys(actor), null, id, c.getReceiptNumber(),
				comparesANumber ? c.getANumber() : null, actor.component(), lower(c.getCaseNumber()),
				lower(c.getEmail()), comparesName ? lower(c.getLastName()) : null,
				comparesName ? lower(c.getFirstName()) : null, comparesName ? zip : null, LIMIT);
		Map<UUID, Correspondence> found = records.findAllById(shared.stream().map(CorrespondenceRecords.Shared::getId)
			.toList()).stream().collect(Collectors.toMap(Correspondence::getId, Function.identity()));
		var readable = search.readable(actor, shared.stream().map(s -> found.get(s.getId())).toList());
		return shared.stream().filter(s -> readable.containsKey(s.getId())).map(s -> {
			Correspondence other = found.get(s.getId());
			return new PossibleDuplicate(other.getId(), other.getReferenceNumber(), other.getOwningComponent(),
					other.getArrival().receivedAt(), other.getStatus(), reasons(s));
		}).toList();
	}

	/** Whether the actor sees the A-Number of this record: as its declaration says (PIA 2.5). */
	private static boolean mayCompareANumbers(Actor actor, Correspondence c) {
		return actor.hasAnyRole(OfficeRoles.EXEC_SEC, OfficeRoles.ACTION_OFFICER)
				&& actor.belongsTo(c.getOwningComponent());
	}

	private static List<String> reasons(CorrespondenceRecords.Shared s) {
		List<String> reasons = new ArrayList<>();
		addIf(reasons, s.getSameReceiptNumber(), "the same receipt number");
		addIf(reasons, s.getSameANumber(), "the same A-Number");
		addIf(reasons, s.getSameCaseNumber(), "the same case number");
		addIf(reasons, s.getSameEmail(), "the same correspondent's email address");
		addIf(reasons, s.getSameNameAndZip(), "the same correspondent's name and ZIP code");
		return List.copyOf(reasons);
	}

	private static void addIf(List<String> list, boolean condition, String value) {
		if (condition) {
			list.add(value);
		}
	}

	private static @Nullable String lower(@Nullable String value) {
		return value == null ? null : value.toLowerCase(Locale.ROOT);
	}
}
