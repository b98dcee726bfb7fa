package org.casekeep.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.casekeep.kernel.audit.AuditLog;
import org.casekeep.kernel.audit.AuditQuery;
import org.casekeep.kernel.pii.DataInventory;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The privacy console's pages. */
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
		return "privacy/audit";
	}

	@PostMapping("/audit/verify")
	String verify(Model model) {
		model.addAttribute("verification", auditLog.verify());
		model.addAttribute("entries", auditLog.search(new AuditQuery(null, null, null, null, null, null, 200)));
		return "privacy/audit";
	}

	private static @Nullable Instant start(@Nullable LocalDate date) {
		return date == null ? null : date.atStartOfDay(ZoneOffset.UTC).toInstant();
	}
}
