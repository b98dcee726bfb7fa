package org.casekeep.correspondence.records;

import java.util.Map;
import java.util.UUID;

import org.casekeep.correspondence.intake.CorrespondenceRetentionSchedule;
import org.casekeep.correspondence.intake.CorrespondenceView;
import org.casekeep.kernel.validation.FieldProblem;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Records review on the correspondence page (PIA 5.1): the Executive Secretariat files a record
 * under a temporary schedule or as permanent until scheduled. Errors come back to the page as an alert.
 */
@Controller
class RecordsReviewPages {

	private final RecordsReview records;

	RecordsReviewPages(RecordsReview records) {
		this.records = records;
	}

	@PostMapping("/correspondence/{id}/records-review")
	String review(@PathVariable UUID id, @RequestParam(required = false) @Nullable String schedule,
			@RequestParam(required = false) @Nullable String version, RedirectAttributes redirect) {
		String target = "redirect:/correspondence/" + id + "#records-review";
		Long parsed = null;
		try {
			parsed = version == null || version.isBlank() ? null : Long.valueOf(version.strip());
		}
		catch (NumberFormatException ex) {
			redirect.addFlashAttribute("recordsReviewErrors", Map.of("form", "The version of the record is not valid; reload the page"));
			return target;
		}
		try {
			CorrespondenceView view = records.review(id, schedule, parsed);
			String saved = java.util.Arrays.stream(CorrespondenceRetentionSchedule.values())
				.filter(s -> s.name().equals(view.retentionSchedule()))
				.findFirst()
				.map(s -> s.getLabel() + (s.permanent() ? " (permanent)." : " (temporary)."))
				.orElse(view.retentionSchedule() + ".");
			redirect.addFlashAttribute("notice", "Records review saved: " + saved);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("recordsReviewErrors", Map.of("records-schedule", String.join(" ",
					ex.problems().stream().map(FieldProblem::message).toList())));
			redirect.addFlashAttribute("recordsReviewInput", schedule);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("recordsReviewErrors", Map.of("form",
					"This record was changed by someone else since you opened it. Review the current record and choose again."));
		}
		return target;
	}

	/** Closes a record that needs no response (PIA 5.1); errors come back to the page as an alert. */
	@PostMapping("/correspondence/{id}/close")
	String close(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String version, RedirectAttributes redirect) {
		String target = "redirect:/correspondence/" + id + "#records-review";
		try {
			records.close(id, reason, version == null || version.isBlank() ? null : Long.valueOf(version.strip()));
			redirect.addFlashAttribute("notice", "The record is closed; its records schedule counts from today.");
		}
		catch (NumberFormatException ex) {
			redirect.addFlashAttribute("closeErrors", Map.of("form", "The version of the record is not valid; reload the page"));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("closeErrors", Map.of("closure-reason",
					String.join(" ", ex.problems().stream().map(FieldProblem::message).toList())));
			redirect.addFlashAttribute("closeInput", reason);
		}
		catch (WorkflowConflictException ex) {
			redirect.addFlashAttribute("closeErrors", Map.of("form", ex.getMessage()));
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("closeErrors", Map.of("form",
					"This record was changed by someone else since you opened it. Review the current record and try again."));
		}
		return target;
	}
}
