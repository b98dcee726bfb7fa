package org.casekeep.detention.relations;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casekeep.detention.relations.RelationsViews.DueReminder;
import org.casekeep.detention.relations.RelationsViews.EngagementView;
import org.casekeep.detention.relations.RelationsViews.MaterialContent;
import org.casekeep.detention.relations.RelationsViews.MaterialView;
import org.casekeep.detention.relations.RelationsViews.Removal;
import org.casekeep.detention.relations.RelationsViews.StakeholderView;
import org.casekeep.kernel.validation.UnreadableInputException;
import org.casekeep.kernel.web.Downloads;
import org.casekeep.kernel.web.Paging;
import org.casekeep.kernel.web.ResultPage;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * OIDO's external relations over HTTP (bearer token). Errors are RFC 9457 problem documents: 422 naming each field
 * of bad input (including a missing {@code version}), 409 when somebody changed the record since the {@code version}
 * sent or its state refuses the step, 403 for anyone but OIDO analysts and managers (PIA 8.1), 404 for an unknown id.
 */
@RestController
@RequestMapping(RelationsApi.PATH)
class RelationsApi {

	static final String PATH = "/api/detention/relations";

	private final StakeholderDirectory directory;
	private final EngagementLog log;
	private final MaterialFiles materials;
	private final AreasOfInterest areas;

	RelationsApi(StakeholderDirectory directory, EngagementLog log, MaterialFiles materials, AreasOfInterest areas) {
		this.directory = directory;
		this.log = log;
		this.materials = materials;
		this.areas = areas;
	}

	/** The areas of interest the office keeps, code to label (reference data). */
	@GetMapping("/areas")
	Map<String, String> areas() {
		return areas.all();
	}

	/** Stakeholders, organizations first: {@code page} from 1, {@code size} at most 100. */
	@GetMapping("/stakeholders")
	ResultPage<StakeholderView> stakeholders(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return directory.list(Paging.of(page, size));
	}

	@PostMapping("/stakeholders")
	ResponseEntity<StakeholderView> add(@RequestBody StakeholderValues.Draft draft) {
		StakeholderView added = directory.add(draft);
		return ResponseEntity.created(URI.create(PATH + "/stakeholders/" + added.id())).body(added);
	}

	@GetMapping("/stakeholders/{id}")
	StakeholderView stakeholder(@PathVariable UUID id) {
		return directory.get(id);
	}

	@PutMapping("/stakeholders/{id}")
	StakeholderView change(@PathVariable UUID id, @RequestBody StakeholderValues.Draft draft) {
		return directory.change(id, draft);
	}

	/** What a removal on request names: the version seen and why ({@link RemovalReason}, PIA 4.3). */
	record RemovalRequest(@Nullable Long version, @Nullable String reason) {
	}

	/** Removes a stakeholder on request (PIA 4.3): deleted, with the people affiliated with an organization. */
	@PostMapping("/stakeholders/{id}/removal")
	Removal remove(@PathVariable UUID id, @RequestBody RemovalRequest removal) {
		return directory.removeOnRequest(id, removal.version(), removal.reason());
	}

	@GetMapping("/engagements")
	ResultPage<EngagementView> engagements(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return log.list(Paging.of(page, size));
	}

	@PostMapping("/engagements")
	ResponseEntity<EngagementView> record(@RequestBody EngagementValues.Draft draft) {
		EngagementView recorded = log.record(draft);
		return ResponseEntity.created(URI.create(PATH + "/engagements/" + recorded.id())).body(recorded);
	}

	@GetMapping("/engagements/{id}")
	EngagementView engagement(@PathVariable UUID id) {
		return log.get(id);
	}

	@PutMapping("/engagements/{id}")
	EngagementView change(@PathVariable UUID id, @RequestBody EngagementValues.Draft draft) {
		return log.change(id, draft);
	}

	/** The version seen, for a step on an engagement. */
	record Step(@Nullable Long version) {
	}

	/** Marks the engagement held; the CRM is told the first time only. */
	@PostMapping("/engagements/{id}/held")
	EngagementView hold(@PathVariable UUID id, @RequestBody Step step) {
		return log.hold(id, step.version());
	}

	/** A reminder for a future action; {@code owner} is the user adding it when left out. */
	record ReminderRequest(@Nullable Long version, @Nullable String dueOn, @Nullable String action,
			@Nullable String owner, @Nullable Boolean sendNotice) {
	}

	@PostMapping("/engagements/{id}/reminders")
	ResponseEntity<EngagementView> remind(@PathVariable UUID id, @RequestBody ReminderRequest reminder) {
		EngagementView engagement = log.remind(id, reminder.version(), reminder.dueOn(), reminder.action(),
				reminder.owner(), Boolean.TRUE.equals(reminder.sendNotice()));
		return ResponseEntity.created(URI.create(PATH + "/engagements/" + id)).body(engagement);
	}

	@PostMapping("/engagements/{id}/reminders/{reminderId}/done")
	EngagementView done(@PathVariable UUID id, @PathVariable UUID reminderId, @RequestBody Step step) {
		return log.completeReminder(id, reminderId, step.version());
	}

	/** The open reminders due by {@code dueBy} (today when left out), the earliest first. */
	@GetMapping("/reminders")
	List<DueReminder> reminders(@RequestParam(required = false) @Nullable String dueBy) {
		LocalDate day;
		try {
			day = dueBy == null || dueBy.isBlank() ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(dueBy.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new UnreadableInputException("dueBy", "'dueBy' is a date, YYYY-MM-DD");
		}
		return log.dueBy(day);
	}

	@PostMapping(path = "/engagements/{id}/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<MaterialView> addMaterial(@PathVariable UUID id,
			@RequestParam(required = false) @Nullable MultipartFile file) throws IOException {
		MaterialView added = materials.add(id, file == null ? null : file.getOriginalFilename(),
				file == null ? new byte[0] : file.getBytes());
		return ResponseEntity.created(URI.create(PATH + "/engagements/" + id + "/materials/" + added.id())).body(added);
	}

	@GetMapping("/engagements/{id}/materials")
	List<MaterialView> materials(@PathVariable UUID id) {
		return materials.list(id);
	}

	@GetMapping("/engagements/{id}/materials/{materialId}")
	ResponseEntity<byte[]> material(@PathVariable UUID id, @PathVariable UUID materialId) {
		MaterialContent content = materials.content(id, materialId);
		if (content.content() == null) {
			throw new org.springframework.security.access.AccessDeniedException("The material is not available to you");
		}
		return Downloads.attachment(content.fileName() == null ? "material" : content.fileName(), content.mediaType(),
				content.content());
	}
}
