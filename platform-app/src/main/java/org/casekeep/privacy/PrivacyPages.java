package org.casekeep.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import org.casekeep.kernel.audit.AuditLog;
import org.casekeep.kernel.audit.AuditQuery;
import org.casekeep.kernel.inventory.DataInventory;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The privacy console's pages: its index, the data inventory and the audit trail with its verification. The
 * accounting of disclosures ({@link DisclosurePages}) and retention ({@link RetentionPages}) have their own.
 * <p>
 * Access decisions live in the kernel services these pages call; a refusal there becomes the 403 page. What a page
 * offers (a form, a table) is decided by the kernel's own predicates, so that nobody is offered what the kernel would
 * refuse.
 */
@Controller
@RequestMapping("/privacy")
class PrivacyPages {

	private final DataInventory inventory;
	private final AuditLog auditLog;

	PrivacyPages(DataInventory inventory, AuditLog auditLog) {
		this.inventory = inventory;
		this.auditLog = auditLog;
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
		model.addAttribute("checkpoints", auditLog.lastCheckpoints());
		return "privacy/audit";
	}

	@PostMapping("/audit/verify")
	String verify(Model model) {
		model.addAttribute("verification", auditLog.verify());
		model.addAttribute("entries", auditLog.search(new AuditQuery(null, null, null, null, null, null, 200)));
		model.addAttribute("checkpoints", auditLog.lastCheckpoints());
		return "privacy/audit";
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

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static @Nullable Instant start(@Nullable LocalDate date) {
		return date == null ? null : date.atStartOfDay(ZoneOffset.UTC).toInstant();
	}
}
