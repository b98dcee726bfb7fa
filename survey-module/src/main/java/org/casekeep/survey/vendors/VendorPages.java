package org.casekeep.survey.vendors;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casekeep.kernel.files.UploadCheck;
import org.casekeep.kernel.files.UploadRefusedException;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.kernel.web.Downloads;
import org.casekeep.kernel.web.PageForms;
import org.casekeep.survey.studies.StudyAct;
import org.casekeep.survey.studies.StudyRegistry;
import org.casekeep.survey.studies.StudyView;
import org.casekeep.survey.vendors.VendorViews.CertificateDraft;
import org.casekeep.survey.vendors.VendorViews.ContractDraft;
import org.casekeep.survey.vendors.VendorViews.SharingDraft;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The vendor page of a study, {@code /research/studies/{id}/vendor} (Customer Research PIA 5.2, 6.2-6.5): its
 * contract and the vendor's certificate, and the contact data shared with the vendor, with the forms each person may
 * use; and the overdue contracts the privacy offices follow, {@code /research/vendor-contracts}. The services decide
 * who may do what; the page offers what the study's rules allow.
 */
@Controller
class VendorPages {

	private final StudyRegistry studies;
	private final VendorContractDesk contracts;
	private final VendorSharing sharing;
	private final UploadCheck uploads;

	VendorPages(StudyRegistry studies, VendorContractDesk contracts, VendorSharing sharing, UploadCheck uploads) {
		this.studies = studies;
		this.contracts = contracts;
		this.sharing = sharing;
		this.uploads = uploads;
	}

	/** The vendor page of a study. */
	static String path(UUID studyId) {
		return "/research/studies/" + studyId + "/vendor";
	}

	@GetMapping("/research/studies/{id}/vendor")
	String page(@PathVariable UUID id, Model model) {
		model.addAllAttributes(model(id, Map.of(), Map.of()));
		return "research/vendor";
	}

	@PostMapping("/research/studies/{id}/vendor/contract")
	ModelAndView contract(@PathVariable UUID id, @RequestParam(required = false) @Nullable String vendorName,
			@RequestParam(required = false) @Nullable String contractNumber,
			@RequestParam(required = false) @Nullable List<String> data,
			@RequestParam(required = false) @Nullable String returnBy,
			@RequestParam(required = false) @Nullable String version, RedirectAttributes redirect) {
		Map<String, @Nullable Object> form = new LinkedHashMap<>();
		form.put("vendorName", vendorName);
		form.put("contractNumber", contractNumber);
		form.put("data", data);
		form.put("returnBy", returnBy);
		return act(id, redirect, form, () -> {
			Long read = VendorsApi.version(version);
			ContractDraft draft = new ContractDraft(vendorName, contractNumber, data, returnBy, read);
			if (read == null) {
				contracts.record(id, draft);
			}
			else {
				contracts.revise(id, draft);
			}
		}, "Contract saved.");
	}

	@PostMapping("/research/studies/{id}/vendor/certificate")
	ModelAndView certificate(@PathVariable UUID id, @RequestParam(required = false) @Nullable String outcome,
			@RequestParam(required = false) @Nullable String certifiedOn,
			@RequestParam(required = false) @Nullable String certifiedBy,
			@RequestParam(required = false) @Nullable String reference,
			@RequestParam(required = false) @Nullable String version,
			@RequestParam(required = false) @Nullable MultipartFile file, RedirectAttributes redirect) {
		Map<String, @Nullable Object> form = new LinkedHashMap<>();
		form.put("outcome", outcome);
		form.put("certifiedOn", certifiedOn);
		form.put("certifiedBy", certifiedBy);
		form.put("reference", reference);
		return act(id, redirect, form, () -> {
			VendorViews.CertificateFile checked;
			try {
				checked = VendorsApi.checked(uploads, file);
			}
			catch (UploadRefusedException ex) {
				throw InvalidInputException.of("file", ex.getMessage());
			}
			catch (IOException ex) {
				throw InvalidInputException.of("file", "The file could not be read; upload it again");
			}
			contracts.certify(id, new CertificateDraft(outcome, certifiedOn, certifiedBy, reference,
					VendorsApi.version(version)), checked);
		}, "Certificate recorded: the contract is closed.");
	}

