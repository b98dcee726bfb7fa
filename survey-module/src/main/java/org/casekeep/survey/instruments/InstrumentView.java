package org.casekeep.survey.instruments;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An instrument as the API and pages show it: its versions, questions, privacy notice and what stops its approval.
 */
public record InstrumentView(UUID id, UUID studyId, String title, int currentVersion, @Nullable Integer approvedVersion,
		boolean currentVersionApproved, List<QuestionView> questions, NoticeView notice, List<String> missingNotice,
		List<String> approvalBlockers, long version) {

	/** A question; open-ended ones carry the admonition not to give personal information (PIA 2.5). */
	public record QuestionView(UUID id, int position, QuestionKind kind, String text, List<String> choices,
			@Nullable Integer scalePoints, @Nullable Demographic demographic, boolean optional,
			@Nullable String admonition, boolean overCollection, @Nullable String overCollectionReason) {
	}

	/** The five elements of the Privacy Act notice (PIA 4.1, footnote 4). */
	public record NoticeView(@Nullable String authority, @Nullable String purpose, @Nullable String routineUses,
			@Nullable String voluntary, @Nullable String effects) {
	}

	static InstrumentView of(Instrument instrument, boolean publicFacing) {
		PrivacyNotice n = instrument.notice();
		return new InstrumentView(instrument.getId(), instrument.getStudyId(), instrument.getTitle(),
				instrument.getCurrentVersion(), instrument.getApprovedVersion(), instrument.currentVersionApproved(),
				instrument.getQuestions().stream().map(InstrumentView::question).toList(),
				new NoticeView(n.noticeAuthority(), n.noticePurpose(), n.noticeRoutineUses(), n.noticeVoluntary(),
						n.noticeEffects()),
				publicFacing ? n.missing() : List.of(),
				instrument.currentVersionApproved() ? List.of() : instrument.approvalBlockers(publicFacing),
				instrument.getVersion());
	}

	private static QuestionView question(Question q) {
		return new QuestionView(q.getId(), q.getPosition(), q.getKind(), q.getText(), q.getChoices(),
				q.getScalePoints(), q.getDemographic(), true, q.admonition(), q.isOverCollection(),
				q.getOverCollectionReason());
	}
}
