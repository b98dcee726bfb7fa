package org.casekeep.survey.instruments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.survey.instruments.InstrumentDrafts.InstrumentDraft;
import org.casekeep.survey.instruments.InstrumentDrafts.NoticeDraft;
import org.casekeep.survey.instruments.InstrumentDrafts.OverCollectionDraft;
import org.casekeep.survey.instruments.InstrumentDrafts.QuestionDraft;
import org.casekeep.survey.studies.Gate;
import org.casekeep.survey.studies.OpenGate;
import org.casekeep.survey.studies.ResearchTime;
import org.casekeep.survey.studies.StudyAct;
import org.casekeep.survey.studies.StudyRegistry;
import org.casekeep.survey.studies.StudyView;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work on instruments: the research unit writes them, the component privacy office and the DHS Privacy Office
 * review their questions for over-collection, and the Privacy Office approves one exact version, kept as it was
 * approved (PIA overview, 2.5, 4.1). Access follows the study's: {@link StudyRegistry#checked}.
 */
@Service
@Transactional
public class InstrumentDesk {

	static final int MAX_CHOICES = 20;

	private final Instruments instruments;
	private final StudyRegistry studies;
	private final AuditTrail audit;
	private final ResearchTime time;
	private final JdbcClient jdbc;

	InstrumentDesk(Instruments instruments, StudyRegistry studies, AuditTrail audit, ResearchTime time,
			JdbcClient jdbc) {
		this.instruments = instruments;
		this.studies = studies;
		this.audit = audit;
		this.time = time;
		this.jdbc = jdbc;
	}

	public InstrumentView create(UUID studyId, InstrumentDraft draft) {
		StudyView study = studies.checked(studyId, StudyAct.RUN);
		InputCheck input = new InputCheck();
		String title = input.requiredText("title", draft.title(), "Title", 200);
		input.throwIfInvalid();
		Instrument instrument = instruments.save(new Instrument(studyId, title, time.now()));
		audit.record(event(AuditAction.CREATE, instrument, study).withFields(List.of("title")));
		return InstrumentView.of(instrument, study.publicFacing());
	}

	@Transactional(readOnly = true)
	public List<InstrumentView> list(UUID studyId) {
		StudyView study = studies.checked(studyId, StudyAct.READ);
		return instruments.findByStudyIdOrderByCreatedAt(studyId).stream()
			.map(instrument -> InstrumentView.of(instrument, study.publicFacing())).toList();
	}

	@Transactional(readOnly = true)
	public InstrumentView view(UUID studyId, UUID id) {
		StudyView study = studies.checked(studyId, StudyAct.READ);
		return InstrumentView.of(find(studyId, id), study.publicFacing());
	}

	public InstrumentView addQuestion(UUID studyId, UUID id, QuestionDraft draft) {
		StudyView study = studies.checked(studyId, StudyAct.RUN);
		QuestionValues values = validate(draft);
		Instrument instrument = find(studyId, id);
		instrument.addQuestion(values, time.now());
		return saved(instrument, study, List.of("questions"), "question added");
	}

	public InstrumentView removeQuestion(UUID studyId, UUID id, UUID questionId) {
		StudyView study = studies.checked(studyId, StudyAct.RUN);
		Instrument instrument = find(studyId, id);
		instrument.removeQuestion(questionId, time.now());
		return saved(instrument, study, List.of("questions"), "question removed");
	}

	public InstrumentView changeNotice(UUID studyId, UUID id, NoticeDraft draft) {
		StudyView study = studies.checked(studyId, StudyAct.RUN);
		InputCheck input = new InputCheck();
		PrivacyNotice notice = new PrivacyNotice(input.text("authority", draft.authority(), "Authority", 2000),
				input.text("purpose", draft.purpose(), "Purpose", 2000),
				input.text("routineUses", draft.routineUses(), "Routine uses", 4000),
				input.text("voluntary", draft.voluntary(), "Voluntary", 2000),
				input.text("effects", draft.effects(), "Effects of not answering", 2000));
		input.throwIfInvalid();
		Instrument instrument = find(studyId, id);
		if (!instrument.changeNotice(notice, time.now())) {
			return InstrumentView.of(instrument, study.publicFacing());
		}
		return saved(instrument, study, List.of("notice"), "notice changed");
	}

