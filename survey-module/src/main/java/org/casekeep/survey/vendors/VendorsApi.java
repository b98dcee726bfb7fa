package org.casekeep.survey.vendors;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.files.UploadCheck;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.web.Downloads;
import org.casekeep.survey.vendors.VendorViews.CertificateDraft;
import org.casekeep.survey.vendors.VendorViews.CertificateFile;
import org.casekeep.survey.vendors.VendorViews.ContractDraft;
import org.casekeep.survey.vendors.VendorViews.ContractView;
import org.casekeep.survey.vendors.VendorViews.OverdueContract;
import org.casekeep.survey.vendors.VendorViews.SharingDraft;
import org.casekeep.survey.vendors.VendorViews.SharingView;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The vendor API of a study, answered with problem documents naming the field (Customer Research PIA 5.2, 6.2-6.5):
 * {@code /api/research/studies/{id}/vendor/contract} ({@code GET}, {@code POST} to record, {@code PUT} to revise with
 * the {@code version} read), {@code .../contract/certificate} ({@code POST} as JSON with a reference number, or
 * multipart with the certificate {@code file}; {@code GET} downloads the file), {@code .../vendor/disclosures}
 * ({@code GET}, {@code POST} to ask for a sharing of contact data; on one, {@code /approval}, {@code /refusal} and
 * {@code /file}, which hands the CSV over once); and {@code /api/research/vendor-contracts/overdue}.
 */
@RestController
class VendorsApi {

	private final VendorContractDesk contracts;
	private final VendorSharing sharing;
	private final UploadCheck uploads;

	VendorsApi(VendorContractDesk contracts, VendorSharing sharing, UploadCheck uploads) {
		this.contracts = contracts;
		this.sharing = sharing;
		this.uploads = uploads;
	}

	@GetMapping("/api/research/studies/{id}/vendor/contract")
	ContractView contract(@PathVariable UUID id) {
		return contracts.contract(id).orElseThrow(() -> new RecordNotFoundException(VendorContract.RECORD_TYPE, id));
	}

	@PostMapping("/api/research/studies/{id}/vendor/contract")
	ResponseEntity<ContractView> record(@PathVariable UUID id, @RequestBody ContractDraft draft) {
		return ResponseEntity.created(URI.create("/api/research/studies/" + id + "/vendor/contract"))
			.body(contracts.record(id, draft));
	}

	@PutMapping("/api/research/studies/{id}/vendor/contract")
	ContractView revise(@PathVariable UUID id, @RequestBody ContractDraft draft) {
		return contracts.revise(id, draft);
	}

	@PostMapping(path = "/api/research/studies/{id}/vendor/contract/certificate", consumes = "application/json")
	ContractView certify(@PathVariable UUID id, @RequestBody CertificateDraft draft) {
		return contracts.certify(id, draft, null);
	}

	/** The certificate uploaded: checked by the kernel's upload check (size, type from the bytes) before anything. */
	@PostMapping(path = "/api/research/studies/{id}/vendor/contract/certificate", consumes = "multipart/form-data")
	ContractView certifyWithFile(@PathVariable UUID id, @RequestParam(required = false) @Nullable String outcome,
			@RequestParam(required = false) @Nullable String certifiedOn,
			@RequestParam(required = false) @Nullable String certifiedBy,
			@RequestParam(required = false) @Nullable String reference,
			@RequestParam(required = false) @Nullable String version,
			@RequestParam(required = false) @Nullable MultipartFile file) throws IOException {
		CertificateDraft draft = new CertificateDraft(outcome, certifiedOn, certifiedBy, reference, version(version));
		return contracts.certify(id, draft, checked(uploads, file));
	}

	@GetMapping("/api/research/studies/{id}/vendor/contract/certificate")
	ResponseEntity<byte[]> certificate(@PathVariable UUID id) {
		CertificateFile file = contracts.certificate(id);
		return Downloads.attachment("vendor-certificate", file.mediaType(), file.content());
	}

	@GetMapping("/api/research/studies/{id}/vendor/disclosures")
	List<SharingView> sharings(@PathVariable UUID id) {
		return sharing.of(id);
	}

	@PostMapping("/api/research/studies/{id}/vendor/disclosures")
	ResponseEntity<SharingView> share(@PathVariable UUID id, @RequestBody SharingDraft draft) {
		SharingView view = sharing.share(id, draft);
		return ResponseEntity.created(URI.create("/api/research/studies/" + id + "/vendor/disclosures/"
				+ view.disclosureId())).body(view);
	}

	@PostMapping("/api/research/studies/{id}/vendor/disclosures/{disclosure}/approval")
	SharingView approve(@PathVariable UUID id, @PathVariable UUID disclosure) {
		return sharing.approve(id, disclosure);
	}

	@PostMapping("/api/research/studies/{id}/vendor/disclosures/{disclosure}/refusal")
	SharingView refuse(@PathVariable UUID id, @PathVariable UUID disclosure) {
		return sharing.refuse(id, disclosure);
	}

	/** Hands the file over, once; a POST, since it records the hand-over. */
	@PostMapping("/api/research/studies/{id}/vendor/disclosures/{disclosure}/file")
	ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID disclosure) {
		VendorSharing.VendorFile file = sharing.export(id, disclosure);
		return Downloads.attachment(file.fileName(), "text/csv", file.content());
	}

	@GetMapping("/api/research/vendor-contracts/overdue")
	List<OverdueContract> overdue() {
		return contracts.overdue();
	}

	/** A certificate file, if one came, checked before any transaction opens; refused with 413 or 415. */
	static @Nullable CertificateFile checked(UploadCheck uploads, @Nullable MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			return null;
		}
		String original = file.getOriginalFilename();
		String name = original == null || original.isBlank() ? "certificate" : original.strip();
		UploadCheck.Checked checked = uploads.check(name, file.getBytes(), UploadCheck.LETTERS);
		return new CertificateFile(checked.mediaType(), checked.content());
	}

	/** The version read, as a form or a multipart request gives it. */
	static @Nullable Long version(@Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(raw.strip());
		}
		catch (NumberFormatException ex) {
			throw InvalidInputException.of("version", "The version must be a whole number");
		}
	}
}
