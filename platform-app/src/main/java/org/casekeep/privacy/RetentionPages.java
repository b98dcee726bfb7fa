package org.casekeep.privacy;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.casekeep.kernel.retention.RetentionSchedule;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.casekeep.kernel.web.PageForms.seeOther;
import static org.casekeep.kernel.web.PageForms.unprocessable;
import static org.casekeep.privacy.PrivacyPages.text;

/** Retention in the privacy console: the schedules in plain words, the destruction log and legal holds. */
@Controller
@RequestMapping("/privacy")
class RetentionPages {

	static final int DESTRUCTION_LOG_LIMIT = 200;

	private final RetentionRegistry retention;

	RetentionPages(RetentionRegistry retention) {
		this.retention = retention;
	}

	/** The retention schedules, the destruction log (for those who may read it) and the legal hold form. */
	@GetMapping("/retention")
	String retention(Model model) {
		model.addAttribute("hold", new LegalHoldForm());
		return retentionPage(model);
	}

	/** Places ({@code action=place}) or releases ({@code action=release}) a legal hold on one tracked record. */
	@PostMapping("/retention/holds")
	ModelAndView legalHold(@ModelAttribute("hold") LegalHoldForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!RetentionRegistry.mayPlaceLegalHold(Actors.require())) {
			// The kernel refuses too; refusing first keeps validation messages from people who may not use the form.
			throw new AccessDeniedException("Legal holds are placed by privacy officers and administrators");
		}
		boolean release = "release".equals(form.getAction());
		if (!release && !"place".equals(form.getAction())) {
			binding.reject("action", "Choose whether to place or release the hold");
		}
		form.check(binding, !release);
		if (binding.hasErrors()) {
			return unprocessable(retentionPage(model));
		}
		String recordType = form.getRecordType().strip();
		String recordId = form.getRecordId().strip();
		try {
			if (release) {
				retention.releaseLegalHold(recordType, recordId);
			}
			else {
				retention.placeLegalHold(recordType, recordId, form.getReason().strip());
			}
		}
		catch (IllegalArgumentException ex) {
			binding.rejectValue("recordId", "unknown", "No record of type " + recordType + " with this ID is kept "
					+ "under a retention schedule. Check the record type and the ID.");
			return unprocessable(retentionPage(model));
		}
		redirect.addFlashAttribute("notice", release
				? "The legal hold on " + recordType + " " + recordId + " was released. Its retention schedule applies again."
				: "A legal hold was placed on " + recordType + " " + recordId
						+ ". It will not be destroyed until the hold is released.");
		return seeOther("/privacy/retention");
	}

	private String retentionPage(Model model) {
		Actor actor = Actors.require();
		model.addAttribute("schedules", retention.schedules().values().stream().map(ScheduleRow::of).toList());
		boolean canReadDestructionLog = RetentionRegistry.mayReadDestructionLog(actor);
		model.addAttribute("canReadDestructionLog", canReadDestructionLog);
		model.addAttribute("destructions",
				canReadDestructionLog ? retention.destructionLog(null, DESTRUCTION_LOG_LIMIT) : List.of());
		model.addAttribute("destructionLogLimit", DESTRUCTION_LOG_LIMIT);
		model.addAttribute("canHold", RetentionRegistry.mayPlaceLegalHold(actor));
		return "privacy/retention";
	}

	/** A retention schedule as the page shows it, its rule in plain words. */
	record ScheduleRow(String code, String title, String authority, String disposition, String rule) {

		static ScheduleRow of(RetentionSchedule schedule) {
			return new ScheduleRow(schedule.code(), schedule.title(), schedule.authority(), schedule.disposition(),
					ruleInWords(schedule));
		}
	}

	/**
	 * The rule the system applies, in plain words, for example "Destroy 1 year after the last activity on the
	 * record." or "Cut off at fiscal-year end (30 September), destroy 10 years after. ...".
	 */
	static String ruleInWords(RetentionSchedule schedule) {
		if (schedule.kind() == RetentionSchedule.Kind.UNSCHEDULED || schedule.anchor() == null
				|| schedule.period() == null) {
			return "No approved schedule: kept until one is approved. Nothing is destroyed automatically.";
		}
		String period = periodInWords(schedule.period());
		return switch (schedule.kind()) {
			case FISCAL_YEAR_CUTOFF -> "Cut off at fiscal-year end (30 September), destroy " + period
					+ " after. The fiscal year is the one in which " + anchorEvent(schedule.anchor()) + ".";
			case AFTER_ANCHOR -> "Destroy " + period + " after " + anchorMoment(schedule.anchor()) + ".";
			case UNSCHEDULED -> throw new IllegalStateException("handled above");
		};
	}

	/** What starts the clock, as in "destroy 1 year after ...". */
	private static String anchorMoment(RetentionSchedule.Anchor anchor) {
		return switch (anchor) {
			case CREATED -> "the record is created";
			case LAST_ACTIVITY -> "the last activity on the record";
			case CLOSED -> "the record is closed";
			case FINAL_DECISION -> "the final decision";
		};
	}

	/** What starts the clock, as in "the fiscal year in which ...". */
	private static String anchorEvent(RetentionSchedule.Anchor anchor) {
		return switch (anchor) {
			case CREATED -> "the record was created";
			case LAST_ACTIVITY -> "the record was last active";
			case CLOSED -> "the record was closed";
			case FINAL_DECISION -> "the final decision was made";
		};
	}

	/** "10 years", "6 months", "1 year and 6 months", "90 days". */
	static String periodInWords(Period period) {
		List<String> parts = new ArrayList<>();
		addPart(parts, period.getYears(), "year");
		addPart(parts, period.getMonths(), "month");
		addPart(parts, period.getDays(), "day");
		if (parts.isEmpty()) {
			return "0 days";
		}
		if (parts.size() == 1) {
			return parts.get(0);
		}
		return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
	}

	private static void addPart(List<String> parts, int amount, String unit) {
		if (amount != 0) {
			parts.add(amount + " " + unit + (Math.abs(amount) == 1 ? "" : "s"));
		}
	}

	/** The legal hold form as typed. */
	public static class LegalHoldForm {

		private String recordType = "";

		private String recordId = "";

		private String reason = "";

		private String action = "place";

		/** Puts an error next to each field that cannot be accepted, in the order of the form. */
		void check(BindingResult binding, boolean placing) {
			text(binding, "recordType", recordType, "Record type", 100, "Enter the record type");
			text(binding, "recordId", recordId, "Record ID", 100, "Enter the record ID");
			text(binding, "reason", reason, "Reason", 1000, placing ? "Enter why the record must be kept" : null);
		}

		public String getRecordType() { return recordType; }
		public void setRecordType(@Nullable String recordType) { this.recordType = recordType == null ? "" : recordType; }
		public String getRecordId() { return recordId; }
		public void setRecordId(@Nullable String recordId) { this.recordId = recordId == null ? "" : recordId; }
		public String getReason() { return reason; }
		public void setReason(@Nullable String reason) { this.reason = reason == null ? "" : reason; }
		public String getAction() { return action; }
		public void setAction(@Nullable String action) { this.action = action == null ? "" : action; }
	}

}
