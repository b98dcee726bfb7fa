package org.casekeep.crm.outreach;

import java.time.LocalDate;

import org.casekeep.crm.stakeholder.IssueCatalog;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The outreach report for every CRM user: counts per state and FEMA region, no personal data. */
@RestController
class OutreachApi {

	private final OutreachReports reports;
	private final IssueCatalog issues;

	OutreachApi(OutreachReports reports, IssueCatalog issues) {
		this.reports = reports;
		this.issues = issues;
	}

	/**
	 * {@code issue} an issue code in any case, {@code component} a component code; {@code from} and {@code to} ISO
	 * dates, both included, of the interactions counted (by default the last 12 months).
	 */
	@GetMapping("/api/crm/reports/outreach")
	OutreachReport outreach(@RequestParam(required = false) @Nullable String issue,
			@RequestParam(required = false) @Nullable String component,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		return reports.report(OutreachFilter.of(issues, issue, component, from, to));
	}
}
