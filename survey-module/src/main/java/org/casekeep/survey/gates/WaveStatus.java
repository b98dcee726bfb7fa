package org.casekeep.survey.gates;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which wave of a study is collecting, for invitations and answers: the newest, while it is not closed (PIA overview
 * "Wave Surveys"). Answers no actor check: the callers check theirs first.
 */
@Service
@Transactional(readOnly = true)
public class WaveStatus {

	/** A wave as invitations and answers need it. */
	public record WaveRef(UUID id, UUID studyId, int number, boolean closed, boolean finalWave) {

		static WaveRef of(Wave wave) {
			return new WaveRef(wave.getId(), wave.getStudyId(), wave.getNumber(), wave.isClosed(),
					wave.isFinalWave());
		}
	}

	private final Waves waves;

	WaveStatus(Waves waves) {
		this.waves = waves;
	}

	/** The study's wave collecting now, if any: its newest, not closed. */
	public Optional<WaveRef> collecting(UUID studyId) {
		List<Wave> all = waves.findByStudyIdOrderByNumber(studyId);
		return all.isEmpty() || all.getLast().isClosed() ? Optional.empty()
				: Optional.of(WaveRef.of(all.getLast()));
	}

	/** The wave, open or closed. */
	public Optional<WaveRef> find(UUID waveId) {
		return waves.findById(waveId).map(WaveRef::of);
	}

	/** Whether the study's final wave has closed: nothing more is collected and contact data is gone. */
	public boolean finalWaveClosed(UUID studyId) {
		return waves.findByStudyIdOrderByNumber(studyId).stream().anyMatch(w -> w.isClosed() && w.isFinalWave());
	}
}
