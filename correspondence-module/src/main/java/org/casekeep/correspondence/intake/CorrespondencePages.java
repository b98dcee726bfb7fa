package org.casekeep.correspondence.intake;

import java.util.List;
import java.util.UUID;

import org.casekeep.kernel.access.Actors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The correspondence pages: the index (search and the recent correspondence of the user's office) and a record. */
@Controller
@RequestMapping("/correspondence")
class CorrespondencePages {

	/** The search criteria as typed. */
	record Criteria(@Nullable String q, @Nullable String status) {
	}

	private final CorrespondenceSearch search;

	CorrespondencePages(CorrespondenceSearch search) {
		this.search = search;
	}

	/** The schedules the records-review form on the correspondence page offers (PIA 5.1). */
	@ModelAttribute("recordsScheduleOptions")
	List<CorrespondenceRetentionSchedule> recordsScheduleOptions() {
		return List.of(CorrespondenceRetentionSchedule.values());
	}

	@GetMapping
	String index(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String status, Model model) {
		boolean mayUse = search.mayUse(Actors.require());
		model.addAttribute("mayUse", mayUse);
		model.addAttribute("criteria", new Criteria(q, status));
		model.addAttribute("statuses", CorrespondenceStatus.values());
		boolean knownStatus = status == null || status.isBlank()
				|| java.util.Arrays.stream(CorrespondenceStatus.values()).anyMatch(s -> s.name().equals(status));
		List<CorrespondenceSearch.Result> results = mayUse && knownStatus ? search.search(q, status) : List.of();
		model.addAttribute("results", results);
		model.addAttribute("searched", (q != null && !q.isBlank()) || (status != null && !status.isBlank()));
		return "correspondence/index";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		CorrespondenceView view = search.get(id);
		model.addAttribute("item", view);
		return "correspondence/intake/detail";
	}
}
