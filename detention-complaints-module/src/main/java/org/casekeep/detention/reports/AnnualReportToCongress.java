package org.casekeep.detention.reports;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.casekeep.detention.complaint.Category;
import org.casekeep.detention.complaint.OidoRoles;
import org.casekeep.detention.complaint.ReferralAgency;
import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.disclosurecontrol.AuditReport;
import org.casekeep.kernel.disclosurecontrol.CellKey;
import org.casekeep.kernel.disclosurecontrol.CellRange;
import org.casekeep.kernel.disclosurecontrol.Dimension;
import org.casekeep.kernel.disclosurecontrol.DisclosureControl;
import org.casekeep.kernel.disclosurecontrol.DisclosurePolicy;
import org.casekeep.kernel.disclosurecontrol.FrequencyTable;
import org.casekeep.kernel.disclosurecontrol.ProtectedTable;
import org.casekeep.kernel.disclosurecontrol.PublishedCell;
import org.casekeep.kernel.disclosurecontrol.UnpublishableTableException;
import org.casekeep.kernel.time.FiscalYear;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Ombudsman's annual report to Congress (PIA overview "Reporting and Metrics", 2.1): the complaints received in a
 * fiscal year by month and {@link Outcome}, by facility and outcome, and by the office they were referred to,
 * protected together by the kernel's disclosure control because they count the same complaints and share the outcome
 * totals and the grand total; and the complaint categories named, by outcome, protected on their own because a
 * complaint may name several, so that table counts mentions, another population. Cells below the minimum cell (11 unless
 * {@code casekeep.detention.reports.minimum-cell} says otherwise) are suppressed with complements until the
 * linear-programming audit finds every suppressed cell's range at least as wide. Generating the report, on a page or
 * as a document, is audited as an export naming the year and the format (PIA 8.1).
 */
@Service
public class AnnualReportToCongress {

	/** The record type of the annual report in audit entries. */
	public static final String AUDIT_RECORD_TYPE = "detention.annual-report";

	static final String PURPOSE = "Annual report to Congress";

	/** OIDO was established by the Consolidated Appropriations Act 2020 of 20 December 2019 (PIA overview). */
	static final int FIRST_YEAR = 2020;

	/** The formats the report is generated in. */
	public enum Format {
		PAGE, PDF, CSV
	}

	private final ComplaintCounts counts;
	private final AccessPolicy access;
	private final AuditTrail audit;
	private final DisclosureControl control;
	private final Clock clock = Clock.systemUTC();

	AnnualReportToCongress(ComplaintCounts counts, AccessPolicy access, AuditTrail audit,
			@Value("${casekeep.detention.reports.minimum-cell:" + DisclosurePolicy.CMS_THRESHOLD + "}") int minimumCell) {
		this.counts = counts;
		this.access = access;
		this.audit = audit;
		this.control = new DisclosureControl(DisclosurePolicy.minimumCell(minimumCell));
	}

	/**
	 * The report of the fiscal year, generated now and audited as an export in the format named.
	 * @throws InvalidInputException naming {@code year} for a year that is not a fiscal year of OIDO (from FY2020,
	 *         when Congress established the office, to the current one).
	 * @throws WorkflowConflictException if disclosure control cannot make the tables safe to publish: nothing is
	 *         published then.
	 * @throws org.springframework.security.access.AccessDeniedException for anyone but OIDO analysts and managers.
	 */
	@Transactional
	public AnnualReport generate(@Nullable Integer year, Format format) {
		Actor actor = access.check(Operation.EXPORT, RecordFacts.ofType(ReportAccessRules.RECORD_TYPE));
		FiscalYear fiscalYear = fiscalYear(year);
		AnnualReport report = build(fiscalYear);
		audit.record(new AuditEvent(AuditAction.EXPORT, AUDIT_RECORD_TYPE, fiscalYear.toString(), OidoRoles.COMPONENT,
				List.of(), PURPOSE, fiscalYear + " annual report to Congress generated as "
						+ format.name().toLowerCase(Locale.ROOT) + " by " + actor.username()));
		return report;
	}

	private FiscalYear fiscalYear(@Nullable Integer year) {
		int current = FiscalYear.of(clock.instant()).year();
		if (year == null || year < FIRST_YEAR || year > current) {
			throw InvalidInputException.of("year", "Choose a fiscal year from " + FIRST_YEAR + " to " + current);
		}
		return new FiscalYear(year);
	}

