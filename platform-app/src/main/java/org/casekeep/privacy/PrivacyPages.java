package org.casekeep.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.audit.AuditLog;
import org.casekeep.kernel.audit.AuditQuery;
import org.casekeep.kernel.disclosure.DisclosedRecord;
import org.casekeep.kernel.disclosure.DisclosureAccounting;
import org.casekeep.kernel.disclosure.DisclosureRequest;
import org.casekeep.kernel.inventory.DataInventory;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.casekeep.kernel.retention.RetentionSchedule;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The privacy console's pages: data inventory, audit trail, accounting of disclosures, retention.
 * <p>
 * Access decisions live in the kernel services these pages call; a refusal there becomes the 403 page
 * ({@code PageErrors}). The role lists below only decide what a page shows (a form, a table), mirroring the kernel, so
 * that nobody is offered something the kernel would refuse.
 */
@Controller
@RequestMapping("/privacy")
class PrivacyPages {

	/** Who reads the accounting of disclosures (mirrors {@code DisclosureAccounting.REVIEW_ROLES}). */
	private static final String[] DISCLOSURE_REVIEWERS = { "privacy_officer", "chief_privacy_officer", "isso" };

	/** Who accounts for a disclosure (mirrors {@code DisclosureAccounting.ACCOUNTING_ROLES}). */
	private static final String[] DISCLOSURE_ACCOUNTANTS = { "privacy_officer", "chief_privacy_officer", "exec_sec",
			"crm_admin", "oido_manager" };

	/** Who reads the destruction log (as {@code PrivacyApi} decides). */

	/** Who places and releases legal holds (mirrors {@code RetentionRegistry}). */
	private static final String[] LEGAL_HOLD_OFFICERS = { "privacy_officer", "chief_privacy_officer", "platform_admin" };

	static final int RECENT_DISCLOSURES = 50;

	static final int DESTRUCTION_LOG_LIMIT = 200;

	private final DataInventory inventory;
	private final AuditLog auditLog;
	private final DisclosureAccounting disclosures;
	private final RetentionRegistry retention;

	PrivacyPages(DataInventory inventory, AuditLog auditLog, DisclosureAccounting disclosures,
			RetentionRegistry retention) {
		this.inventory = inventory;
		this.auditLog = auditLog;
		this.disclosures = disclosures;
		this.retention = retention;
	}

	@GetMapping
	String index() {
		return "privacy/index";
	}

	@GetMapping("/inventory")
	String inventory(Model model) {
		model.addAttribute("fields", inventory.entries());
		return "privacy/inventory";
	}

	@GetMapping("/audit")
	String audit(@RequestParam(required = false) @Nullable String recordType,
			@RequestParam(required = false) @Nullable String recordId,
			@RequestParam(required = false) @Nullable String username,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			Model model) {
		model.addAttribute("entries", auditLog.search(new AuditQuery(recordType, recordId, username, null,
				start(from), to == null ? null : start(to.plusDays(1)), 200)));
		if (!model.containsAttribute("verification")) {
			model.addAttribute("verification", null);
		}
		return "privacy/audit";
	}

	@PostMapping("/audit/verify")
	String verify(Model model) {
		model.addAttribute("verification", auditLog.verify());
		model.addAttribute("entries", auditLog.search(new AuditQuery(null, null, null, null, null, null, 200)));
		return "privacy/audit";
	}

	// Accounting of disclosures -------------------------------------------------------------------------------------

	/**
	 * The accounting of disclosures: the most recent ones, or those of one record ({@code recordType} and
	 * {@code recordId}), or those of one person ({@code subjectId}); and the form to account a new one.
	 */
	@GetMapping("/disclosures")
	String disclosures(@RequestParam(required = false) @Nullable String recordType,
			@RequestParam(required = false) @Nullable String recordId,
			@RequestParam(required = false) @Nullable String subjectId, Model model) {
		model.addAttribute("form", new DisclosureForm());
		return disclosuresPage(model, new DisclosureSearch(blankToNull(recordType), blankToNull(recordId),
				blankToNull(subjectId)));
	}

	@PostMapping("/disclosures")
	ModelAndView account(@ModelAttribute("form") DisclosureForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		form.check(binding);
		if (binding.hasErrors()) {
			return unprocessable(disclosuresPage(model, DisclosureSearch.NONE));
		}
		String recordType = form.getRecordType().strip();
		String recordId = form.getRecordId().strip();
		disclosures.account(new DisclosureRequest(form.getRecipient(), form.getPurpose(), form.getAuthority(),
				form.getApprovedBy(), List.of(new DisclosedRecord(recordType, recordId, blankToNull(form.getSubjectId())))));
		redirect.addFlashAttribute("notice", "The disclosure of " + recordType + " " + recordId
				+ " was added to the accounting of disclosures.");
		return seeOther("/privacy/disclosures");
	}

