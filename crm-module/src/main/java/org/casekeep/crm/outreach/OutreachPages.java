package org.casekeep.crm.outreach;

import java.util.List;

import org.casekeep.crm.stakeholder.IssueCatalog;
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
 * The outreach report page: a filter, the tile map of states shaded by stakeholders (or by region), and the table of
 * every region and state with the places where DHS has nobody called out. No JavaScript.
 */
@Controller
class OutreachPages {

	/** The filter as typed, shown back in the form. */
	record Typed(@Nullable String issue, @Nullable String component, @Nullable String from, @Nullable String to,
			boolean byRegion) {
	}

	private final OutreachReports reports;
	private final IssueCatalog issues;

	OutreachPages(OutreachReports reports, IssueCatalog issues) {
		this.reports = reports;
		this.issues = issues;
	}

	@GetMapping("/crm/reports/outreach")
	ModelAndView outreach(@RequestParam(required = false) @Nullable String issue,
			@RequestParam(required = false) @Nullable String component,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String view, Model model) {
		boolean byRegion = "region".equals(view);
		model.addAttribute("issueOptions", issues.options());
		model.addAttribute("mapWidth", OutreachMap.width());
		model.addAttribute("mapHeight", OutreachMap.height());
		model.addAttribute("tileSize", OutreachMap.TILE);
		String page = "crm/outreach/index";
		try {
			OutreachReport report = reports.report(OutreachFilter.of(issues, issue, component, PageForms.date(from, "from"),
					PageForms.date(to, "to")));
			model.addAttribute("report", report);
			model.addAttribute("tiles", OutreachMap.tiles(report, byRegion));
			model.addAttribute("issueLabel", report.issue() == null ? "all issues" : issues.labels(List.of(report.issue())).getFirst());
			model.addAttribute("typed", new Typed(report.issue(), report.component(), report.from().toString(),
					report.to().toString(), byRegion));
			return new ModelAndView(page);
		}
		catch (InvalidInputException ex) {
			FieldProblem problem = ex.problems().getFirst();
			model.addAttribute("error", problem);
			model.addAttribute("typed", new Typed(issue, component, from, to, byRegion));
			return PageForms.unprocessable(page);
		}
	}
}
