package org.casekeep.privacy;

import java.time.Instant;
import java.util.List;

import org.casekeep.kernel.audit.AuditCheckpoint;
import org.casekeep.kernel.audit.AuditCheckpoints;
import org.casekeep.kernel.audit.AuditEntryView;
import org.casekeep.kernel.audit.AuditLog;
import org.casekeep.kernel.audit.AuditQuery;
import org.casekeep.kernel.audit.ChainVerification;
import org.casekeep.kernel.inventory.DataInventory;
import org.casekeep.kernel.inventory.InventoryEntry;
import org.casekeep.kernel.retention.DestructionCertificate;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.casekeep.kernel.retention.RetentionSchedule;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The privacy office's API. Access decisions live in the kernel services it calls. */
@RestController
@RequestMapping("/api/privacy")
class PrivacyApi {

	private final DataInventory inventory;
	private final AuditLog auditLog;
	private final RetentionRegistry retention;
	private final AuditCheckpoints checkpoints;

	PrivacyApi(DataInventory inventory, AuditLog auditLog, RetentionRegistry retention,
			AuditCheckpoints checkpoints) {
		this.inventory = inventory;
		this.auditLog = auditLog;
		this.retention = retention;
		this.checkpoints = checkpoints;
	}

	/** Every personal-data field of every module: a living appendix of the PIAs. Any signed-in user may read it. */
	@GetMapping("/data-inventory")
	List<InventoryEntry> dataInventory() {
		return inventory.entries();
	}

	@GetMapping("/audit")
	List<AuditEntryView> audit(@RequestParam(required = false) @Nullable String recordType,
			@RequestParam(required = false) @Nullable String recordId,
			@RequestParam(required = false) @Nullable String username,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant to,
			@RequestParam(defaultValue = "200") int limit) {
		return auditLog.search(new AuditQuery(recordType, recordId, username, action, from, to, limit));
	}

	@GetMapping("/audit/verification")
	ChainVerification verification() {
		return auditLog.verify();
	}

	/** The last signed checkpoint of each audit chain. */
	@GetMapping("/audit/checkpoints")
	List<AuditCheckpoint> checkpoints() {
		return auditLog.lastCheckpoints();
	}

	/**
	 * The public key that verifies the audit trail's checkpoints (Ed25519, SPKI in PEM): published, so that anyone
	 * holding a copy of the checkpoints can check them. Any signed-in user may read it.
	 */
	@GetMapping(value = "/audit/checkpoints/key", produces = { "application/x-pem-file", MediaType.TEXT_PLAIN_VALUE })
	String checkpointKey() {
		return checkpoints.publicKeyPem();
	}

	@GetMapping("/retention/schedules")
	List<RetentionSchedule> schedules() {
		return List.copyOf(retention.schedules().values());
	}

	@GetMapping("/retention/destructions")
	List<DestructionCertificate> destructions(@RequestParam(required = false) @Nullable String recordType) {
		return retention.destructionLog(recordType, 500);
	}
}
