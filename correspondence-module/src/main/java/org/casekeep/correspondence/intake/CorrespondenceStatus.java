package org.casekeep.correspondence.intake;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.casekeep.kernel.validation.InvalidInputException;

/**
 * Where a piece of correspondence stands. It waits in {@link #SPII_REVIEW} until every SPII finding is decided
 * (PIA 2.5, 3.4); only then is it {@link #RECEIVED} and announced to other modules. The tasker side moves it on:
 * {@link #TASKED} when a tasker answering it is assigned, {@link #RESPONDED} when a response is dispatched (again for
 * each further one), {@link #CLOSED} when its last tasker is closed (PIA "Response").
 */
public enum CorrespondenceStatus {
	SPII_REVIEW("Awaiting SPII review"), RECEIVED("Received"), TASKED("Tasked"), RESPONDED("Responded"),
	CLOSED("Closed");

	private final String label;

	CorrespondenceStatus(String label) {
		this.label = label;
	}

	/** The status as the office reads it on every page. */
	public String getLabel() {
		return label;
	}

	/** The label of a status given by its name, e.g. in a view; the name itself if it is none. */
	public static String labelOf(@org.jspecify.annotations.Nullable String name) {
		return java.util.Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst()
			.map(CorrespondenceStatus::getLabel).orElse(name == null ? "" : name);
	}

	private static final Map<CorrespondenceStatus, Set<CorrespondenceStatus>> NEXT = new EnumMap<>(Map.of(
			SPII_REVIEW, EnumSet.of(RECEIVED),
			RECEIVED, EnumSet.of(TASKED, RESPONDED, CLOSED),
			TASKED, EnumSet.of(RESPONDED, CLOSED),
			RESPONDED, EnumSet.of(RESPONDED, CLOSED),
			CLOSED, EnumSet.noneOf(CorrespondenceStatus.class)));

	/** The statuses a record in this status may move to. */
	public Set<CorrespondenceStatus> next() {
		return EnumSet.copyOf(NEXT.get(this));
	}

	/** Whether a record in this status may move to {@code status}. */
	public boolean mayBecome(CorrespondenceStatus status) {
		return NEXT.get(this).contains(status);
	}

	/**
	 * Refuses a move this status does not allow, in the words the office reads: nothing but the review ends a pending
	 * SPII review, nothing moves a record on before it.
	 *
	 * @param referenceNumber the record's reference number, for the refusal.
	 * @throws InvalidInputException naming {@code status} unless a record in this status may become {@code next}.
	 */
	void requireMayBecome(CorrespondenceStatus next, String referenceNumber) {
		if (mayBecome(next)) {
			return;
		}
		if (next == RECEIVED) {
			throw InvalidInputException.of("status", "This correspondence has no SPII review pending");
		}
		if (this == SPII_REVIEW) {
			throw InvalidInputException.of("status", "Correspondence " + referenceNumber
					+ " still awaits its SPII review");
		}
		throw InvalidInputException.of("status", "A record that is " + name().toLowerCase(Locale.ROOT)
				+ " cannot become " + next.name().toLowerCase(Locale.ROOT));
	}
}