	/** PIA 2.5: the component privacy office or the DHS Privacy Office marks a question as over-collection. */
	public InstrumentView markOverCollection(UUID studyId, UUID id, UUID questionId, OverCollectionDraft draft) {
		StudyView readable = studies.checked(studyId, StudyAct.READ);
		StudyAct act = studies.allowed(readable).contains(StudyAct.REVIEW) ? StudyAct.REVIEW : StudyAct.APPROVE;
		StudyView study = studies.checked(studyId, act);
		InputCheck input = new InputCheck();
		String reason = input.requiredText("reason", draft.reason(), "Reason", 1000);
		input.throwIfInvalid();
		Instrument instrument = find(studyId, id);
		instrument.markOverCollection(questionId, reason, Actors.require().username(), time.now());
		return saved(instrument, study, List.of("questions.overCollection"), "over-collection marked");
	}

	/** The DHS Privacy Office approves the current version, kept exactly as approved. */
	public InstrumentView approve(UUID studyId, UUID id) {
		StudyView study = studies.checked(studyId, StudyAct.APPROVE);
		Instrument instrument = find(studyId, id);
		Instant now = time.now();
		instrument.approve(study.publicFacing(), now);
		InstrumentView view = saved(instrument, study, List.of("approvedVersion"),
				"version " + instrument.getCurrentVersion() + " approved");
		jdbc.sql("""
				insert into survey.instrument_version (instrument_id, number, content, approved_by, approved_at)
				values (?, ?, ?, ?, ?)""")
			.params(id, instrument.getCurrentVersion(), InstrumentSnapshot.of(view),
					Actors.require().username(), java.sql.Timestamp.from(now))
			.update();
		return view;
	}

	/** The versions approved so far, as they were approved (number, approver, time, content). */
	@Transactional(readOnly = true)
	public List<ApprovedVersion> approvedVersions(UUID studyId, UUID id) {
		studies.checked(studyId, StudyAct.READ);
		find(studyId, id);
		return jdbc.sql("""
				select number, approved_by, approved_at, content from survey.instrument_version
				where instrument_id = ? order by number""")
			.param(id)
			.query((rs, row) -> new ApprovedVersion(rs.getInt(1), rs.getString(2),
					rs.getTimestamp(3).toInstant(), rs.getString(4)))
			.list();
	}

	/** One approved version of an instrument, as approved. */
	public record ApprovedVersion(int number, String approvedBy, Instant approvedAt, String content) {
	}

	/**
	 * The instruments' gate of a study (PIA overview, 2.5): open while it has no instrument, or while the current
	 * version of any is not approved. For {@code StudyGates}, which checks access to the study first.
	 */
	@Transactional(readOnly = true)
	public List<OpenGate> gates(UUID studyId) {
		List<Instrument> all = instruments.findByStudyIdOrderByCreatedAt(studyId);
		if (all.isEmpty()) {
			return List.of(new OpenGate(Gate.INSTRUMENT_APPROVAL, "The study has no instrument yet."));
		}
		List<String> pending = new ArrayList<>();
		for (Instrument instrument : all) {
			if (!instrument.currentVersionApproved()) {
				pending.add("'" + instrument.getTitle() + "' version " + instrument.getCurrentVersion());
			}
		}
		return pending.isEmpty() ? List.of()
				: List.of(new OpenGate(Gate.INSTRUMENT_APPROVAL, "Not approved: " + String.join(", ", pending) + "."));
	}

	/**
	 * The instruments a respondent answers, in order, for the public answer page and staff keying in paper answers.
	 * No actor is checked: only to be called once {@code StudyGates} found no gate open, so each current version is
	 * the approved one.
	 */
	@Transactional(readOnly = true)
	public List<InstrumentView> forRespondent(StudyView study) {
		return instruments.findByStudyIdOrderByCreatedAt(study.id()).stream()
			.filter(Instrument::currentVersionApproved)
			.map(instrument -> InstrumentView.of(instrument, study.publicFacing())).toList();
	}

