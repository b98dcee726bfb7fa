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
 * 1.5, 4.1). Invitations and answers, when they come, go through the same check.
 */
@Service
@Transactional
class CollectionDesk {

	/** A wave as the API shows it. */
	record WaveView(UUID id, UUID studyId, int number, String openedBy, Instant openedAt,
			List<String> instrumentVersions) {

		static WaveView of(Wave wave) {
			return new WaveView(wave.getId(), wave.getStudyId(), wave.getNumber(), wave.getOpenedBy(),
					wave.getOpenedAt(), List.of(wave.getInstrumentVersions().split(",")));
		}
	}

	private final StudyRegistry studies;
	private final StudyGates gates;
	private final InstrumentDesk instruments;
	private final Waves waves;
	private final AuditTrail audit;
	private final ResearchTime time;

	CollectionDesk(StudyRegistry studies, StudyGates gates, InstrumentDesk instruments, Waves waves, AuditTrail audit,
			ResearchTime time) {
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
		int number = waves.findByStudyIdOrderByNumber(studyId).size() + 1;
		Wave wave = waves.saveAndFlush(new Wave(studyId, number, Actors.require().username(), time.now(),
				String.join(",", instruments.versionsInUse(studyId))));
		audit.record(AuditEvent.of(AuditAction.CREATE, Wave.RECORD_TYPE, wave.getId(), study.researchUnit())
			.withFields(List.of("number", "instrumentVersions")).withDetails("collection opened"));
		return WaveView.of(wave);
	}

	@Transactional(readOnly = true)
	List<WaveView> waves(UUID studyId) {
		studies.checked(studyId, StudyAct.READ);
		return waves.findByStudyIdOrderByNumber(studyId).stream().map(WaveView::of).toList();
	}
}
