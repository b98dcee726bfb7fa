package org.casekeep.survey.gates;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.kernel.web.PageForms;
import org.casekeep.survey.instruments.InstrumentDesk;
import org.casekeep.survey.instruments.InstrumentDrafts.InstrumentDraft;
import org.casekeep.survey.studies.ClearanceDraft;
import org.casekeep.survey.studies.Gate;
import org.casekeep.survey.studies.OpenGate;
import org.casekeep.survey.studies.Population;
import org.casekeep.survey.studies.ResearchMethod;
import org.casekeep.survey.studies.StudyAct;
import org.casekeep.survey.studies.StudyDraft;
import org.casekeep.survey.studies.StudyNotices;
import org.casekeep.survey.studies.StudyRegistry;
import org.casekeep.survey.studies.StudyView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The study pages: the list of studies the user may see with a form for a new one ({@code /research/studies}), and a
 * study's page with its gates as a checklist and the next step each person can take ({@code /research/studies/{id}};
 * PIA overview "Oversight of Information Collections", 1.5, 2.5, 4.1). The services decide who may do what; the
 * pages only offer what they allow.
 */
@Controller
class StudyPages {

	/** One line of the checklist: the gate, whether it is closed, and what is missing when it is not. */
	record ChecklistItem(Gate gate, boolean closed, @Nullable String reason) {
	}

	private final StudyRegistry studies;
	private final StudyGates gates;
	private final InstrumentDesk instruments;
	private final CollectionDesk collection;
	private final List<StudyNotices> notices;

	StudyPages(StudyRegistry studies, StudyGates gates, InstrumentDesk instruments, CollectionDesk collection,
			List<StudyNotices> notices) {
		this.studies = studies;
		this.gates = gates;
		this.instruments = instruments;
		this.collection = collection;
		this.notices = notices;
	}

	@GetMapping("/research/studies")
	String list(Model model) {
		listModel(model.asMap());
		return "research/studies";
	}

	/** The studies with how many gates each still has open, and the choices of the new-study form. */
	private void listModel(java.util.Map<String, Object> model) {
		List<StudyView> all = studies.list();
		model.put("studies", all);
		model.put("openCounts", all.stream()
			.collect(Collectors.toMap(StudyView::id, study -> gates.openGates(study).size())));
		model.put("methods", ResearchMethod.values());
		model.put("populations", Population.values());
	}

	@PostMapping("/research/studies")
	ModelAndView create(@RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String method,
			@RequestParam(required = false) @Nullable String purpose,
			@RequestParam(required = false) @Nullable String population,
			@RequestParam(required = false) @Nullable Boolean federalEmployeesOnly,
			@RequestParam(required = false) @Nullable String plannedParticipants,
			@RequestParam(required = false) @Nullable String startsOn,
			@RequestParam(required = false) @Nullable String endsOn,
			@RequestParam(required = false) @Nullable String vendorTool, RedirectAttributes redirect) {
		StudyDraft draft = new StudyDraft(title, method, purpose, population, federalEmployeesOnly, plannedParticipants,
				startsOn, endsOn, vendorTool);
		try {
			StudyView study = studies.create(draft);
			redirect.addFlashAttribute("notice", "Study created. Submit its Privacy Threshold Analysis next.");
			return PageForms.seeOther("/research/studies/" + study.id());
		}
		catch (InvalidInputException ex) {
			ModelAndView page = PageForms.unprocessable("research/studies");
			listModel(page.getModel());
			page.addObject("draft", draft);
			page.addObject("errors", ex.problems());
			return page;
		}
	}

	@GetMapping("/research/studies/{id}")
	String study(@PathVariable UUID id, Model model) {
		StudyView study = studies.checked(id, StudyAct.READ);
		List<OpenGate> open = gates.openGates(study);
		model.addAttribute("study", study);
		model.addAttribute("checklist", checklist(study, open));
		model.addAttribute("openGates", open);
		model.addAttribute("allowed", studies.allowed(study));
		model.addAttribute("instruments", instruments.list(id));
		model.addAttribute("waves", collection.waves(id));
		model.addAttribute("studyNotices", notices.stream().flatMap(n -> n.of(study).stream()).toList());
		return "research/study";
	}

