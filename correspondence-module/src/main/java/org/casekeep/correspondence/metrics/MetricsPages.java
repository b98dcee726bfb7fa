package org.casekeep.correspondence.metrics;

import org.casekeep.kernel.validation.FieldProblem;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.web.PageForms;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The metrics page: on-time rate and median days to respond per component, as server-rendered SVG bar charts with the
 * same figures in a table (no JavaScript).
 */
@Controller
class MetricsPages {

	/** The period as typed, shown back in the form. */
	record Period(@Nullable String from, @Nullable String to) {
	}

	private final TaskerMetrics metrics;

	MetricsPages(TaskerMetrics metrics) {
		this.metrics = metrics;
	}

	@GetMapping("/correspondence/metrics")
	ModelAndView metrics(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, Model model) {
		String error = null;
		TaskerMetricsReport report = null;
		try {
			report = metrics.report(PageForms.date(from, "from"), PageForms.date(to, "to"));
		}
		catch (InvalidInputException ex) {
			error = ex.problems().stream().map(FieldProblem::message).findFirst().orElse("The period is not valid");
		}
		model.addAttribute("period", report == null ? new Period(from, to)
				: new Period(report.from().toString(), report.to().toString()));
		model.addAttribute("report", report);
		model.addAttribute("periodError", error);
		String view = "correspondence/metrics/index";
		return error == null ? new ModelAndView(view) : PageForms.unprocessable(view);
	}
}
