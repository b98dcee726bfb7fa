package org.casekeep.survey.answers.drafts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.survey.gates.WaveClosed;
import org.casekeep.survey.studies.ResearchTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping a respondent's answers to finish later by their invitation (PIA 3.4, overview): sealed under their token
 * ({@link DraftSeal}), the day of the last save only, one draft per invitation with a version so a save from a second
 * window that did not see the first is refused rather than lost. Callers check the invitation, its wave and the gates
 * first, and hold the invitation's lock. A draft goes when its answer is sent or the person opts out (the caller
 * discards it in that transaction), for every invitation of the study when a wave closes (final or not) or its
 * contact data is destroyed, and a daily sweep removes whatever is left over: drafts of a used invitation, a closed
 * wave or study, a study without its key, or not saved for a year (GRS 6.5 item 010).
 */
@Service
@Transactional
public class DraftKeeper {

	/** A draft opened with its token: the values as form fields and the version a next save must name. */
	public record SavedDraft(Map<String, List<String>> values, long version) {
	}

	/** A save that did not see the last one (another window saved meanwhile). */
	public static class StaleDraftException extends WorkflowConflictException {

		StaleDraftException() {
			super("These answers were saved from another window meanwhile");
		}
	}

	private final AnswerDrafts drafts;
	private final JdbcClient jdbc;
	private final ResearchTime time;

	DraftKeeper(AnswerDrafts drafts, JdbcClient jdbc, ResearchTime time) {
		this.drafts = drafts;
		this.jdbc = jdbc;
		this.time = time;
	}

	/** The invitation's draft, opened with its token; nothing if there is none or the token is not its own. */
	@Transactional(readOnly = true)
	public Optional<SavedDraft> open(UUID invitationId, String token) {
		return drafts.findById(invitationId).flatMap(draft -> DraftSeal.open(invitationId, token, draft.getSealed())
			.map(values -> new SavedDraft(values, draft.getVersion())));
	}

	/**
	 * Seals the values (already checked and redacted) as the invitation's draft.
	 * @param expected the version the respondent's page showed, {@code null} when it showed no draft.
	 * @throws StaleDraftException (409) when that is not the draft's version now.
	 */
	public SavedDraft save(UUID invitationId, UUID studyId, String token, Map<String, List<String>> values,
			@Nullable Long expected) {
		byte[] sealed = DraftSeal.seal(invitationId, token, values);
		AnswerDraft draft = drafts.findById(invitationId).orElse(null);
		if (draft == null) {
			if (expected != null) {
				throw new StaleDraftException();
			}
			draft = new AnswerDraft(invitationId, studyId, sealed, time.today());
		}
		else {
			if (expected == null || expected != draft.getVersion()) {
				throw new StaleDraftException();
			}
			draft.replace(sealed, time.today());
		}
		AnswerDraft saved = drafts.saveAndFlush(draft);
		return new SavedDraft(values, saved.getVersion());
	}

	/** The answer was sent or the person opted out: the draft goes in the same transaction. */
	public void discard(UUID invitationId) {
		drafts.findById(invitationId).ifPresent(drafts::delete);
		drafts.flush();
	}

	/**
	 * Every draft of the study goes: its contact data is destroyed (overview "Wave Surveys").
	 * @return how many.
	 */
	public int discardStudy(UUID studyId) {
		return drafts.deleteByStudy(studyId);
	}

	/** A wave closed: no invitation of the study can be answered now, so none of its drafts is kept. */
	@EventListener
	void on(WaveClosed closed) {
		discardStudy(closed.studyId());
	}

	@Scheduled(cron = "${casekeep.research.draft-sweep-cron:0 43 2 * * *}")
	@SchedulerLock(name = "survey-answer-draft-sweep", lockAtMostFor = "PT10M", lockAtLeastFor = "PT10S")
	public void scheduledSweep() {
		sweep();
	}

	/**
	 * Removes the drafts nobody can finish any more and those not saved for a year.
	 * @return how many were removed.
	 */
	public int sweep() {
		return jdbc.sql("""
				delete from survey.answer_draft d
				using survey.invitation i, survey.study s
				where i.id = d.invitation_id and s.id = d.study_id
				  and (i.used or s.closed_at is not null or d.saved_on < ?
				       or not exists (select 1 from survey.wave w where w.id = i.wave_id and w.closed_on is null)
				       or not exists (select 1 from survey.study_key k where k.study_id = d.study_id))""")
			.param(time.today().minusYears(1))
			.update();
	}
}