	private String disclosuresPage(Model model, DisclosureSearch search) {
		Actor actor = Actors.require();
		boolean canReview = actor.hasAnyRole(DISCLOSURE_REVIEWERS);
		boolean canAccount = actor.hasAnyRole(DISCLOSURE_ACCOUNTANTS);
		model.addAttribute("canReview", canReview);
		model.addAttribute("canAccount", canAccount);
		model.addAttribute("search", search);
		model.addAttribute("searchError", null);
		model.addAttribute("disclosures", List.of());
		model.addAttribute("listHeading", null);
		// People who only account (for example a CRM administrator) get the form alone. Everyone else goes through the
		// kernel, which lets reviewers read and refuses (and audits) anyone else.
		if (canReview || !canAccount) {
			if (search.subjectId() != null) {
				model.addAttribute("disclosures", disclosures.forSubject(search.subjectId()));
				model.addAttribute("listHeading", "Disclosures of records about person " + search.subjectId());
			}
			else if (search.recordType() != null && search.recordId() != null) {
				model.addAttribute("disclosures", disclosures.forRecord(search.recordType(), search.recordId()));
				model.addAttribute("listHeading",
						"Disclosures of record " + search.recordType() + " " + search.recordId());
			}
			else {
				if (search.recordType() != null) {
					model.addAttribute("searchError", new SearchError("search-record-id",
							"Enter the record ID as well as the record type"));
				}
				else if (search.recordId() != null) {
					model.addAttribute("searchError", new SearchError("search-record-type",
							"Enter the record type as well as the record ID"));
				}
				model.addAttribute("disclosures", disclosures.recent(RECENT_DISCLOSURES));
				model.addAttribute("listHeading", "Most recent disclosures");
			}
		}
		return "privacy/disclosures";
	}

	/** What the accounting was searched for; every part {@literal null} when not given. */
	record DisclosureSearch(@Nullable String recordType, @Nullable String recordId, @Nullable String subjectId) {

		static final DisclosureSearch NONE = new DisclosureSearch(null, null, null);

		public boolean byRecord() {
			return subjectId == null && recordType != null && recordId != null;
		}

		public boolean byPerson() {
			return subjectId != null;
		}
	}

	/** A search criterion that cannot be used alone: the id of the input it concerns and what to do. */
	record SearchError(String field, String message) {
	}

	/** The disclosure form as typed (one record per disclosure). */
	public static class DisclosureForm {

		private String recipient = "";

		private String purpose = "";

		private String authority = "";

		private String approvedBy = "";

		private String recordType = "";

		private String recordId = "";

		private @Nullable String subjectId;

		/** Puts an error next to each field that cannot be accepted, in the order of the form. */
		void check(BindingResult binding) {
			text(binding, "recipient", recipient, "Recipient", 300, "Enter who received the records");
			text(binding, "purpose", purpose, "Purpose", 1000, "Enter why the records were shared");
			text(binding, "authority", authority, "Authority", 300,
					"Enter the routine use or the law that allowed the disclosure");
			text(binding, "approvedBy", approvedBy, "Approved by", 100, "Enter who approved the disclosure");
			text(binding, "recordType", recordType, "Record type", 100, "Enter the type of the record that was shared");
			text(binding, "recordId", recordId, "Record ID", 100, "Enter the ID of the record that was shared");
			text(binding, "subjectId", subjectId, "Person ID", 100, null);
		}

		public String getRecipient() { return recipient; }
		public void setRecipient(@Nullable String recipient) { this.recipient = recipient == null ? "" : recipient; }
		public String getPurpose() { return purpose; }
		public void setPurpose(@Nullable String purpose) { this.purpose = purpose == null ? "" : purpose; }
		public String getAuthority() { return authority; }
		public void setAuthority(@Nullable String authority) { this.authority = authority == null ? "" : authority; }
		public String getApprovedBy() { return approvedBy; }
		public void setApprovedBy(@Nullable String approvedBy) { this.approvedBy = approvedBy == null ? "" : approvedBy; }
		public String getRecordType() { return recordType; }
		public void setRecordType(@Nullable String recordType) { this.recordType = recordType == null ? "" : recordType; }
		public String getRecordId() { return recordId; }
		public void setRecordId(@Nullable String recordId) { this.recordId = recordId == null ? "" : recordId; }
		public @Nullable String getSubjectId() { return subjectId; }
		public void setSubjectId(@Nullable String subjectId) { this.subjectId = subjectId; }
	}

	// Retention ------------------------------------------------------------------------------------------------------

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
		if (!Actors.require().hasAnyRole(LEGAL_HOLD_OFFICERS)) {
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
		model.addAttribute("canHold", actor.hasAnyRole(LEGAL_HOLD_OFFICERS));
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

	// Shared ---------------------------------------------------------------------------------------------------------

	/** A form page shown again with its errors: 422, so that htmx swaps it and tests and tools see the refusal. */
	private static ModelAndView unprocessable(String view) {
		ModelAndView page = new ModelAndView(view);
		page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		return page;
	}

	/** Post/redirect/get with 303 See Other; flash attributes only, never model attributes in the URL. */
	private static ModelAndView seeOther(String path) {
		RedirectView view = new RedirectView(path, true);
		view.setStatusCode(HttpStatus.SEE_OTHER);
		view.setExposeModelAttributes(false);
		return new ModelAndView(view);
	}

	/**
	 * Rejects a text field that is blank (when {@code whenMissing} is given: the field is required) or longer than
	 * {@code max} characters.
	 */
	static void text(BindingResult binding, String field, @Nullable String value, String label, int max,
			@Nullable String whenMissing) {
		if (value == null || value.isBlank()) {
			if (whenMissing != null) {
				binding.rejectValue(field, "required", whenMissing);
			}
		}
		else if (value.strip().length() > max) {
			binding.rejectValue(field, "tooLong", String.format(Locale.US, "%s must be %,d characters or fewer", label, max));
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static @Nullable Instant start(@Nullable LocalDate date) {
		return date == null ? null : date.atStartOfDay(ZoneOffset.UTC).toInstant();
	}
}
