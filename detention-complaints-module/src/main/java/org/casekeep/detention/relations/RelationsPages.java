package org.casekeep.detention.relations;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.casekeep.detention.complaint.PageSteps;
import org.casekeep.detention.relations.RelationsViews.EngagementView;
import org.casekeep.detention.relations.RelationsViews.StakeholderView;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.values.AddressDraft;
import org.casekeep.kernel.web.Option;
import org.casekeep.kernel.web.PageForms;
import org.casekeep.kernel.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * OIDO's external relations in the browser, for analysts and managers (PIA 8.1): the stakeholders, organizations
 * first, a page at a time, with the reminders due; a stakeholder's page with its edit and removal on request; the
 * engagements, a page at a time; an engagement's page with its participants, reminders and materials. Refused input is
 * shown again on the page with 422 naming each field; a stale version or a refused step with 409.
 */
@Controller
@RequestMapping(RelationsPages.PATH)
class RelationsPages {

	static final String PATH = "/detention/relations";

	/** How far ahead the overview lists open reminders. */
	static final int REMINDER_DAYS = 30;

	static final List<Option> KINDS = Arrays.stream(StakeholderKind.values())
		.map(k -> new Option(k.name(), k.label())).toList();
	static final List<Option> SOURCES = Arrays.stream(SourceKind.values())
		.map(s -> new Option(s.name(), s.label())).toList();
	static final List<Option> REMOVAL_REASONS = Arrays.stream(RemovalReason.values())
		.map(r -> new Option(r.name(), r.label())).toList();
	static final List<Option> TYPES = Arrays.stream(EngagementType.values())
		.map(t -> new Option(t.name(), t.label())).toList();

	private final StakeholderDirectory directory;
	private final EngagementLog log;
	private final MaterialFiles materials;
	private final AreasOfInterest areas;

	RelationsPages(StakeholderDirectory directory, EngagementLog log, MaterialFiles materials, AreasOfInterest areas) {
		this.directory = directory;
		this.log = log;
		this.materials = materials;
		this.areas = areas;
	}

	@GetMapping
	String overview(@RequestParam(required = false) @Nullable Integer page, Model model) {
		model.addAttribute("results", directory.list(Paging.of(page, null)));
		model.addAttribute("due", log.dueBy(LocalDate.now(ZoneOffset.UTC).plusDays(REMINDER_DAYS)));
		model.addAttribute("organizations", directory.list(new Paging(1, Paging.MAX_SIZE)).items().stream()
			.filter(s -> s.kind() == StakeholderKind.ORGANIZATION).toList());
		choices(model);
		return "detention/relations/overview";
	}

	@PostMapping("/stakeholders")
	ModelAndView add(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
		return PageSteps.run(() -> {
			StakeholderView added = directory.add(stakeholder(form));
			redirect.addFlashAttribute("notice", "Stakeholder added.");
			return PageForms.seeOther(PATH + "/stakeholders/" + added.id());
		}, model, () -> overview(null, model));
	}

	@GetMapping("/stakeholders/{id}")
	String stakeholder(@PathVariable UUID id, Model model) {
		StakeholderView stakeholder = directory.get(id);
		model.addAttribute("stakeholder", stakeholder);
		model.addAttribute("organization", stakeholder.organizationId() == null ? null
				: directory.named(List.of(stakeholder.organizationId())).stream().findFirst().orElse(null));
		model.addAttribute("organizations", directory.list(new Paging(1, Paging.MAX_SIZE)).items().stream()
			.filter(s -> s.kind() == StakeholderKind.ORGANIZATION && !s.id().equals(id)).toList());
		choices(model);
		return "detention/relations/stakeholder";
	}

	@PostMapping("/stakeholders/{id}")
	ModelAndView change(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		return PageSteps.run(() -> {
			directory.change(id, stakeholder(form));
			redirect.addFlashAttribute("notice", "Changes saved.");
			return PageForms.seeOther(PATH + "/stakeholders/" + id);
		}, model, () -> stakeholder(id, model));
	}

	/** PIA 4.3: removed on request; the stakeholder's record is deleted. */
	@PostMapping("/stakeholders/{id}/removal")
	ModelAndView remove(@PathVariable UUID id, @RequestParam(required = false) @Nullable Long version,
			@RequestParam(required = false) @Nullable String reason, Model model, RedirectAttributes redirect) {
		return PageSteps.run(() -> {
			RelationsViews.Removal removal = directory.removeOnRequest(id, version, reason);
			redirect.addFlashAttribute("notice", "Removed on request: " + removal.stakeholdersRemoved()
					+ " stakeholder record(s) deleted; " + removal.engagementsAnonymized()
					+ " engagement participation(s) kept only as a count.");
			return PageForms.seeOther(PATH);
		}, model, () -> stakeholder(id, model));
	}

	@GetMapping("/engagements")
	String engagements(@RequestParam(required = false) @Nullable Integer page, Model model) {
		model.addAttribute("results", log.list(Paging.of(page, null)));
		model.addAttribute("stakeholders", directory.list(new Paging(1, Paging.MAX_SIZE)).items());
		choices(model);
		return "detention/relations/engagements";
	}

	@PostMapping("/engagements")
	ModelAndView record(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
		return PageSteps.run(() -> {
			EngagementView recorded = log.record(engagement(form));
			redirect.addFlashAttribute("notice", "Engagement recorded.");
			return PageForms.seeOther(PATH + "/engagements/" + recorded.id());
		}, model, () -> engagements(null, model));
	}

