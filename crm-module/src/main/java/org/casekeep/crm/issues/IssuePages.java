package org.casekeep.crm.issues;

import java.io.IOException;
import java.util.UUID;

import org.casekeep.crm.engagements.EngagementDirectory;
import org.casekeep.crm.stakeholder.Issue;
import org.casekeep.crm.stakeholder.IssueCatalog;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.files.UploadRefusedException;
import org.casekeep.kernel.web.Downloads;
import org.casekeep.kernel.web.PageForms;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
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
 * An issue's page for every CRM user, {@code /crm/issues/{code}} (CRM PIA 1.1, item 4): its name, whether it is
 * active, its policy updates and talking points (any CRM user writes one), and the recent events that discussed it.
 */
@Controller
class IssuePages {

	static final int RECENT_EVENTS = 10;

	private final IssueAdministration issues;
	private final IssueCatalog catalog;
	private final EngagementDirectory engagements;
	private final IssueMaterial material;
	private final IssueLibrary library;

	IssuePages(IssueAdministration issues, IssueCatalog catalog, EngagementDirectory engagements,
			IssueMaterial material, IssueLibrary library) {
		this.issues = issues;
		this.catalog = catalog;
		this.engagements = engagements;
		this.material = material;
		this.library = library;
	}

	@GetMapping("/crm/issues/{code}")
	String issue(@PathVariable String code, Model model) {
		// The same reading rule as the list: every CRM user.
		issues.list();
		Issue issue = catalog.parse(code).orElseThrow(() -> new RecordNotFoundException(IssueAdministration.RECORD_TYPE,
				code));
		model.addAttribute("issue", issue);
		model.addAttribute("events", engagements.discussing(issue.code(), RECENT_EVENTS));
		model.addAttribute("notes", material.notes(issue.code()));
		model.addAttribute("documents", library.documents(issue.code()));
		return "crm/issues/detail";
	}

	/** Writes a policy update or talking point; a refusal is shown on the issue's page. */
	@PostMapping("/crm/issues/{code}/notes")
	ModelAndView write(@PathVariable String code, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String body, RedirectAttributes redirect) {
		try {
			IssueMaterial.Note note = material.write(code, kind, title, body);
			redirect.addFlashAttribute("notice", "Saved.");
			return PageForms.seeOther("/crm/issues/" + note.issue());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("notice", ex.problems().stream().map(p -> p.message())
				.collect(java.util.stream.Collectors.joining(" ")));
			return PageForms.seeOther("/crm/issues/" + code);
		}
	}

	/** Uploads a document; a refused file is named in a message on the issue's page and nothing is stored. */
	@PostMapping("/crm/issues/{code}/documents")
	ModelAndView upload(@PathVariable String code, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try {
			IssueLibrary.Document document = library.upload(code, file == null ? null : file.getOriginalFilename(),
					file == null ? null : file.getBytes());
			redirect.addFlashAttribute("notice", "Uploaded " + document.fileName() + ".");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("notice", ex.problems().stream().map(p -> p.message())
				.collect(java.util.stream.Collectors.joining(" ")));
		}
		catch (UploadRefusedException ex) {
			redirect.addFlashAttribute("notice", ex.getMessage());
		}
		return PageForms.seeOther("/crm/issues/" + code);
	}

	@GetMapping("/crm/issues/{code}/documents/{id}")
	ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable UUID id) {
		IssueLibrary.File file = library.download(code, id);
		return Downloads.attachment(file.fileName(), file.mediaType(), file.content());
	}
}
