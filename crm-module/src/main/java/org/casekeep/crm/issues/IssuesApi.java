package org.casekeep.crm.issues;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.casekeep.crm.stakeholder.Issue;
import org.casekeep.kernel.web.Downloads;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/crm/issues}: the issues for every CRM user; adding, renaming, retiring and reactivating them for CRM
 * and platform administrators (CRM PIA 1.1, item 4; a retirement makes stakeholders due for deletion, PIA 3.2).
 */
@RestController
@RequestMapping("/api/crm/issues")
class IssuesApi {

	/** What an administrator submits: the issue's name as users read it. */
	record IssueDraft(@Nullable String label) {
	}

	/** What a retirement did: the issue, and how many stakeholders became due for deletion. */
	record Retired(Issue issue, int stakeholdersDue) {
	}

	/** A policy update or talking point as submitted. */
	record NoteDraft(@Nullable String kind, @Nullable String title, @Nullable String body) {
	}

	private final IssueAdministration issues;
	private final IssueMaterial material;
	private final IssueLibrary library;

	IssuesApi(IssueAdministration issues, IssueMaterial material, IssueLibrary library) {
		this.issues = issues;
		this.material = material;
		this.library = library;
	}

	@GetMapping("/{code}/documents")
	List<IssueLibrary.Document> documents(@PathVariable String code) {
		return library.documents(code);
	}

	/** Uploads a PDF or Word document (multipart field {@code file}); 413/415/422 naming it when refused. */
	@PostMapping(path = "/{code}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<IssueLibrary.Document> upload(@PathVariable String code,
			@RequestPart(name = "file", required = false) @Nullable MultipartFile file) throws IOException {
		IssueLibrary.Document document = library.upload(code, file == null ? null : file.getOriginalFilename(),
				file == null ? null : file.getBytes());
		return ResponseEntity.created(URI.create("/api/crm/issues/" + document.issue() + "/documents/" + document.id()))
			.body(document);
	}

	@GetMapping("/{code}/documents/{id}")
	ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable UUID id) {
		IssueLibrary.File file = library.download(code, id);
		return Downloads.attachment(file.fileName(), file.mediaType(), file.content());
	}

	@GetMapping("/{code}/notes")
	List<IssueMaterial.Note> notes(@PathVariable String code) {
		return material.notes(code);
	}

	@PostMapping("/{code}/notes")
	ResponseEntity<IssueMaterial.Note> write(@PathVariable String code, @RequestBody NoteDraft draft) {
		IssueMaterial.Note note = material.write(code, draft.kind(), draft.title(), draft.body());
		return ResponseEntity.created(URI.create("/api/crm/issues/" + note.issue() + "/notes")).body(note);
	}

	@GetMapping
	List<Issue> list() {
		return issues.list();
	}

	@PostMapping
	ResponseEntity<Issue> add(@RequestBody IssueDraft draft) {
		Issue added = issues.add(draft.label());
		return ResponseEntity.created(URI.create("/api/crm/issues/" + added.code())).body(added);
	}

	@PutMapping("/{code}")
	Issue rename(@PathVariable String code, @RequestBody IssueDraft draft) {
		return issues.rename(code, draft.label());
	}

	@PostMapping("/{code}/retire")
	Retired retire(@PathVariable String code) {
		int due = issues.retire(code);
		return new Retired(issues.list().stream().filter(i -> i.code().equalsIgnoreCase(code)).findFirst().orElseThrow(),
				due);
	}

	@PostMapping("/{code}/reactivate")
	Issue reactivate(@PathVariable String code) {
		return issues.reactivate(code);
	}
}
