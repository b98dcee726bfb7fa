package org.casekeep.detention.reports;

import java.time.Clock;

import org.casekeep.detention.complaint.OidoRoles;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.time.FiscalYear;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.kernel.web.Downloads;
import org.casekeep.kernel.web.NavigationEntry;
import org.casekeep.kernel.web.PageForms;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The report pages of OIDO analysts and managers: the custom report (rows, columns, period), the workflow metrics,
 * and the annual report to Congress with its disclosure audit and its PDF and CSV. A form that cannot be read is
 * shown again with the message (422); a year that cannot be published safely says so (409).
 */
@Controller
@RequestMapping("/detention/reports")
class ReportPages {

	private final OfficeReports reports;
	private final AnnualReportToCongress annual;

	ReportPages(OfficeReports reports, AnnualReportToCongress annual) {
		this.reports = reports;
		this.annual = annual;
	}

	/** Offered to OIDO analysts and managers; what they may see is decided by the services (PIA 8.1). */
	@Bean
	static NavigationEntry ombudsmanReports() {
		return new NavigationEntry(41, "OIDO reports", "Ombudsman reports", "/detention/reports", "/detention/reports",
				"Complaint counts, workflow metrics and the annual report to Congress.", true,
				(Actor actor) -> actor.hasAnyRole(OidoRoles.ANALYST, OidoRoles.MANAGER));
	}

	@GetMapping
	ModelAndView counts(@RequestParam(required = false) @Nullable String rows,
			@RequestParam(required = false) @Nullable String columns, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, Model model) {
		model.addAttribute("dimensions", ReportDimension.values());
		model.addAttribute("rows", rows == null ? ReportRequest.DEFAULT_ROWS.name() : rows);
		model.addAttribute("columns", columns == null ? ReportDimension.STATUS.name() : columns);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		try {
			ReportRequest request = ReportRequest.of(rows, columns == null ? ReportDimension.STATUS.name() : columns,
					from, to);
			model.addAttribute("report", reports.counts(request.rows(), request.columns(), request.period()));
			return new ModelAndView("detention/reports/counts");
		}
		catch (InvalidInputException ex) {
			model.addAttribute("reportError", ex.getMessage());
			return PageForms.unprocessable("detention/reports/counts");
		}
	}

	@GetMapping("/workflow")
	ModelAndView workflow(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, Model model) {
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		try {
			model.addAttribute("months", reports.workflow(ReportRequest.period(from, to)));
			return new ModelAndView("detention/reports/workflow");
		}
		catch (InvalidInputException ex) {
			model.addAttribute("reportError", ex.getMessage());
			return PageForms.unprocessable("detention/reports/workflow");
		}
	}

	@GetMapping("/annual")
	ModelAndView annualReport(@RequestParam(required = false) @Nullable Integer year, Model model) {
		int shown = year == null ? FiscalYear.of(Clock.systemUTC().instant()).previous().year() : year;
		model.addAttribute("year", shown);
		try {
			model.addAttribute("report", annual.generate(shown, AnnualReportToCongress.Format.PAGE));
			return new ModelAndView("detention/reports/annual");
		}
		catch (InvalidInputException ex) {
			model.addAttribute("reportError", ex.getMessage());
			return PageForms.unprocessable("detention/reports/annual");
		}
		catch (WorkflowConflictException ex) {
			model.addAttribute("reportError", ex.getMessage());
			return PageForms.conflict("detention/reports/annual");
		}
	}

	@GetMapping("/annual/{year}.pdf")
	ResponseEntity<byte[]> annualPdf(@PathVariable int year) {
		return refusedAsText(() -> pdf(annual, year));
	}

	@GetMapping("/annual/{year}.csv")
	ResponseEntity<byte[]> annualCsv(@PathVariable int year) {
		return refusedAsText(() -> csv(annual, year));
	}

	/** A download the service refuses for its year or its tables: the reason as text, 422 or 409, never a 500. */
	private static ResponseEntity<byte[]> refusedAsText(java.util.function.Supplier<ResponseEntity<byte[]>> download) {
		try {
			return download.get();
		}
		catch (InvalidInputException ex) {
			return text(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		}
		catch (WorkflowConflictException ex) {
			return text(org.springframework.http.HttpStatus.CONFLICT, ex.getMessage());
		}
	}

	private static ResponseEntity<byte[]> text(org.springframework.http.HttpStatus status, @Nullable String message) {
		return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.TEXT_PLAIN)
			.body(String.valueOf(message).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	static ResponseEntity<byte[]> pdf(AnnualReportToCongress annual, int year) {
		AnnualReport report = annual.generate(year, AnnualReportToCongress.Format.PDF);
		return Downloads.attachment("oido-annual-report-" + report.year() + ".pdf", "application/pdf",
				report.document().pdf());
	}

	static ResponseEntity<byte[]> csv(AnnualReportToCongress annual, int year) {
		AnnualReport report = annual.generate(year, AnnualReportToCongress.Format.CSV);
		return Downloads.attachment("oido-annual-report-" + report.year() + ".csv", "text/csv;charset=UTF-8",
				report.document().csv());
	}
}
