package org.casekeep.detention.inspections;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casekeep.detention.complaint.OidoRoles;
import org.casekeep.detention.inspections.InspectionFile.FileId;
import org.casekeep.detention.inspections.InspectionViews.Detail;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.files.UploadRefusedException;
import org.casekeep.kernel.validation.FieldProblem;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.kernel.web.NavigationEntry;
import org.casekeep.kernel.web.PageForms;
import org.casekeep.kernel.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
 * The inspection pages: the list of files one may know of (paged), the form that opens a file, and a file's page with
 * its deconfliction panel (the four offices, OIDO's own overlapping files, the manager's override) and its steps. A
 * refused step comes back to the page with the reason; nothing is half-written.
 */
@Controller
@RequestMapping("/detention/inspections")
class InspectionPages {

	private final InspectionRecords records;
	private final InspectionWork work;
	private final InspectionEvidence evidence;
	private final ReferenceData reference;

	InspectionPages(InspectionRecords records, InspectionWork work, InspectionEvidence evidence,
			ReferenceData reference) {
		this.records = records;
		this.work = work;
		this.evidence = evidence;
		this.reference = reference;
	}

	@Bean
	static NavigationEntry inspectionsArea() {
		return new NavigationEntry(41, "Inspections", "Investigations and inspections", "/detention/inspections",
				"/detention/inspections", "Open, deconflict and report on investigations and facility inspections.",
				true, (Actor actor) -> actor.hasAnyRole(OidoRoles.JUNIOR_AUDITOR, OidoRoles.INVESTIGATOR,
						OidoRoles.MANAGER));
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable Integer page, Model model) {
		model.addAttribute("results", records.list(Paging.of(page, null)));
		model.addAttribute("mayOpen", mayOpen());
		return "detention/inspections/list";
	}

	@GetMapping("/new")
	String newFile(Model model) {
		return form(model, Map.of(), List.of());
	}

	@PostMapping
	ModelAndView open(@RequestParam Map<String, String> form, Model model) {
		try {
			Detail opened = work.open(form.get("triggerKind"), form.get("triggerCaseNumber"),
					form.get("triggerDescription"), form.get("publicSource"), form.get("facility"),
					form.get("inspectionType"), form.get("plannedFrom"), form.get("plannedTo"));
			return PageForms.seeOther("/detention/inspections/" + opened.id());
		}
		catch (InvalidInputException ex) {
			return PageForms.unprocessable(form(model, form, ex.problems()));
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		Detail file = records.get(new FileId(id));
		model.addAttribute("file", file);
		model.addAttribute("manager", OidoRoles.isManager(Actors.require()));
		model.addAttribute("answers", Inputs.options(InspectionFile.Answer.values(), InspectionFile.Answer::label));
		model.addAttribute("standards", reference.standardOptions());
		return "detention/inspections/detail";
	}

	/** One step of the file's page; back to the page, with a message if refused. */
	@PostMapping("/{id}/steps/{step}")
	ModelAndView step(@PathVariable UUID id, @PathVariable String step, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		FileId file = new FileId(id);
		return refusedOrSaved(id, redirect, () -> {
			Long version = version(form.get("version"));
			switch (step) {
				case "team" -> work.assign(file, version, form.get("username"));
				case "asked" -> work.ask(file, version, form.get("office"));
				case "answer" -> work.answer(file, version, form.get("office"), form.get("answer"), form.get("notes"));
				case "override" -> work.override(file, version, form.get("reason"));
				case "schedule" -> work.schedule(file, version);
				case "visit" -> work.visit(file, version, form.get("inspectionDate"), form.get("notes"));
				case "notes" -> work.writeNotes(file, version, form.get("notes"));
				case "findings" -> work.addFinding(file, version, form.get("standard"), form.get("text"));
				case "interviewees" -> evidence.addInterviewee(file, version, new InspectionEvidence.IntervieweeDraft(
						form.get("fullName"), form.get("mailingAddress"), form.get("email"), form.get("phone"),
						form.get("position"), form.get("dutyStation"), consent(form.get("consentGiven"))));
				case "report" -> work.writeReport(file, version, form.get("reportText"), form.get("componentFeedback"));
				case "share" -> work.shareReport(file, version);
				case "finalize" -> work.finalizeReport(file, version);
				default -> throw new org.casekeep.kernel.access.RecordNotFoundException("inspection step", step);
			}
		});
	}

	@PostMapping("/{id}/attachments")
	ModelAndView attach(@PathVariable UUID id, @RequestParam(required = false) @Nullable String version,
			@RequestParam(required = false) @Nullable MultipartFile file, RedirectAttributes redirect) {
		return refusedOrSaved(id, redirect, () -> {
			try {
				evidence.attach(new FileId(id), version(version), file == null ? null : file.getOriginalFilename(),
						file == null ? new byte[0] : file.getBytes());
			}
			catch (IOException ex) {
				throw InvalidInputException.of("file", "The file could not be received; try again");
			}
		});
	}

	@GetMapping("/{id}/attachments/{attachment}")
	ResponseEntity<byte[]> workingCopy(@PathVariable UUID id, @PathVariable UUID attachment) {
		InspectionViews.WorkingCopy copy = evidence.workingCopy(new FileId(id), attachment);
		return InspectionsApi.download(copy.fileName(), copy.mediaType(), copy.workingCopy());
	}

	@GetMapping("/{id}/attachments/{attachment}/original")
	ResponseEntity<byte[]> original(@PathVariable UUID id, @PathVariable UUID attachment) {
		InspectionViews.Original original = evidence.original(new FileId(id), attachment);
		return InspectionsApi.download(original.fileName(), original.mediaType(), original.original());
	}

	private static ModelAndView refusedOrSaved(UUID id, RedirectAttributes redirect, Runnable work) {
		try {
			work.run();
			redirect.addFlashAttribute("notice", "Saved.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("stepError", String.join(" ", ex.problems().stream()
				.map(FieldProblem::message).toList()));
		}
		catch (WorkflowConflictException | UploadRefusedException ex) {
			redirect.addFlashAttribute("stepError", ex.getMessage());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("stepError", "Somebody else changed this file since you opened it. Read it "
					+ "again, then apply your change.");
		}
		return PageForms.seeOther("/detention/inspections/" + id);
	}

	private String form(Model model, Map<String, String> values, List<FieldProblem> problems) {
		model.addAttribute("values", new LinkedHashMap<>(values));
		model.addAttribute("problems", problems);
		model.addAttribute("triggers", Inputs.options(InspectionFile.TriggerKind.values(), InspectionFile.TriggerKind::label));
		model.addAttribute("types", Inputs.options(InspectionFile.InspectionType.values(),
				InspectionFile.InspectionType::label));
		model.addAttribute("facilities", reference.facilityOptions());
		return "detention/inspections/form";
	}

	private static boolean mayOpen() {
		Actor actor = Actors.require();
		return actor.belongsTo(OidoRoles.COMPONENT) && actor.hasAnyRole(OidoRoles.JUNIOR_AUDITOR, OidoRoles.MANAGER);
	}

	private static @Nullable Long version(@Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(raw.strip());
		}
		catch (NumberFormatException ex) {
			throw InvalidInputException.of("version", "The version must be a number");
		}
	}

	private static @Nullable Boolean consent(@Nullable String raw) {
		return raw == null || raw.isBlank() ? null : Boolean.valueOf("yes".equalsIgnoreCase(raw) || "true".equalsIgnoreCase(raw));
	}
}
