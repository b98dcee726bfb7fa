package org.casekeep.detention.complaint;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.casekeep.detention.complaint.ComplaintCase.ComplaintId;
import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.pii.PersonalDataGuard;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.web.Paging;
import org.casekeep.kernel.web.ResultPage;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading complaints and changing them, for OIDO analysts and managers only (PIA 8.1): every path checks the access
 * policy first, on the record type, so that nobody else learns even whether a complaint exists; every output passes
 * the kernel's guard, which audits the read with the fields revealed; every change is audited with the names of the
 * fields changed. The other features of the module (triage) change complaints only through {@link #change}.
 */
@Service
public class ComplaintRecords {

	/** The record type of complaints, in audit entries, access rules and retention. */
	public static final String RECORD_TYPE = "detention.complaint";

	/**
	 * The audience of emergency notices, as a notice's record type: OIDO managers only (OIDO PIA overview: emergency
	 * circumstances are flagged to managers at once).
	 */
	public static final String EMERGENCY_AUDIENCE = "detention.complaint-emergency";

	/** Purpose recorded in audit entries (PIA 3.1). */
	public static final String PURPOSE = "OIDO complaint handling";

	private final Complaints complaints;
	private final AccessPolicy access;
	private final PersonalDataGuard guard;
	private final AuditTrail audit;
	private final Clock clock = Clock.systemUTC();

	ComplaintRecords(Complaints complaints, AccessPolicy access, PersonalDataGuard guard, AuditTrail audit) {
		this.complaints = complaints;
		this.access = access;
		this.guard = guard;
		this.audit = audit;
	}

	/**
	 * A complaint, released to an analyst or manager.
	 * @throws org.springframework.security.access.AccessDeniedException for anyone else, intake staff included
	 *         (PIA 8.1), whether or not the complaint exists; the refusal is audited.
	 * @throws RecordNotFoundException if there is no such complaint.
	 */
	@Transactional
	public ComplaintView get(ComplaintId id) {
		access.check(Operation.READ, RecordFacts.ofType(RECORD_TYPE));
		Complaint complaint = find(id);
		access.check(Operation.READ, complaint.facts());
		return guard.release(ComplaintView.of(complaint), complaint.facts(), PURPOSE);
	}

	/** The work queue, a page at a time: one status or all, emergencies first, then newest first. */
	@Transactional
	public ResultPage<ComplaintSummary> queue(@Nullable ComplaintStatus status, Paging paging) {
		access.check(Operation.SEARCH, RecordFacts.ofType(RECORD_TYPE));
		PageRequest page = PageRequest.of(paging.page() - 1, paging.size());
		if (status == null) {
			return paging.of(release(complaints.queueOfAll(page)), complaints.count());
		}
		return paging.of(release(complaints.queueOf(status, page)), complaints.countByStatus(status));
	}

	/**
	 * The complaints with these ids as queue rows, read-audited, newest first; unknown ids are left out. For lists
	 * that name complaints, such as triage's previous complaints about the same detainee.
	 */
	@Transactional
	public List<ComplaintSummary> summaries(Collection<java.util.UUID> ids) {
		access.check(Operation.SEARCH, RecordFacts.ofType(RECORD_TYPE));
		List<Complaint> found = new ArrayList<>(complaints.findAllByIdIn(ids));
		found.sort(Comparator.comparing(Complaint::createdAt).reversed());
		return release(found);
	}

	/**
	 * The facts of a complaint for another feature of the module to look at before it acts, e.g. triage's duplicate check.
	 * Nothing of it is released, so nothing is audited as read here; what the feature shows must pass the guard.
	 */
	@Transactional(readOnly = true)
	public ComplaintFacts inspect(ComplaintId id) {
		access.check(Operation.READ, RecordFacts.ofType(RECORD_TYPE));
		Complaint complaint = find(id);
		access.check(Operation.READ, complaint.facts());
		return ComplaintFacts.of(complaint);
	}

	/**
	 * A complaint a supporting document may be added to, in the caller's transaction: by analysts and managers any
	 * complaint; by intake staff only one they entered themselves while it awaits triage, for the scan of its paper
	 * form (PIA overview, 8.1: they create complaints, nothing more). Anyone else is refused and the refusal audited.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public ComplaintFacts forAttachment(ComplaintId id) {
		Actor actor = access.check(Operation.CREATE, RecordFacts.ofType(RECORD_TYPE));
		Complaint complaint = find(id);
		boolean ownIntake = complaint.facts().ownedBy(actor) && complaint.status() == ComplaintStatus.RECEIVED;
		if (!ownIntake) {
			access.check(Operation.UPDATE, complaint.facts());
		}
		return ComplaintFacts.of(complaint);
	}

	/**
	 * Takes one step on a complaint, which guards it itself, and audits the fields it changed, in the caller's
	 * transaction.
	 * @param version the version the user saw, so that no change is lost.
	 * @param step the step; returns the names of the fields it changed.
	 * @return the complaint as it is now, released to the user.
	 * @throws InvalidInputException naming {@code version} if it is missing.
	 * @throws ObjectOptimisticLockingFailureException if somebody changed the complaint since.
	 * @throws org.casekeep.kernel.validation.WorkflowConflictException if the complaint's state refuses the step.
	 */
	@Transactional
	public ComplaintView change(ComplaintId id, @Nullable Long version, String details,
			Function<ComplaintCase, List<String>> step) {
		access.check(Operation.UPDATE, RecordFacts.ofType(RECORD_TYPE));
		Complaint complaint = find(id);
		Actor actor = access.check(Operation.UPDATE, complaint.facts());
		if (version == null) {
			throw InvalidInputException.of("version", "The version you saw is required, so no change is lost");
		}
		if (version != complaint.version()) {
			throw new ObjectOptimisticLockingFailureException(Complaint.class, complaint.getId());
		}
		List<String> changed = step.apply(complaint);
		complaints.saveAndFlush(complaint);
		audit.record(new AuditEvent(AuditAction.UPDATE, RECORD_TYPE, complaint.getId().toString(),
				OidoRoles.COMPONENT, changed, PURPOSE, details + " by " + actor.username()));
		return guard.release(ComplaintView.of(complaint), complaint.facts(), PURPOSE);
	}

	/**
	 * The elements of a complaint as received that a correction may name (PIA 7.2), sorted, for the complaint's page.
	 */
	public static List<String> correctableFields() {
		return Complaint.CORRECTABLE.stream().sorted().toList();
	}

	/** Now, as complaints record it. */
	public Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private Complaint find(ComplaintId id) {
		return complaints.findById(id.value()).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
	}

	private List<ComplaintSummary> release(List<Complaint> found) {
		List<ComplaintSummary> views = new ArrayList<>(found.size());
		Map<ComplaintSummary, RecordFacts> facts = new IdentityHashMap<>();
		for (Complaint complaint : found) {
			ComplaintSummary view = ComplaintSummary.of(complaint);
			views.add(view);
			facts.put(view, complaint.facts());
		}
		return guard.releaseAll(views, facts::get, PURPOSE);
	}
}