	@GetMapping("/engagements/{id}")
	String engagement(@PathVariable UUID id, Model model) {
		EngagementView engagement = log.get(id);
		model.addAttribute("engagement", engagement);
		model.addAttribute("participants", log.participants(engagement));
		model.addAttribute("materials", materials.list(id));
		model.addAttribute("stakeholders", directory.list(new Paging(1, Paging.MAX_SIZE)).items());
		choices(model);
		return "detention/relations/engagement";
	}

	@PostMapping("/engagements/{id}")
	ModelAndView changeEngagement(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		return PageSteps.run(() -> {
			log.change(id, engagement(form));
			redirect.addFlashAttribute("notice", "Changes saved.");
			return PageForms.seeOther(PATH + "/engagements/" + id);
		}, model, () -> engagement(id, model));
	}

	@PostMapping("/engagements/{id}/held")
	ModelAndView hold(@PathVariable UUID id, @RequestParam(required = false) @Nullable Long version, Model model,
			RedirectAttributes redirect) {
		return PageSteps.run(() -> {
			log.hold(id, version);
			redirect.addFlashAttribute("notice", "Marked held. The CRM records it as an interaction of OIDO.");
			return PageForms.seeOther(PATH + "/engagements/" + id);
		}, model, () -> engagement(id, model));
	}

	@PostMapping("/engagements/{id}/reminders")
	ModelAndView remind(@PathVariable UUID id, @RequestParam(required = false) @Nullable Long version,
			@RequestParam(required = false) @Nullable String dueOn, @RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String owner,
			@RequestParam(required = false) @Nullable String sendNotice, Model model, RedirectAttributes redirect) {
		return PageSteps.run(() -> {
			log.remind(id, version, dueOn, action, owner, sendNotice != null);
			redirect.addFlashAttribute("notice", "Reminder added.");
			return PageForms.seeOther(PATH + "/engagements/" + id);
		}, model, () -> engagement(id, model));
	}

	@PostMapping("/engagements/{id}/reminders/{reminderId}/done")
	ModelAndView done(@PathVariable UUID id, @PathVariable UUID reminderId,
			@RequestParam(required = false) @Nullable Long version, Model model, RedirectAttributes redirect) {
		return PageSteps.run(() -> {
			log.completeReminder(id, reminderId, version);
			redirect.addFlashAttribute("notice", "Reminder done.");
			return PageForms.seeOther(PATH + "/engagements/" + id);
		}, model, () -> engagement(id, model));
	}

	@PostMapping("/engagements/{id}/materials")
	ModelAndView addMaterial(@PathVariable UUID id, @RequestParam(required = false) @Nullable MultipartFile file,
			Model model, RedirectAttributes redirect) {
		return PageSteps.run(() -> {
			try {
				materials.add(id, file == null ? null : file.getOriginalFilename(),
						file == null ? new byte[0] : file.getBytes());
			}
			catch (IOException ex) {
				throw InvalidInputException.of("file", "The file could not be read; choose it again");
			}
			redirect.addFlashAttribute("notice", "Material added.");
			return PageForms.seeOther(PATH + "/engagements/" + id);
		}, model, () -> engagement(id, model));
	}

	@GetMapping("/engagements/{id}/materials/{materialId}")
	ResponseEntity<byte[]> material(@PathVariable UUID id, @PathVariable UUID materialId) {
		RelationsViews.MaterialContent content = materials.content(id, materialId);
		if (content.content() == null) {
			throw new org.springframework.security.access.AccessDeniedException("The material is not available to you");
		}
		return org.casekeep.kernel.web.Downloads.attachment(content.fileName() == null ? "material" : content.fileName(),
				content.mediaType(), content.content());
	}

	private void choices(Model model) {
		model.addAttribute("kinds", KINDS);
		model.addAttribute("sources", SOURCES);
		model.addAttribute("types", TYPES);
		model.addAttribute("removalReasons", REMOVAL_REASONS);
		model.addAttribute("areas", areas.all());
	}

	private static StakeholderValues.Draft stakeholder(MultiValueMap<String, String> form) {
		String organization = form.getFirst("organizationId");
		UUID organizationId = null;
		if (organization != null && !organization.isBlank()) {
			organizationId = uuid(organization, "organizationId", "Choose the organization from the list");
		}
		return new StakeholderValues.Draft(form.getFirst("kind"), form.getFirst("name"), organizationId,
				new AddressDraft(form.getFirst("street1"), form.getFirst("street2"), form.getFirst("city"),
						form.getFirst("state"), form.getFirst("zip")),
				form.getFirst("email"), form.getFirst("phone"), form.getFirst("sourceKind"), form.getFirst("sourceDetail"),
				form.getOrDefault("areasOfInterest", List.of()), version(form));
	}

	private static EngagementValues.Draft engagement(MultiValueMap<String, String> form) {
		List<UUID> participants = form.getOrDefault("participants", List.of()).stream()
			.map(raw -> uuid(raw, "participants", "Choose participants from the list"))
			.toList();
		String staff = form.getFirst("staff");
		return new EngagementValues.Draft(form.getFirst("name"), form.getFirst("type"), form.getFirst("startsOn"),
				form.getFirst("endsOn"), form.getFirst("location"), form.getFirst("subject"),
				form.getOrDefault("areas", List.of()),
				staff == null ? List.of() : Arrays.stream(staff.split("[,\\s]+")).filter(s -> !s.isBlank()).toList(),
				participants, version(form));
	}

	private static UUID uuid(String raw, String field, String message) {
		try {
			return UUID.fromString(raw.strip());
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.of(field, message);
		}
	}

	private static @Nullable Long version(MultiValueMap<String, String> form) {
		String raw = form.getFirst("version");
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(raw.strip());
		}
		catch (NumberFormatException ex) {
			throw InvalidInputException.of("version", "The version you saw is required, so no change is lost");
		}
	}
}
