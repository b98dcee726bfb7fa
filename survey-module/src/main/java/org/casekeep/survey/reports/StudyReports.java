package org.casekeep.survey.reports;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.disclosurecontrol.AuditReport;
import org.casekeep.kernel.disclosurecontrol.DisclosureControl;
import org.casekeep.kernel.disclosurecontrol.DisclosurePolicy;
import org.casekeep.kernel.disclosurecontrol.Dimension;
import org.casekeep.kernel.disclosurecontrol.FrequencyTable;
import org.casekeep.kernel.disclosurecontrol.ProtectedTable;
import org.casekeep.kernel.disclosurecontrol.PublishedCell;
import org.casekeep.kernel.disclosurecontrol.UnpublishableTableException;
import org.casekeep.kernel.tables.CrossTabLayout;
import org.casekeep.kernel.tables.TableDocument;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.survey.instruments.InstrumentDesk;
import org.casekeep.survey.instruments.InstrumentView;
import org.casekeep.survey.instruments.InstrumentView.QuestionView;
import org.casekeep.survey.studies.ResearchTime;
import org.casekeep.survey.studies.StudyAct;
import org.casekeep.survey.studies.StudyRegistry;
import org.casekeep.survey.studies.StudyView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The study's report (PIA overview "Analysis and Outputs": "survey results are aggregated ... with no PII"; 3.2):
 * the tables its researchers defined, counted from the answers when asked, all of them protected together by the
 * kernel's disclosure control under the minimum cell the privacy office set (11 by default), so a count hidden in one
 * table cannot be derived from another; then audited by linear programming, and a count from fewer than
 * {@value #SMALL_SAMPLE} answers marked as an unreliable estimate. Nothing but protected counts leaves, and every
 * generation is audited.
 */
@Service
public class StudyReports {

	/** Fewer answers than this make an unreliable estimate: such a published count is marked. */
	static final int SMALL_SAMPLE = 30;

	/** At most this many questions are crossed in one table (three-way tables, the audit's limit of what it sees). */
	static final int MAX_QUESTIONS = 3;

	/** At most this many tables per study, so that all of them can be protected and audited together. */
	static final int MAX_TABLES = 12;

	static final String NO_ANSWER = "NO_ANSWER";
	static final String WAVE = "wave";

	/** A question that can be a dimension of a table: closed and single-valued. */
	public record Reportable(UUID id, String label) {
	}

	/** A table of the study's report as defined, with its questions' labels. */
	public record TableView(UUID id, int number, List<String> questions, boolean byWave) {
	}

	/** What the report page shows before generating: the minimum cell, the tables, the questions to cross. */
	public record Definition(UUID studyId, String title, int minimumCell, @Nullable String minimumCellSetBy,
			List<TableView> tables, List<Reportable> reportable, boolean mayDefineTables, boolean maySetMinimumCell) {
	}

	/** A generated report: every table as published, the audit and when. */
	public record StudyReport(UUID studyId, String title, int minimumCell, Instant generatedAt,
			List<PublishedTable> tables, boolean auditPassed, String audit) {
	}

	/** One table as published, laid out in grids (one per wave or layer where it has three dimensions). */
	public record PublishedTable(int number, String caption, List<CrossTabLayout.Grid> grids, boolean smallSample,
			int suppressed) {
	}

	/** What a table is defined from. */
	public record TableRequest(@Nullable List<UUID> questionIds, @Nullable Boolean byWave) {
	}

	private final StudyRegistry studies;
	private final InstrumentDesk instruments;
	private final ReportDefinitions definitions;
	private final AnswerCounts counts;
	private final AuditTrail audit;
	private final ResearchTime time;

	StudyReports(StudyRegistry studies, InstrumentDesk instruments, ReportDefinitions definitions, AnswerCounts counts,
			AuditTrail audit, ResearchTime time) {
		this.time = time;
		this.studies = studies;
		this.instruments = instruments;
		this.definitions = definitions;
		this.counts = counts;
		this.audit = audit;
	}

	/** The study's report as defined, for anyone who may read the study. */
	@Transactional(readOnly = true)
	public Definition definition(UUID studyId) {
		StudyView study = studies.checked(studyId, StudyAct.READ);
		Set<StudyAct> allowed = studies.allowed(study);
		Map<UUID, QuestionView> questions = reportable(studyId);
		ReportDefinitions.MinimumCell minimum = definitions.minimumCell(studyId).orElse(null);
		List<TableView> tables = new ArrayList<>();
		int number = 0;
		for (ReportDefinitions.TableDefinition table : definitions.tables(studyId)) {
			tables.add(new TableView(table.id(), ++number, table.questionIds().stream()
				.map(q -> questions.containsKey(q) ? label(questions.get(q)) : "A question no longer asked").toList(),
					table.byWave()));
		}
		return new Definition(studyId, study.title(), minimum == null ? DisclosurePolicy.CMS_THRESHOLD : minimum.value(),
				minimum == null ? null : minimum.setBy(), tables,
				questions.values().stream().map(q -> new Reportable(q.id(), label(q))).toList(),
				allowed.contains(StudyAct.RUN), allowed.contains(StudyAct.REVIEW) || allowed.contains(StudyAct.APPROVE));
	}

	/**
	 * Adds a table to the study's report: one to three closed questions of its instruments, and the wave if asked.
	 * For the study's research unit.
	 *
	 * @throws InvalidInputException naming {@code questionIds} for none, too many, a repeat or a question that is not
	 * closed and single-valued, and {@code tables} when the report has as many tables as it may.
	 */
	@Transactional
	public TableView addTable(UUID studyId, TableRequest request) {
		studies.checked(studyId, StudyAct.RUN);
		Map<UUID, QuestionView> questions = reportable(studyId);
		List<UUID> chosen = request.questionIds() == null ? List.of() : request.questionIds();
		InputCheck check = new InputCheck();
		if (chosen.isEmpty() || chosen.size() > MAX_QUESTIONS) {
			check.reject("questionIds", "Choose one to " + MAX_QUESTIONS + " questions to cross");
		}
		else if (new LinkedHashSet<>(chosen).size() != chosen.size()) {
			check.reject("questionIds", "Choose each question once");
		}
		else if (!questions.keySet().containsAll(chosen)) {
			check.reject("questionIds", "Only closed questions with one answer each (yes or no, single choice, rating "
					+ "scale, demographic with choices) can be counted in a table");
		}
		if (definitions.tables(studyId).size() >= MAX_TABLES) {
			check.reject("tables", "A study publishes at most " + MAX_TABLES + " tables; remove one first");
		}
		check.throwIfInvalid();
		ReportDefinitions.TableDefinition table = definitions.add(studyId, chosen,
				Boolean.TRUE.equals(request.byWave()));
		audit.record(new AuditEvent(AuditAction.UPDATE, StudyRegistry.RECORD_TYPE, studyId.toString(), null,
				List.of(), "research report", "report table added"));
		return new TableView(table.id(), table.position(), chosen.stream().map(q -> label(questions.get(q))).toList(),
				table.byWave());
	}

	/** Removes a table from the study's report, for the study's research unit. */
	@Transactional
	public void removeTable(UUID studyId, UUID tableId) {
		studies.checked(studyId, StudyAct.RUN);
		if (!definitions.remove(studyId, tableId)) {
			throw new org.casekeep.kernel.access.RecordNotFoundException("survey.report-table", tableId);
		}
	}

	/**
	 * Sets the study's minimum cell (PIA 3.2: re-identification is prevented by aggregation), for the component
	 * privacy office or the DHS Privacy Office; never below 3.
	 */
	@Transactional
	public Definition setMinimumCell(UUID studyId, @Nullable Integer minimumCell) {
		StudyView study = studies.checked(studyId, StudyAct.READ);
		Set<StudyAct> allowed = studies.allowed(study);
		if (!allowed.contains(StudyAct.REVIEW) && !allowed.contains(StudyAct.APPROVE)) {
			throw new org.springframework.security.access.AccessDeniedException(
					"The privacy office sets a study's minimum cell");
		}
		if (minimumCell == null || minimumCell < 3 || minimumCell > 100) {
			throw InvalidInputException.of("minimumCell", "Give a minimum cell from 3 to 100 (11 is the Department's)");
		}
		definitions.setMinimumCell(studyId, minimumCell, Actors.require().username(), now());
		audit.record(new AuditEvent(AuditAction.UPDATE, StudyRegistry.RECORD_TYPE, studyId.toString(), study.researchUnit(),
				List.of("minimumCell"), "research report", "minimum cell " + minimumCell));
		return definition(studyId);
	}

	/**
	 * Counts, protects and audits every table of the study's report, for anyone who may read the study.
	 *
	 * @throws InvalidInputException naming {@code tables} when none is defined, or one crosses a question the
	 * instruments no longer ask.
	 * @throws WorkflowConflictException when the tables cannot be published together without disclosing a count.
	 */
	@Transactional
	public StudyReport generate(UUID studyId) {
		StudyView study = studies.checked(studyId, StudyAct.READ);
		Map<UUID, QuestionView> questions = reportable(studyId);
		List<ReportDefinitions.TableDefinition> defined = definitions.tables(studyId);
		if (defined.isEmpty()) {
			throw InvalidInputException.of("tables", "Add a table to the study's report first");
		}
		int minimumCell = definitions.minimumCell(studyId).map(ReportDefinitions.MinimumCell::value)
			.orElse(DisclosurePolicy.CMS_THRESHOLD);
		List<FrequencyTable> tables = new ArrayList<>();
		for (int i = 0; i < defined.size(); i++) {
			ReportDefinitions.TableDefinition table = defined.get(i);
			if (!questions.keySet().containsAll(table.questionIds())) {
				throw InvalidInputException.of("tables", "Table " + (i + 1) + " counts a question the instruments no "
						+ "longer ask; remove it");
			}
			tables.add(count(studyId, "Table " + (i + 1), table, questions));
		}
		List<ProtectedTable> published;
		try {
			published = new DisclosureControl(DisclosurePolicy.minimumCell(minimumCell)).protectTogether(tables);
		}
		catch (UnpublishableTableException ex) {
			throw new WorkflowConflictException("These tables cannot be published together without letting a small "
					+ "count be worked out: cross fewer questions or remove a table (" + ex.getMessage() + ")");
		}
		AuditReport report = published.getFirst().audit();
		List<PublishedTable> shown = new ArrayList<>();
		for (int i = 0; i < published.size(); i++) {
			shown.add(layout(i + 1, published.get(i), defined.get(i), questions, minimumCell));
		}
		int suppressed = shown.stream().mapToInt(PublishedTable::suppressed).sum();
		audit.record(new AuditEvent(AuditAction.EXPORT, StudyRegistry.RECORD_TYPE, studyId.toString(), study.researchUnit(),
				List.of(), "research report", "aggregate report: " + tables.size() + " tables, minimum cell "
						+ minimumCell + ", " + suppressed + " cells suppressed"));
		return new StudyReport(studyId, study.title(), minimumCell, now(), shown, report.passed(),
				auditSummary(report, suppressed, minimumCell));
	}

	/** The report as a document, for CSV and PDF. */
	public static TableDocument document(StudyReport report) {
		List<TableDocument.Table> tables = new ArrayList<>();
		for (PublishedTable table : report.tables()) {
			for (CrossTabLayout.Grid grid : table.grids()) {
				tables.add(new TableDocument.Table(table.caption() + (grid.layer().isEmpty() ? "" : " (" + grid.layer()
						+ ")"), table.smallSample() ? "* fewer than " + SMALL_SAMPLE + " answers: an unreliable estimate"
								: "", grid.heading(), grid.rows()));
			}
		}
		return new TableDocument("Study report: " + report.title(), "DHS customer research",
				List.of("Aggregated answers; no personal information. Counts from 1 to " + (report.minimumCell() - 1)
						+ " are suppressed, with complementary cells so that none can be worked out from the totals.",
						"Generated " + report.generatedAt() + "."),
				tables, "Disclosure control", List.of(report.audit()));
	}

	private FrequencyTable count(UUID studyId, String name, ReportDefinitions.TableDefinition table,
			Map<UUID, QuestionView> questions) {
		List<AnswerCounts.Combination> combinations = counts.count(studyId, table.questionIds());
		List<Dimension> dimensions = new ArrayList<>();
		for (int i = 0; i < table.questionIds().size(); i++) {
			int index = i;
			Set<String> categories = new LinkedHashSet<>(categories(questions.get(table.questionIds().get(i))));
			combinations.forEach(c -> categories.add(c.values().get(index) == null ? NO_ANSWER : c.values().get(index)));
			categories.add(NO_ANSWER);
			dimensions.add(new Dimension(dimension(table.questionIds().get(i)), List.copyOf(categories)));
		}
		if (table.byWave()) {
			Set<Integer> waves = new TreeSet<>();
			combinations.forEach(c -> waves.add(c.wave()));
			if (waves.isEmpty()) {
				waves.add(1);
			}
			dimensions.add(new Dimension(WAVE, waves.stream().map(String::valueOf).toList()));
		}
		FrequencyTable.Builder builder = FrequencyTable.builder(name, dimensions.toArray(Dimension[]::new));
		for (AnswerCounts.Combination combination : combinations) {
			List<String> cell = new ArrayList<>();
			combination.values().forEach(v -> cell.add(v == null ? NO_ANSWER : v));
			if (table.byWave()) {
				cell.add(String.valueOf(combination.wave()));
			}
			builder.add(combination.count(), cell.toArray(String[]::new));
		}
		return builder.build();
	}

	private static PublishedTable layout(int number, ProtectedTable table, ReportDefinitions.TableDefinition defined,
			Map<UUID, QuestionView> questions, int minimumCell) {
		Map<String, QuestionView> byDimension = new LinkedHashMap<>();
		defined.questionIds().forEach(q -> byDimension.put(dimension(q), questions.get(q)));
		List<CrossTabLayout.Grid> grids = CrossTabLayout.grids(table, "Answers",
				dimension -> WAVE.equals(dimension) ? "Wave" : label(byDimension.get(dimension)),
				(dimension, category) -> categoryLabel(dimension, category, byDimension),
				cell -> shown(cell, minimumCell));
		boolean small = table.cells().stream().anyMatch(cell -> isSmallSample(cell, minimumCell));
		String caption = "Table " + number + ". " + String.join(" by ", defined.questionIds().stream()
			.map(q -> label(questions.get(q))).toList()) + (defined.byWave() ? " by wave" : "");
		return new PublishedTable(number, caption, grids, small, table.suppressedCells().size());
	}

	/** A published count, marked when it rests on fewer than {@value #SMALL_SAMPLE} answers. */
	private static String shown(PublishedCell cell, int minimumCell) {
		if (cell.isSuppressed()) {
			return CrossTabLayout.SUPPRESSED;
		}
		return cell.count() + (isSmallSample(cell, minimumCell) ? "*" : "");
	}

	private static boolean isSmallSample(PublishedCell cell, int minimumCell) {
		return !cell.isSuppressed() && cell.count() >= minimumCell && cell.count() < SMALL_SAMPLE;
	}

	private static String categoryLabel(String dimension, String category, Map<String, QuestionView> byDimension) {
		if (NO_ANSWER.equals(category)) {
			return "No answer";
		}
		if (WAVE.equals(dimension)) {
			return "Wave " + category;
		}
		QuestionView question = byDimension.get(dimension);
		return switch (question.kind()) {
			case YES_NO -> "YES".equals(category) ? "Yes" : "NO".equals(category) ? "No" : category;
			case RATING_SCALE -> category + " of " + (question.scalePoints() == null ? 5 : question.scalePoints());
			default -> category;
		};
	}

	private static String auditSummary(AuditReport report, int suppressed, int minimumCell) {
		if (suppressed == 0) {
			return "No count is below the minimum cell of " + minimumCell + ": every cell is published.";
		}
		long narrowest = report.ranges().stream()
			.mapToLong(r -> r.upper() == null ? Long.MAX_VALUE : r.upper() - r.lower()).min().orElse(Long.MAX_VALUE);
		return suppressed + " cells suppressed. Attacked by linear programming with everything the tables publish, "
				+ "every suppressed cell can still take a range of "
				+ (narrowest == Long.MAX_VALUE ? "unbounded" : "at least " + narrowest) + " values (required: "
				+ report.protectionWidth() + "): " + (report.passed() ? "passed." : "FAILED.");
	}

	/** The closed, single-valued questions of the study's instruments, in order. */
	private Map<UUID, QuestionView> reportable(UUID studyId) {
		Map<UUID, QuestionView> questions = new LinkedHashMap<>();
		for (InstrumentView instrument : instruments.list(studyId)) {
			for (QuestionView question : instrument.questions()) {
				if (!categories(question).isEmpty()) {
					questions.putIfAbsent(question.id(), question);
				}
			}
		}
		return questions;
	}

	/** The answers a question offers, as stored; empty for a question no table may count. */
	private static List<String> categories(QuestionView question) {
		return switch (question.kind()) {
			case YES_NO -> List.of("YES", "NO");
			case SINGLE_CHOICE -> question.choices();
			case RATING_SCALE -> java.util.stream.IntStream.rangeClosed(1,
					question.scalePoints() == null ? 5 : question.scalePoints()).mapToObj(String::valueOf).toList();
			case DEMOGRAPHIC -> question.choices();
			case MULTIPLE_CHOICE, OPEN_ENDED -> List.of();
		};
	}

	private static String dimension(UUID question) {
		return "question:" + question;
	}

	private static String label(QuestionView question) {
		return question.text();
	}

	private Instant now() {
		return time.now().truncatedTo(ChronoUnit.SECONDS);
	}
}
