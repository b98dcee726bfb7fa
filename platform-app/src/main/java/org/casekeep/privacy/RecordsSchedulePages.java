package org.casekeep.privacy;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.casekeep.kernel.retention.RetentionSchedule;
import org.casekeep.kernel.retention.approval.ApprovedSchedule;
import org.casekeep.kernel.retention.approval.ScheduleApprovals;
import org.casekeep.kernel.retention.archive.ArchiveFailures;
import org.casekeep.kernel.validation.FieldProblem;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.kernel.web.Option;
import org.casekeep.kernel.web.PageForms;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The records officer's pages (Detention Ombudsman PIA 1.4, 5.1, 5.2): every schedule with how the system applies it,
 * the records kept because their archive failed, and for a schedule kept unscheduled the form to enter the schedule
 * NARA approved. Access is decided by the kernel's services; the pages only hide what a user cannot use.
 */
@Controller
@RequestMapping(RecordsSchedulePages.PATH)
class RecordsSchedulePages {

	static final String PATH = "/records/schedules";

	static final int FAILURES_LIMIT = 200;

	private final RetentionRegistry retention;
	private final ScheduleApprovals approvals;
	private final ArchiveFailures failures;
	private final MessageSource messages;

	RecordsSchedulePages(RetentionRegistry retention, ScheduleApprovals approvals, ArchiveFailures failures,
			MessageSource messages) {
		this.retention = retention;
		this.approvals = approvals;
		this.failures = failures;
		this.messages = messages;
	}

	/** Records officers, and those who review retention (the destruction log's readers). */
	static boolean mayRead(Actor actor) {
		return ScheduleApprovals.mayEnter(actor) || RetentionRegistry.mayReadDestructionLog(actor);
	}

	@GetMapping
	String schedules(Model model) {
		Actor actor = requireReader();
		model.addAttribute("schedules", retention.schedules().values().stream().map(Row::of).toList());
		model.addAttribute("canEnter", ScheduleApprovals.mayEnter(actor));
		model.addAttribute("failures", failures.list(FAILURES_LIMIT));
		model.addAttribute("failuresLimit", FAILURES_LIMIT);
		return "records/schedules";
	}

	@GetMapping("/{code}")
	String schedule(@PathVariable String code, Model model) {
		requireReader();
		RetentionSchedule schedule = approvals.current(code);
		return schedulePage(model, schedule, ScheduleForm.of(schedule));
	}

	/** Enters the approved schedule: 303 back to the schedule, 422 with the errors, 409 if changed meanwhile. */
	@PostMapping("/{code}")
	ModelAndView enter(@PathVariable String code, @ModelAttribute("form") ScheduleForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (!ScheduleApprovals.mayEnter(Actors.require())) {
			// The kernel refuses (and audits) too; refusing first keeps validation messages from others.
			throw new AccessDeniedException("Approved records schedules are entered by records officers");
		}
		RetentionSchedule schedule = approvals.current(code);
		ScheduleApprovals.Entered entered;
		try {
			entered = approvals.enter(code, form.toApproved(), form.getVersion());
		}
		catch (ScheduleForm.Unreadable ex) {
			binding.rejectValue(ex.field, "invalid", message(ex.messageKey));
			return PageForms.unprocessable(schedulePage(model, schedule, form));
		}
		catch (InvalidInputException ex) {
			PageForms.reject(onTheForm(ex), binding);
			return PageForms.unprocessable(schedulePage(model, schedule, form));
		}
		catch (WorkflowConflictException ex) {
			binding.reject("conflict", ex.getMessage());
			return PageForms.conflict(schedulePage(model, schedule, form));
		}
		catch (OptimisticLockingFailureException ex) {
			binding.reject("conflict", message("records.schedule.conflict"));
			return PageForms.conflict(schedulePage(model, schedule, form));
		}
		redirect.addFlashAttribute("notice", messages.getMessage("records.schedule.entered",
				new Object[] { entered.schedule().authority(), entered.recounted() }, Locale.ENGLISH));
		return PageForms.seeOther(PATH + "/" + code);
	}

	private String schedulePage(Model model, RetentionSchedule schedule, ScheduleForm form) {
		Actor actor = Actors.require();
		model.addAttribute("schedule", Row.of(schedule));
		model.addAttribute("history", approvals.history(schedule.code()));
		model.addAttribute("canEnter", ScheduleApprovals.mayEnter(actor) && schedule.unscheduled());
		model.addAttribute("form", form);
		model.addAttribute("kindOptions", List.of(
				new Option(RetentionSchedule.Kind.AFTER_ANCHOR.name(), message("records.kind.AFTER_ANCHOR")),
				new Option(RetentionSchedule.Kind.FISCAL_YEAR_CUTOFF.name(), message("records.kind.FISCAL_YEAR_CUTOFF"))));
		model.addAttribute("anchorOptions", Arrays.stream(RetentionSchedule.Anchor.values())
			.map(anchor -> new Option(anchor.name(), message("records.anchor." + anchor.name()))).toList());
		return "records/schedule";
	}

