package org.casekeep.detention.recommendations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casekeep.kernel.pii.ReleasedAs;
import org.jspecify.annotations.Nullable;

/** Recommendations as they leave the package, through the kernel's guard (masked and read-audited). */
public final class RecommendationViews {

	private RecommendationViews() {
	}

	/** One step of a recommendation's history. */
	public record HistoryRow(String kind, String status, String statusLabel, @Nullable String note, String recordedBy,
			Instant recordedAt) {
	}

	/** A recommendation and its history. */
	@ReleasedAs(RecommendationTracking.RECORD_TYPE)
	public record View(UUID id, String sourceKind, @Nullable UUID inspectionFileId,
			@Nullable String inspectionFileNumber, @Nullable String complaintCaseNumber, String component,
			String componentLabel, @Nullable String text, LocalDate dueOn, String status, String statusLabel,
			boolean overdue, @Nullable List<HistoryRow> history, String createdBy, Instant createdAt, Instant updatedAt,
			long version, Set<String> maskedFields) {

		static View of(Recommendation r, LocalDate today) {
			return new View(r.getId(), r.sourceKind().name(), r.inspectionFileId(), r.inspectionFileNumber(),
					r.complaintCaseNumber(), r.component().name(), r.component().label(), r.text(), r.dueOn(),
					r.status().name(), r.status().label(), r.overdue(today),
					r.history().stream().map(h -> new HistoryRow(h.kind().name(), h.status().name(), h.status().label(),
							h.note(), h.recordedBy(), h.recordedAt())).toList(),
					r.createdBy(), r.createdAt(), r.updatedAt(), r.version(), Set.of());
		}

		/** Whether it is closed, so its page offers no more steps. */
		public boolean closed() {
			return Recommendation.Status.CLOSED.name().equals(status);
		}
	}
}
