package org.casekeep.survey.gates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.casekeep.survey.instruments.InstrumentDesk;
import org.casekeep.survey.studies.OpenGate;
import org.casekeep.survey.studies.StudyAct;
import org.casekeep.survey.studies.StudyRegistry;
import org.casekeep.survey.studies.StudyView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What still blocks a study from collecting anything: the study's own gates (its PTA, PRA clearance and vendor tool)
 * and its instruments' (every current version approved). Every collection action — opening a wave, inviting,
 * accepting an answer — calls {@link #requireNoneOpen} before it acts (PIA overview "Oversight of Information
 * Collections", 1.5, 4.1), so none can start through the API or any page while a gate is open.
 */
@Service
@Transactional(readOnly = true)
public class StudyGates {

	private final StudyRegistry studies;
	private final InstrumentDesk instruments;

	StudyGates(StudyRegistry studies, InstrumentDesk instruments) {
		this.studies = studies;
		this.instruments = instruments;
	}

	/** The gates still open for a study the current actor may read, in the order they are usually closed. */
	public List<OpenGate> openGates(UUID studyId) {
		return openGates(studies.checked(studyId, StudyAct.READ));
	}

	/** The gates still open for a study already checked. */
	public List<OpenGate> openGates(StudyView study) {
		List<OpenGate> open = new ArrayList<>(study.studyGates());
		open.addAll(instruments.gates(study.id()));
		open.sort(Comparator.comparing(OpenGate::gate));
		return List.copyOf(open);
	}

	/**
	 * @throws GatesOpenException (409) naming every open gate, when any is open.
	 */
	public void requireNoneOpen(StudyView study) {
		List<OpenGate> open = openGates(study);
		if (!open.isEmpty()) {
			throw new GatesOpenException(open);
		}
	}

	/** A collection action refused because gates are open; answered 409 naming them. */
	public static class GatesOpenException extends org.casekeep.kernel.validation.WorkflowConflictException {

		private final List<OpenGate> gates;

		GatesOpenException(List<OpenGate> gates) {
			super("No collection while a gate is open: " + gates.stream()
				.map(gate -> gate.gate().name() + " (" + gate.reason() + ")").collect(Collectors.joining("; ")));
			this.gates = List.copyOf(gates);
		}

		public List<OpenGate> gates() {
			return gates;
		}
	}
}
