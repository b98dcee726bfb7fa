package org.casekeep.survey.gates;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.survey.instruments.InstrumentDesk;
import org.casekeep.survey.studies.ResearchTime;
import org.casekeep.survey.studies.StudyAct;
import org.casekeep.survey.studies.StudyRegistry;
import org.casekeep.survey.studies.StudyView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening collection: the research unit opens a wave only when {@link StudyGates} finds no gate open (PIA overview,
 * 1.5, 4.1), and closes it; invitations and answers go through the same check.
 */
@Service
@Transactional
class CollectionDesk {

	/** A wave as the API shows it. */
	record WaveView(UUID id, UUID studyId, int number, String openedBy, Instant openedAt,
			List<String> instrumentVersions, java.time.@org.jspecify.annotations.Nullable LocalDate closedOn,
			boolean finalWave) {

		static WaveView of(Wave wave) {
			return new WaveView(wave.getId(), wave.getStudyId(), wave.getNumber(), wave.getOpenedBy(),
					wave.getOpenedAt(), List.of(wave.getInstrumentVersions().split(",")), wave.getClosedOn(),
					wave.isFinalWave());
		}
	}

	private final StudyRegistry studies;
	private final StudyGates gates;
	private final InstrumentDesk instruments;
	private final Waves waves;
	private final AuditTrail audit;
	private final ResearchTime time;
	private final org.springframework.context.ApplicationEventPublisher events;

	CollectionDesk(StudyRegistry studies, StudyGates gates, InstrumentDesk instruments, Waves waves, AuditTrail audit,
			ResearchTime time, org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.studies = studies;
		this.gates = gates;
		this.instruments = instruments;
		this.waves = waves;
		this.audit = audit;
		this.time = time;
	}

	WaveView openWave(UUID studyId) {
		StudyView study = studies.collecting(studyId);
		gates.requireNoneOpen(study);
		List<Wave> earlier = waves.findByStudyIdOrderByNumber(studyId);
		if (earlier.stream().anyMatch(Wave::isFinalWave)) {
			// Overview "Wave Surveys": after the final wave the contact data is gone; nobody can be asked again.
			throw new org.casekeep.kernel.validation.WorkflowConflictException("The study's final wave has closed: "
					+ "no wave can follow it");
		}
		int number = earlier.size() + 1;
		Wave wave = waves.saveAndFlush(new Wave(studyId, number, Actors.require().username(), time.now(),
				String.join(",", instruments.versionsInUse(studyId))));
		audit.record(AuditEvent.of(AuditAction.CREATE, Wave.RECORD_TYPE, wave.getId(), study.researchUnit())
			.withFields(List.of("number", "instrumentVersions")).withDetails("collection opened"));
		return WaveView.of(wave);
	}

	/**
	 * The research unit closes a wave. Closing the final one ends recruitment and follow-up: {@link WaveClosed} tells
	 * the contact side, which destroys the study's contact data in this transaction (overview "Wave Surveys").
	 */
	WaveView closeWave(UUID studyId, int number, boolean finalWave) {
		StudyView study = studies.collecting(studyId);
		Wave wave = waves.findByStudyIdOrderByNumber(studyId).stream().filter(w -> w.getNumber() == number).findFirst()
			.orElseThrow(() -> new org.casekeep.kernel.access.RecordNotFoundException(Wave.RECORD_TYPE,
					studyId + "/" + number));
		wave.close(time.today(), finalWave);
		waves.saveAndFlush(wave);
		audit.record(AuditEvent.of(AuditAction.UPDATE, Wave.RECORD_TYPE, wave.getId(), study.researchUnit())
			.withFields(List.of("closedOn", "finalWave")).withDetails(finalWave ? "final wave closed" : "wave closed"));
		events.publishEvent(new WaveClosed(studyId, number, finalWave, time.now()));
		return WaveView.of(wave);
	}

	@Transactional(readOnly = true)
	List<WaveView> waves(UUID studyId) {
		studies.checked(studyId, StudyAct.READ);
		return waves.findByStudyIdOrderByNumber(studyId).stream().map(WaveView::of).toList();
	}
}