	/** The approved versions collection uses, e.g. {@code <id>:2}, for the record of a wave. */
	@Transactional(readOnly = true)
	public List<String> versionsInUse(UUID studyId) {
		return instruments.findByStudyIdOrderByCreatedAt(studyId).stream()
			.map(instrument -> instrument.getId() + ":" + instrument.getApprovedVersion()).toList();
	}

	private InstrumentView saved(Instrument instrument, StudyView study, List<String> fields, String details) {
		instruments.saveAndFlush(instrument);
		audit.record(event(AuditAction.UPDATE, instrument, study).withFields(fields).withDetails(details));
		return InstrumentView.of(instrument, study.publicFacing());
	}

	private Instrument find(UUID studyId, UUID id) {
		return instruments.findByIdAndStudyId(id, studyId)
			.orElseThrow(() -> new RecordNotFoundException(Instrument.RECORD_TYPE, id));
	}

	private static AuditEvent event(AuditAction action, Instrument instrument, StudyView study) {
		return AuditEvent.of(action, Instrument.RECORD_TYPE, instrument.getId(), study.researchUnit());
	}

	private static QuestionValues validate(QuestionDraft draft) {
		InputCheck input = new InputCheck();
		QuestionKind kind = input.required("kind", draft.kind(), "Kind", raw -> constant(QuestionKind.class, raw, "Kind"));
		Demographic demographic = kind == QuestionKind.DEMOGRAPHIC
				? input.required("demographic", draft.demographic(), "Demographic",
						raw -> constant(Demographic.class, raw, "Demographic"))
				: null;
		String text = kind == QuestionKind.DEMOGRAPHIC
				? input.text("text", draft.text(), "Question", 1000)
				: input.requiredText("text", draft.text(), "Question", 1000);
		if (text == null && demographic != null) {
			text = demographic.wording();
		}
		List<String> choices = List.of();
		// A demographic question may offer its answers (age bands, states) so that reports can count them (PIA 3.2);
		// without choices it takes a short free answer, counted by no table.
		if (kind == QuestionKind.SINGLE_CHOICE || kind == QuestionKind.MULTIPLE_CHOICE
				|| (kind == QuestionKind.DEMOGRAPHIC && draft.choices() != null && !draft.choices().isEmpty())) {
			choices = choices(draft.choices(), input);
		}
		Integer points = null;
		if (kind == QuestionKind.RATING_SCALE) {
			points = input.required("scalePoints", draft.scalePoints(), "Scale points", raw -> {
				try {
					int value = Integer.parseInt(raw);
					if (value < 2 || value > 11) {
						throw new IllegalArgumentException("A rating scale has 2 to 11 points");
					}
					return value;
				}
				catch (NumberFormatException ex) {
					throw new IllegalArgumentException("Scale points must be a whole number");
				}
			});
		}
		input.throwIfInvalid();
		return new QuestionValues(kind, text, choices, points, demographic);
	}

	private static List<String> choices(@Nullable List<String> raw, InputCheck input) {
		List<String> choices = new ArrayList<>();
		for (String choice : raw == null ? List.<String>of() : raw) {
			String value = input.text("choices", choice, "A choice", 200);
			if (value != null) {
				choices.add(value);
			}
		}
		if (choices.size() < 2 || choices.size() > MAX_CHOICES) {
			input.reject("choices", "A choice question needs 2 to " + MAX_CHOICES + " choices");
		}
		else if (new HashSet<>(choices).size() != choices.size()) {
			input.reject("choices", "Each choice must be different");
		}
		return choices;
	}

	private static <E extends Enum<E>> E constant(Class<E> type, String raw, String label) {
		try {
			return Enum.valueOf(type, raw.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(label + " must be one of " + Arrays.toString(type.getEnumConstants()));
		}
	}
}
