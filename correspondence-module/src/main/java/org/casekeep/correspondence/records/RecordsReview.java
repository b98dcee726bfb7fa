package org.casekeep.correspondence.records;

import java.util.Arrays;
import java.util.UUID;

import org.casekeep.correspondence.intake.ClosureReason;
import org.casekeep.correspondence.intake.CorrespondenceRetentionSchedule;
import org.casekeep.correspondence.intake.CorrespondenceView;
import org.casekeep.correspondence.intake.TrackedCorrespondence;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.validation.InputCheck;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records review (PIA 5.1): the Executive Secretariat files a record as temporary under one of the schedules, or
 * marks it permanent, which stops the retention clock until a schedule is approved. Audited.
 */
@Service
class RecordsReview {

	private final TrackedCorrespondence correspondence;

	RecordsReview(TrackedCorrespondence correspondence) {
		this.correspondence = correspondence;
	}

	/**
	 * Files the record under the schedule chosen, for those who may change it.
	 *
	 * @throws org.casekeep.kernel.validation.InvalidInputException naming {@code schedule} or {@code version}.
	 * @throws ObjectOptimisticLockingFailureException if the record changed since {@code version}.
	 */
	@Transactional
	public CorrespondenceView review(UUID id, @Nullable String schedule, @Nullable Long version) {
		correspondence.file(id, Operation.UPDATE);
		InputCheck check = new InputCheck();
		CorrespondenceRetentionSchedule chosen = check.required("schedule", schedule, "The schedule",
				raw -> choose(CorrespondenceRetentionSchedule.class, raw, "Unknown schedule '" + raw.strip()
						+ "'; choose one of " + Arrays.toString(CorrespondenceRetentionSchedule.values())));
		if (version == null) {
			check.reject("version", "The version you reviewed is required, so no change is lost");
		}
		check.throwIfInvalid();
		return correspondence.refile(id, chosen, version);
	}

	/**
	 * Closes a record that needs no tasker, for one of the {@link ClosureReason}s, for those who may change it; its
	 * schedule then counts from now (PIA 5.1).
	 *
	 * @throws org.casekeep.kernel.validation.InvalidInputException naming {@code reason} or {@code version}.
	 * @throws org.casekeep.kernel.validation.WorkflowConflictException unless it is received and not tasked.
	 * @throws ObjectOptimisticLockingFailureException if the record changed since {@code version}.
	 */
	@Transactional
	public CorrespondenceView close(UUID id, @Nullable String reason, @Nullable Long version) {
		correspondence.file(id, Operation.UPDATE);
		InputCheck check = new InputCheck();
		ClosureReason chosen = check.required("reason", reason, "The reason for closing it",
				raw -> choose(ClosureReason.class, raw, "Choose one of the reasons listed"));
		if (version == null) {
			check.reject("version", "The version you saw is required, so no change is lost");
		}
		check.throwIfInvalid();
		return correspondence.closeUnanswered(id, chosen, version);
	}

	/** The value named, in any case. */
	private static <E extends Enum<E>> E choose(Class<E> type, String raw, String unknown) {
		return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equalsIgnoreCase(raw.strip()))
			.findFirst().orElseThrow(() -> new IllegalArgumentException(unknown));
	}
}
