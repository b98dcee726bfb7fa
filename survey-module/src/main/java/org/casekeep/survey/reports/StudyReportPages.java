package org.casekeep.survey.reports;

import java.util.List;
import java.util.UUID;

import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.kernel.web.PageForms;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The study's report page: the tables as published (suppressed cells say so), the audit, the downloads, the form that
 * adds a table and, for the privacy office, the minimum cell.
 */
@Controller
@RequestMapping("/research/studies/{id}/report")
class StudyReportPages {

	private final StudyReports reports;

	StudyReportPages(StudyReports reports) {
		this.reports = reports;
	}

	@GetMapping
	String report(@PathVariable UUID id, Model model) {
		StudyReports.Definition definition = reports.definition(id);
		model.addAttribute("definition", definition);
		if (!definition.tables().isEmpty() && !model.containsAttribute("problems")) {
			try {
				model.addAttribute("report", reports.generate(id));
			}
			catch (WorkflowConflictException | InvalidInputException ex) {
				model.addAttribute("refusal", ex.getMessage());
			}
		}
		return "research/report";
	}

	/** The report as CSV, from the page (the browser's session, not an API token). */
	@GetMapping("/report.csv")
	org.springframework.http.ResponseEntity<byte[]> csv(@PathVariable UUID id) {
		return org.casekeep.kernel.web.Downloads.attachment("study-report.csv", "text/csv",
				StudyReports.document(reports.generate(id)).csv());
	}

	/** The report as PDF, from the page. */
	@GetMapping("/report.pdf")
	org.springframework.http.ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		return org.casekeep.kernel.web.Downloads.attachment("study-report.pdf", "application/pdf",
				StudyReports.document(reports.generate(id)).pdf());
	}

	@PostMapping("/tables")
	ModelAndView addTable(@PathVariable UUID id, @RequestParam(required = false) @Nullable List<UUID> questionIds,
			@RequestParam(required = false) @Nullable Boolean byWave, Model model, RedirectAttributes redirect) {
		try {
			reports.addTable(id, new StudyReports.TableRequest(questionIds, byWave));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problems", ex.problems());
			return PageForms.unprocessable(report(id, model));
		}
		redirect.addFlashAttribute("notice", "The table was added to the report.");
		return PageForms.seeOther("/research/studies/" + id + "/report");
	}

	@PostMapping("/tables/{tableId}/removal")
	ModelAndView removeTable(@PathVariable UUID id, @PathVariable UUID tableId, RedirectAttributes redirect) {
		reports.removeTable(id, tableId);
		redirect.addFlashAttribute("notice", "The table was removed from the report.");
		return PageForms.seeOther("/research/studies/" + id + "/report");
	}

	@PostMapping("/minimum-cell")
	ModelAndView minimumCell(@PathVariable UUID id, @RequestParam(required = false) @Nullable String minimumCell,
			Model model, RedirectAttributes redirect) {
		try {
			Integer value = minimumCell == null || !minimumCell.strip().matches("\\d{1,3}") ? null
					: Integer.valueOf(minimumCell.strip());
			reports.setMinimumCell(id, value);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problems", ex.problems());
			return PageForms.unprocessable(report(id, model));
		}
		redirect.addFlashAttribute("notice", "The minimum cell was set.");
		return PageForms.seeOther("/research/studies/" + id + "/report");
	}
}