	@PostMapping("/research/studies/{id}/pta/{step}")
	ModelAndView pta(@PathVariable UUID id, @PathVariable String step, RedirectAttributes redirect) {
		return act(id, redirect, switch (step) {
			case "submission" -> () -> studies.submitPta(id);
			case "review" -> () -> studies.reviewPta(id);
			case "approval" -> () -> studies.approvePta(id);
			default -> throw new org.casekeep.kernel.access.RecordNotFoundException("survey.pta-step", step);
		}, "Saved.");
	}

	@PostMapping("/research/studies/{id}/clearance")
	ModelAndView clearance(@PathVariable UUID id, @RequestParam(required = false) @Nullable String ombControlNumber,
			@RequestParam(required = false) @Nullable String ombExpiresOn,
			@RequestParam(required = false) @Nullable String icrRetention,
			@RequestParam(required = false) @Nullable String federalRegisterNoticeOn, RedirectAttributes redirect) {
		return act(id, redirect, () -> studies.recordClearance(id,
				new ClearanceDraft(ombControlNumber, ombExpiresOn, icrRetention, federalRegisterNoticeOn)),
				"PRA clearance saved.");
	}

	@PostMapping("/research/studies/{id}/vendor/settings")
	ModelAndView vendorSettings(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean ipCollectionDisabled,
			@RequestParam(defaultValue = "false") boolean emailCollectionDisabled, RedirectAttributes redirect) {
		return act(id, redirect, () -> studies.recordVendorSettings(id, ipCollectionDisabled, emailCollectionDisabled),
				"Vendor settings saved.");
	}

	@PostMapping("/research/studies/{id}/vendor/approvals")
	ModelAndView vendorApproval(@PathVariable UUID id, @RequestParam(required = false) @Nullable String office,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> studies.approveVendor(id, office), "Approval recorded.");
	}

	@PostMapping("/research/studies/{id}/instruments")
	ModelAndView instrument(@PathVariable UUID id, @RequestParam(required = false) @Nullable String title,
			RedirectAttributes redirect) {
		try {
			UUID instrument = instruments.create(id, new InstrumentDraft(title)).id();
			redirect.addFlashAttribute("notice", "Instrument created.");
			return PageForms.seeOther("/research/studies/" + id + "/instruments/" + instrument);
		}
		catch (InvalidInputException ex) {
			return refused(id, redirect, messages(ex));
		}
	}

	@PostMapping("/research/studies/{id}/closure")
	ModelAndView close(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, () -> studies.close(id), "Study closed. Its records are destroyed one year from today "
				+ "(GRS 6.5 item 010).");
	}

	/** Opening collection: refused, with the open gates named, while any is open. */
	@PostMapping("/research/studies/{id}/waves")
	ModelAndView wave(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, () -> collection.openWave(id), "Collection opened.");
	}

	private ModelAndView act(UUID id, RedirectAttributes redirect, Runnable step, String done) {
		try {
			step.run();
			redirect.addFlashAttribute("notice", done);
			return PageForms.seeOther("/research/studies/" + id);
		}
		catch (InvalidInputException ex) {
			return refused(id, redirect, messages(ex));
		}
		catch (WorkflowConflictException ex) {
			return refused(id, redirect, ex.getMessage());
		}
	}

	private static ModelAndView refused(UUID id, RedirectAttributes redirect, String message) {
		redirect.addFlashAttribute("refusal", message);
		return PageForms.seeOther("/research/studies/" + id);
	}

	private static String messages(InvalidInputException ex) {
		return ex.problems().stream().map(p -> p.message()).collect(Collectors.joining(" "));
	}

	/** Every gate that applies to the study, in order, closed or with what is missing. */
	private static List<ChecklistItem> checklist(StudyView study, List<OpenGate> open) {
		Set<Gate> applies = Arrays.stream(Gate.values())
			.filter(gate -> switch (gate) {
				case OMB_CLEARANCE, FEDERAL_REGISTER_NOTICE -> study.praApplies();
				case VENDOR_APPROVAL -> study.vendorTool() != null;
				default -> true;
			})
			.collect(Collectors.toSet());
		return Arrays.stream(Gate.values()).filter(applies::contains)
			.map(gate -> open.stream().filter(o -> o.gate() == gate).findFirst()
				.map(o -> new ChecklistItem(gate, false, o.reason()))
				.orElse(new ChecklistItem(gate, true, null)))
			.toList();
	}
}
