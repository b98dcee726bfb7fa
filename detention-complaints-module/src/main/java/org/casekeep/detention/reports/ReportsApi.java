package org.casekeep.detention.reports;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * OIDO's reports over HTTP, for analysts and managers (PIA 8.1): complaint counts by the dimensions asked for, the
 * workflow metrics, and the annual report to Congress as a PDF or CSV download. Refusals are 403 problem documents;
 * unreadable parameters 422 naming the parameter.
 */
@RestController
@RequestMapping("/api/detention/reports")
class ReportsApi {

	private final OfficeReports reports;
	private final AnnualReportToCongress annual;

	ReportsApi(OfficeReports reports, AnnualReportToCongress annual) {
		this.reports = reports;
		this.annual = annual;
	}

	@GetMapping("/counts")
	CrossTable counts(@RequestParam(required = false) @Nullable String rows,
			@RequestParam(required = false) @Nullable String columns, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		ReportRequest request = ReportRequest.of(rows, columns, from, to);
		return reports.counts(request.rows(), request.columns(), request.period());
	}

	@GetMapping("/workflow")
	List<MonthlyWorkflow> workflow(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		return reports.workflow(ReportRequest.period(from, to));
	}

	@GetMapping("/annual/{year}.pdf")
	ResponseEntity<byte[]> annualPdf(@PathVariable int year) {
		return ReportPages.pdf(annual, year);
	}

	@GetMapping("/annual/{year}.csv")
	ResponseEntity<byte[]> annualCsv(@PathVariable int year) {
		return ReportPages.csv(annual, year);
	}
}