	private AnnualReport build(FiscalYear year) {
		Dimension status = new Dimension("outcome", Arrays.stream(Outcome.values()).map(Enum::name).toList());
		List<String> months = new ArrayList<>();
		for (YearMonth month = YearMonth.from(year.start()); !month.isAfter(YearMonth.from(year.end()));
				month = month.plusMonths(1)) {
			months.add(month.toString());
		}
		Dimension month = new Dimension("month", months);
		List<ComplaintCounts.Count> byFacility = counts.counts(ReportDimension.FACILITY, ReportDimension.OUTCOME,
				year.start(), year.end());
		// Facilities with fewer complaints in the year than the minimum cell are combined before suppression (global
		// recoding): each would be suppressed whole, with complements around it, and named it would still show that
		// complaints came from there.
		Map<String, Long> facilityTotals = new HashMap<>();
		byFacility.forEach(count -> facilityTotals.merge(count.row(), count.count(), Long::sum));
		int threshold = control.policy().threshold();
		byFacility = byFacility.stream()
			.map(c -> new ComplaintCounts.Count(facilityCode(c.row(), facilityTotals.get(c.row()), threshold), c.column(),
					c.count()))
			.toList();
		TreeSet<String> facilityCodes = new TreeSet<>(ReportDimension.FACILITY.order());
		byFacility.forEach(count -> facilityCodes.add(count.row()));
		if (facilityCodes.isEmpty()) {
			facilityCodes.add(ReportDimension.NONE);
		}
		Dimension facility = new Dimension("facility", List.copyOf(facilityCodes));
		List<String> referrals = new ArrayList<>(List.of(ReportDimension.NONE));
		Arrays.stream(ReferralAgency.values()).map(Enum::name).forEach(referrals::add);
		Dimension component = new Dimension("component", referrals);
		List<String> categories = new ArrayList<>(Arrays.stream(Category.values()).map(Enum::name).toList());
		categories.add(ReportDimension.NONE);
		Dimension category = new Dimension("category", categories);

		FrequencyTable byMonthTable = table("Complaints received by month and outcome", month, status,
				counts.counts(ReportDimension.MONTH, ReportDimension.OUTCOME, year.start(), year.end()));
		FrequencyTable byFacilityTable = table("Complaints received by facility and outcome", facility, status,
				byFacility);
		FrequencyTable byReferralTable = table("Complaints received by office referred to", component, null,
				counts.counts(ReportDimension.COMPONENT, null, year.start(), year.end()));
		FrequencyTable byCategoryTable = table("Complaint categories named, by outcome", category, status,
				counts.counts(ReportDimension.CATEGORY, ReportDimension.OUTCOME, year.start(), year.end()));
		List<FrequencyTable> linked = List.of(byMonthTable, byFacilityTable, byReferralTable);
		List<ProtectedTable> published;
		ProtectedTable categoriesPublished;
		try {
			published = control.protectTogether(linked);
			categoriesPublished = control.protect(byCategoryTable);
		}
		catch (UnpublishableTableException ex) {
			throw new WorkflowConflictException("The " + year + " tables cannot be published safely: " + ex.getMessage());
		}
		List<AnnualReport.Section> sections = List.of(
				new AnnualReport.Section(1, byMonthTable.name(), "", List.of(ReportDimension.MONTH, ReportDimension.OUTCOME),
						published.get(0)),
				new AnnualReport.Section(2, byFacilityTable.name(), "Facility of the last stay in the detention history; "
						+ "facilities with fewer than " + threshold + " complaints in the year are combined.",
						List.of(ReportDimension.FACILITY, ReportDimension.OUTCOME), published.get(1)),
				new AnnualReport.Section(3, byReferralTable.name(), "", List.of(ReportDimension.COMPONENT),
						published.get(2)),
				new AnnualReport.Section(4, byCategoryTable.name(), "A complaint naming several categories is counted "
						+ "in each, so this table counts categories named, not complaints.",
						List.of(ReportDimension.CATEGORY, ReportDimension.OUTCOME), categoriesPublished));
		int linkedCells = published.stream().mapToInt(table -> table.cells().size()).sum()
				- sharedCells(published);
		List<AnnualReport.Protection> audits = List.of(
				new AnnualReport.Protection(List.of(1, 2, 3), linkedCells, merged(published)),
				new AnnualReport.Protection(List.of(4), categoriesPublished.cells().size(), categoriesPublished.audit()));
		return new AnnualReport(year, clock.instant(), control.policy().threshold(), sections, audits);
	}

	/** The audit of the linked tables: each table carries the ranges of its own cells; shared ones once. */
	private static AuditReport merged(List<ProtectedTable> tables) {
		Map<CellKey, CellRange> ranges =
				new TreeMap<>();
		tables.forEach(table -> table.audit().ranges().forEach(range -> ranges.putIfAbsent(range.cell(), range)));
		return new AuditReport(tables.getFirst().audit().protectionWidth(),
				List.copyOf(ranges.values()));
	}

	private static int sharedCells(List<ProtectedTable> tables) {
		Set<CellKey> seen = new HashSet<>();
		int shared = 0;
		for (ProtectedTable table : tables) {
			for (PublishedCell cell : table.cells()) {
				if (!seen.add(cell.cell())) {
					shared++;
				}
			}
		}
		return shared;
	}

	private static FrequencyTable table(String name, Dimension rows, @Nullable Dimension columns,
			List<ComplaintCounts.Count> found) {
		FrequencyTable.Builder builder = columns == null ? FrequencyTable.builder(name, rows)
				: FrequencyTable.builder(name, rows, columns);
		for (ComplaintCounts.Count count : found) {
			if (columns == null) {
				builder.add(count.count(), count.row());
			}
			else {
				builder.add(count.count(), count.row(), count.column());
			}
		}
		return builder.build();
	}

	/** A facility's name as a category (the kernel reserves {@code *} for totals), or the other facilities' code. */
	private static String facilityCode(String facility, long total, int threshold) {
		if (total < threshold && !facility.equals(ReportDimension.NONE)) {
			return ReportDimension.OTHER_FACILITIES;
		}
		return facility.equals(FrequencyTable.ALL) ? "(" + facility + ")" : facility;
	}
}