	@GetMapping("/research/studies/{id}/vendor/certificate")
	ResponseEntity<byte[]> download(@PathVariable UUID id) {
		VendorViews.CertificateFile file = contracts.certificate(id);
		return Downloads.attachment("vendor-certificate", file.mediaType(), file.content());
	}

	@PostMapping("/research/studies/{id}/vendor/disclosures")
	ModelAndView share(@PathVariable UUID id, @RequestParam(required = false) @Nullable List<String> fields,
			@RequestParam(required = false) @Nullable String purpose, RedirectAttributes redirect) {
		Map<String, @Nullable Object> form = new LinkedHashMap<>();
		form.put("fields", fields);
		form.put("purpose", purpose);
		return act(id, redirect, form, () -> sharing.share(id, new SharingDraft(null,
				fields == null || fields.isEmpty() ? List.of("") : fields, purpose)),
				"Sharing asked for: the privacy office approves it before the file can be downloaded.");
	}

	@PostMapping("/research/studies/{id}/vendor/disclosures/{disclosure}/{decision}")
	ModelAndView decide(@PathVariable UUID id, @PathVariable UUID disclosure, @PathVariable String decision,
			RedirectAttributes redirect) {
		return act(id, redirect, Map.of(), switch (decision) {
			case "approval" -> () -> sharing.approve(id, disclosure);
			case "refusal" -> () -> sharing.refuse(id, disclosure);
			default -> throw new org.casekeep.kernel.access.RecordNotFoundException("survey.vendor-decision", decision);
		}, "Decision recorded.");
	}

	@PostMapping("/research/studies/{id}/vendor/disclosures/{disclosure}/file")
	Object file(@PathVariable UUID id, @PathVariable UUID disclosure, RedirectAttributes redirect) {
		try {
			VendorSharing.VendorFile file = sharing.export(id, disclosure);
			return Downloads.attachment(file.fileName(), "text/csv", file.content());
		}
		catch (WorkflowConflictException ex) {
			redirect.addFlashAttribute("refusal", ex.getMessage());
			return PageForms.seeOther(path(id));
		}
	}

	@GetMapping("/research/vendor-contracts")
	String overdue(Model model) {
		model.addAttribute("overdue", contracts.overdue());
		return "research/vendor-overdue";
	}

	private Map<String, Object> model(UUID id, Map<String, String> errors, Map<String, @Nullable Object> form) {
		StudyView study = studies.checked(id, StudyAct.READ);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("study", study);
		model.put("run", studies.allowed(study).contains(StudyAct.RUN));
		contracts.contract(id).ifPresent(contract -> model.put("contract", contract));
		model.put("sharings", sharing.of(id));
		model.put("vendorData", VendorData.values());
		model.put("contactFields", ContactField.values());
		model.put("errors", errors);
		model.put("form", form);
		return model;
	}

	private ModelAndView act(UUID id, RedirectAttributes redirect, Map<String, @Nullable Object> form, Runnable step,
			String done) {
		try {
			step.run();
			redirect.addFlashAttribute("notice", done);
			return PageForms.seeOther(path(id));
		}
		catch (InvalidInputException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			ex.problems().forEach(p -> errors.putIfAbsent(p.field(), p.message()));
			ModelAndView page = PageForms.unprocessable("research/vendor");
			page.addAllObjects(model(id, errors, form));
			return page;
		}
		catch (WorkflowConflictException ex) {
			redirect.addFlashAttribute("refusal", ex.getMessage());
			return PageForms.seeOther(path(id));
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("refusal", "Someone changed the contract meanwhile: check it and try again.");
			return PageForms.seeOther(path(id));
		}
	}
}
