package org.casekeep.detention.documents;

import java.io.IOException;
import java.util.UUID;

import org.casekeep.detention.complaint.ComplaintCase.ComplaintId;
import org.casekeep.kernel.files.UploadRefusedException;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.web.PageForms;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A complaint's documents page for analysts and managers (list, upload, download), and the upload of the scanned
 * paper form from the intake receipt, after which intake staff go back to entering complaints.
 */
@Controller
@RequestMapping("/detention/complaints/{id}/documents")
class DocumentPages {

	private final SupportingDocuments documents;

	DocumentPages(SupportingDocuments documents) {
		this.documents = documents;
	}

	@GetMapping
	String page(@PathVariable UUID id, Model model) {
		model.addAttribute("complaintId", id);
		model.addAttribute("documents", documents.list(new ComplaintId(id)));
		model.addAttribute("kinds", SupportingDocuments.kinds());
		return "detention/complaints/documents";
	}

	@PostMapping
	ModelAndView attach(@PathVariable UUID id, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String from, RedirectAttributes redirect) throws IOException {
		String back = "intake".equals(from) ? "/detention/complaints/new" : "/detention/complaints/" + id + "/documents";
		try {
			documents.attach(new ComplaintId(id), kind, file == null ? null : file.getOriginalFilename(),
					file == null ? new byte[0] : file.getBytes());
			redirect.addFlashAttribute("notice", "Document added.");
		}
		catch (InvalidInputException | UploadRefusedException ex) {
			redirect.addFlashAttribute("documentError", ex.getMessage());
		}
		return PageForms.seeOther(back);
	}

	@GetMapping("/{documentId}")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID documentId) {
		return DocumentsApi.attachment(documents.content(new ComplaintId(id), documentId));
	}
}