	/** The kernel names the period; the form asks for it in years and months. */
	private static InvalidInputException onTheForm(InvalidInputException ex) {
		return new InvalidInputException(ex.problems().stream()
			.map(p -> p.field().equals("period") ? new FieldProblem("periodYears", p.message()) : p).toList());
	}

	private Actor requireReader() {
		Actor actor = Actors.require();
		if (!mayRead(actor)) {
			throw new AccessDeniedException("Records schedules are for records officers and privacy officers");
		}
		return actor;
	}

	private String message(String key) {
		return messages.getMessage(key, null, Locale.ENGLISH);
	}

	/** A schedule as the pages show it, its rule in plain words. */
	record Row(String code, String title, String authority, String disposition, String rule, boolean unscheduled,
			@Nullable LocalDate approvedOn, boolean archiveBeforeRemoval, long version) {

		static Row of(RetentionSchedule s) {
			return new Row(s.code(), s.title(), s.authority(), s.disposition(), RetentionPages.ruleInWords(s),
					s.unscheduled(), s.approvedOn(), s.archiveBeforeRemoval(), s.version());
		}
	}

	/** The approved schedule as typed; the kernel checks it and names each field it refuses. */
	public static class ScheduleForm {

		private String authority = "";
		private String kind = "";
		private String anchor = "";
		private String periodYears = "";
		private String periodMonths = "";
		private String approvedOn = "";
		private String archiveBeforeRemoval = "";
		private String disposition = "";
		private long version;

		static ScheduleForm of(RetentionSchedule schedule) {
			ScheduleForm form = new ScheduleForm();
			form.version = schedule.version();
			return form;
		}

		/** A part that cannot be read as what it is, named by its field. */
		static final class Unreadable extends RuntimeException {

			final String field;
			final String messageKey;

			Unreadable(String field, String messageKey) {
				super(field);
				this.field = field;
				this.messageKey = messageKey;
			}
		}

		ApprovedSchedule toApproved() {
			RetentionSchedule.Kind chosenKind = kind.isBlank() ? null : parse(RetentionSchedule.Kind.class, kind, "kind");
			RetentionSchedule.Anchor chosenAnchor = anchor.isBlank() ? null
					: parse(RetentionSchedule.Anchor.class, anchor, "anchor");
			Period period = null;
			if (!periodYears.isBlank() || !periodMonths.isBlank()) {
				try {
					period = Period.of(periodYears.isBlank() ? 0 : Integer.parseInt(periodYears.strip()),
							periodMonths.isBlank() ? 0 : Integer.parseInt(periodMonths.strip()), 0);
				}
				catch (NumberFormatException ex) {
					throw new Unreadable("periodYears", "records.period.unreadable");
				}
			}
			LocalDate approved = null;
			if (!approvedOn.isBlank()) {
				try {
					approved = LocalDate.parse(approvedOn.strip());
				}
				catch (java.time.format.DateTimeParseException ex) {
					throw new Unreadable("approvedOn", "records.approvedOn.unreadable");
				}
			}
			Boolean archive = switch (archiveBeforeRemoval) {
				case "true" -> Boolean.TRUE;
				case "false" -> Boolean.FALSE;
				default -> null;
			};
			return new ApprovedSchedule(authority, chosenKind, chosenAnchor, period, approved, archive, disposition);
		}

		private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
			try {
				return Enum.valueOf(type, value);
			}
			catch (IllegalArgumentException ex) {
				throw new Unreadable(field, "records." + field + ".unreadable");
			}
		}

		public String getAuthority() { return authority; }
		public void setAuthority(@Nullable String authority) { this.authority = authority == null ? "" : authority; }
		public String getKind() { return kind; }
		public void setKind(@Nullable String kind) { this.kind = kind == null ? "" : kind; }
		public String getAnchor() { return anchor; }
		public void setAnchor(@Nullable String anchor) { this.anchor = anchor == null ? "" : anchor; }
		public String getPeriodYears() { return periodYears; }
		public void setPeriodYears(@Nullable String years) { this.periodYears = years == null ? "" : years; }
		public String getPeriodMonths() { return periodMonths; }
		public void setPeriodMonths(@Nullable String months) { this.periodMonths = months == null ? "" : months; }
		public String getApprovedOn() { return approvedOn; }
		public void setApprovedOn(@Nullable String approvedOn) { this.approvedOn = approvedOn == null ? "" : approvedOn; }
		public String getArchiveBeforeRemoval() { return archiveBeforeRemoval; }
		public void setArchiveBeforeRemoval(@Nullable String archive) { this.archiveBeforeRemoval = archive == null ? "" : archive; }
		public String getDisposition() { return disposition; }
		public void setDisposition(@Nullable String disposition) { this.disposition = disposition == null ? "" : disposition; }
		public long getVersion() { return version; }
		public void setVersion(long version) { this.version = version; }
	}
}
