package org.casekeep.privacy;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.List;

import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.casekeep.kernel.retention.RetentionSchedule;
import org.casekeep.kernel.retention.approval.ApprovedSchedule;
import org.casekeep.kernel.retention.approval.ScheduleApprovals;
import org.casekeep.kernel.retention.approval.ScheduleChange;
import org.casekeep.kernel.retention.archive.ArchiveFailures;
import org.casekeep.kernel.validation.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The records officer's API (Detention Ombudsman PIA 5.1, 5.2): the schedules, a schedule's history, entering the
 * approved schedule of one kept unscheduled, and the records kept because their archive failed. Errors are problem
 * documents naming the field (422), a stale version or a schedule already approved is 409, others than records
 * officers get 403.
 */
@RestController
@RequestMapping("/api/records/schedules")
class RecordsSchedulesApi {

	private final RetentionRegistry retention;
	private final ScheduleApprovals approvals;
	private final ArchiveFailures failures;

	RecordsSchedulesApi(RetentionRegistry retention, ScheduleApprovals approvals, ArchiveFailures failures) {
		this.retention = retention;
		this.approvals = approvals;
		this.failures = failures;
	}

	@GetMapping
	Collection<RetentionSchedule> schedules() {
		requireReader();
		return retention.schedules().values();
	}

	/** A schedule with every change made to it, oldest first. */
	@GetMapping("/{code}")
	ScheduleWithHistory schedule(@PathVariable String code) {
		requireReader();
		return new ScheduleWithHistory(approvals.current(code), approvals.history(code));
	}

	record ScheduleWithHistory(RetentionSchedule schedule, List<ScheduleChange> history) {
	}

	/**
	 * Enters the approved schedule; every record already tracked under it is counted anew in the same transaction.
	 *
	 * @return the schedule as entered and how many tracked records were counted anew.
	 */
	@PutMapping("/{code}/approval")
	ScheduleApprovals.Entered enter(@PathVariable String code, @RequestBody Approval approval) {
		if (approval.version() == null) {
			throw InvalidInputException.of("version", "Send the version of the schedule as read");
		}
		return approvals.enter(code, new ApprovedSchedule(approval.authority(), approval.kind(), approval.anchor(),
				approval.period(), approval.approvedOn(), approval.archiveBeforeRemoval(), approval.disposition()),
				approval.version());
	}

	/**
	 * The approved schedule as sent.
	 *
	 * @param period ISO-8601, e.g. {@code P6Y} or {@code P1Y6M}.
	 */
	record Approval(@Nullable Long version, @Nullable String authority, RetentionSchedule.@Nullable Kind kind,
			RetentionSchedule.@Nullable Anchor anchor, @Nullable Period period, @Nullable LocalDate approvedOn,
			@Nullable Boolean archiveBeforeRemoval, @Nullable String disposition) {
	}

	/** The records kept because their archive failed, latest first. */
	@GetMapping("/archive-failures")
	List<ArchiveFailures.ArchiveFailure> archiveFailures() {
		return failures.list(RecordsSchedulePages.FAILURES_LIMIT);
	}

	private static void requireReader() {
		if (!RecordsSchedulePages.mayRead(Actors.require())) {
			throw new AccessDeniedException("Records schedules are for records officers and privacy officers");
		}
	}
}
