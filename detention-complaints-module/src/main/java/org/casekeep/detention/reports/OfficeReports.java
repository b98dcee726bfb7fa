package org.casekeep.detention.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.casekeep.detention.complaint.OidoRoles;
import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.time.ReportingPeriod;
import org.casekeep.kernel.validation.InputCheck;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's own reports for OIDO analysts and managers (PIA overview "Reporting and Metrics", 3.3, 8.1): complaint
 * counts by the row and column dimensions and the period the user chooses, and the workflow metrics. They are
 * internal and shown unsuppressed to the staff who may read every complaint anyway; what leaves the office goes
 * through {@link AnnualReportToCongress}. Every report run is audited as a search naming its dimensions and period.
 */
@Service
public class OfficeReports {

	/** Purpose recorded in audit entries (PIA 3.1, overview "Reporting and Metrics"). */
	static final String PURPOSE = "OIDO reporting and metrics";

	private final ComplaintCounts counts;
	private final WorkflowMetrics workflow;
	private final AccessPolicy access;
	private final AuditTrail audit;

	OfficeReports(ComplaintCounts counts, WorkflowMetrics workflow, AccessPolicy access, AuditTrail audit) {
		this.counts = counts;
		this.workflow = workflow;
		this.access = access;
		this.audit = audit;
	}

	/**
	 * Complaints received in the period by the row dimension and, if given, the column dimension.
	 * @param rows must not be {@literal null}.
	 * @throws org.casekeep.kernel.validation.InvalidInputException naming {@code columns} when it repeats the rows.
	 * @throws org.springframework.security.access.AccessDeniedException for anyone but OIDO analysts and managers.
	 */
	@Transactional
	public CrossTable counts(ReportDimension rows, @Nullable ReportDimension columns, ReportingPeriod period) {
		access.check(Operation.SEARCH, RecordFacts.ofType(ReportAccessRules.RECORD_TYPE));
		InputCheck check = new InputCheck();
		if (rows == columns) {
			check.reject("columns", "Choose a column dimension other than the rows, or none");
		}
		check.throwIfInvalid();
		List<ComplaintCounts.Count> found = counts.counts(rows, columns, period.from(), period.to());
		audited("complaint counts by " + rows.name().toLowerCase(java.util.Locale.ROOT)
				+ (columns == null ? "" : " and " + columns.name().toLowerCase(java.util.Locale.ROOT)), period);
		return tabulate(rows, columns, period, found);
	}

	/** The workflow metrics of the months of the period, oldest first (PIA overview). */
	@Transactional
	public List<MonthlyWorkflow> workflow(ReportingPeriod period) {
		access.check(Operation.SEARCH, RecordFacts.ofType(ReportAccessRules.RECORD_TYPE));
		List<MonthlyWorkflow> months = workflow.months(period);
		audited("workflow metrics", period);
		return months;
	}

	private void audited(String report, ReportingPeriod period) {
		audit.record(new AuditEvent(AuditAction.SEARCH, ReportAccessRules.RECORD_TYPE, null, OidoRoles.COMPONENT,
				List.of(), PURPOSE, report + ", " + period.from() + " to " + period.to()));
	}

	static CrossTable tabulate(ReportDimension rows, @Nullable ReportDimension columns, ReportingPeriod period,
			List<ComplaintCounts.Count> found) {
		TreeSet<String> rowCodes = new TreeSet<>(rows.order());
		TreeSet<String> columnCodes = new TreeSet<>(columns == null ? java.util.Comparator.<String>naturalOrder()
				: columns.order());
		Map<String, Long> cells = new HashMap<>();
		for (ComplaintCounts.Count count : found) {
			rowCodes.add(count.row());
			columnCodes.add(count.column());
			cells.merge(count.row() + '\u0000' + count.column(), count.count(), Long::sum);
		}
		List<String> rowList = new ArrayList<>(rowCodes);
		List<String> columnList = columns == null ? List.of("") : new ArrayList<>(columnCodes);
		long[][] table = new long[rowList.size()][columnList.size()];
		long[] rowTotals = new long[rowList.size()];
		long[] columnTotals = new long[columnList.size()];
		long total = 0;
		for (int r = 0; r < rowList.size(); r++) {
			for (int k = 0; k < columnList.size(); k++) {
				long n = cells.getOrDefault(rowList.get(r) + '\u0000' + columnList.get(k), 0L);
				table[r][k] = n;
				rowTotals[r] += n;
				columnTotals[k] += n;
				total += n;
			}
		}
		return new CrossTable(rows, columns, period.from() + " to " + period.to(),
				rowList.stream().map(rows::label).toList(),
				columns == null ? List.of() : columnList.stream().map(columns::label).toList(), table, rowTotals,
				columns == null ? new long[0] : columnTotals, total,
				rows == ReportDimension.CATEGORY || columns == ReportDimension.CATEGORY);
	}
}
