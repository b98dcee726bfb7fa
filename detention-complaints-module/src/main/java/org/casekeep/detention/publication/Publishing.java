package org.casekeep.detention.publication;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.casekeep.detention.complaint.OidoRoles;
import org.casekeep.detention.inspections.InspectionRecords;
import org.casekeep.detention.inspections.Inputs;
import org.casekeep.detention.recommendations.RecommendationTracking;
import org.casekeep.detention.recommendations.RecommendationViews;
import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.access.Refusals;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.directory.DirectoryPerson;
import org.casekeep.kernel.directory.DirectoryUnavailableException;
import org.casekeep.kernel.directory.PeopleDirectory;
import org.casekeep.kernel.pii.PersonalDataGuard;
import org.casekeep.kernel.retention.RetentionFacts;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.casekeep.kernel.spii.RedactionScan;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.kernel.web.Paging;
import org.casekeep.kernel.web.ResultPage;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public versions of final inspection reports and of recommendations, from draft to the reading room (PIA overview,
 * "Investigations": PII "will be redacted from any publicly issued reports or recommendations"). The draft starts from
 * the report's or recommendation's text and is scanned ({@link RedactionScan}) for the names of every person the file
 * holds (its interviewees, its team and the staff who worked it) and for SPII; every finding must be redacted or kept
 * with a reason, and an editor may redact any span by hand; an edit of the text scans it again. Publishing is refused
 * (409) while a finding is open; it is recorded with who and when (PIA 6.4) and the published text never changes: a
 * correction is a new edition, and publishing it withdraws the one before. Every read of a draft is audited through the
 * kernel's guard; the reading room shows only what is published.
 */
@Service
public class Publishing {

	static final String PURPOSE = "redaction of a public report or recommendation";

	static final String INTERVIEWEE_NAME = "INTERVIEWEE_NAME";
	static final String STAFF_NAME = "STAFF_NAME";

	private static final RedactionScan SCAN = new RedactionScan();

	/** Which report or recommendation a public version is started for. */
	public record PublicVersionStart(@org.casekeep.kernel.validation.OneOf(PublicVersion.SourceKind.class) @Nullable String sourceKind,
			@Nullable UUID sourceId) {
	}

	private final PublicVersions versions;
	private final InspectionRecords files;
	private final RecommendationTracking recommendations;
	private final AccessPolicy access;
	private final Refusals refusals;
	private final PersonalDataGuard guard;
	private final AuditTrail audit;
	private final RetentionRegistry retention;
	private final ObjectProvider<PeopleDirectory> directory;
	private final Clock clock = Clock.systemUTC();

	Publishing(PublicVersions versions, InspectionRecords files, RecommendationTracking recommendations,
			AccessPolicy access, Refusals refusals, PersonalDataGuard guard, AuditTrail audit,
			RetentionRegistry retention, ObjectProvider<PeopleDirectory> directory) {
		this.versions = versions;
		this.files = files;
		this.recommendations = recommendations;
		this.access = access;
		this.refusals = refusals;
		this.guard = guard;
		this.audit = audit;
		this.retention = retention;
		this.directory = directory;
	}

	/** What a draft starts from: the text, what it is titled, and the people whose names are looked for. */
	private record Source(PublicVersion.SourceKind kind, UUID id, @Nullable String number, String title, String text,
			List<RedactionScan.People> people) {
	}

	/**
	 * Starts the public version of a final report (managers) or of a recommendation (analysts and managers), or a
	 * correction of one already published.
	 * @throws WorkflowConflictException (409) while the report is not final or another draft of it is open.
	 */
	@Transactional
	public PublicationViews.PublicVersionDraft start(PublicVersionStart start) {
		Actor actor = access.check(Operation.CREATE, RecordFacts.ofType(PublicVersion.RECORD_TYPE));
		InputCheck input = new InputCheck();
		PublicVersion.SourceKind kind = input.required("sourceKind", start.sourceKind(), "What to publish",
				Inputs.choice(PublicVersion.SourceKind.class, "What to publish"));
		if (start.sourceId() == null) {
			input.reject("sourceId", "Name the report's file or the recommendation");
		}
		input.throwIfInvalid();
		requireMayWorkOn(actor, kind, Operation.CREATE, RecordFacts.ofType(PublicVersion.RECORD_TYPE));
		Source source = source(kind, start.sourceId());
		List<PublicVersion> earlier = versions.findBySourceKindAndSourceIdOrderByEditionDesc(kind, source.id());
		if (earlier.stream().anyMatch(v -> v.status() == PublicVersion.Status.DRAFT)) {
			throw new WorkflowConflictException("A draft public version of this " + label(kind) + " is already open: "
					+ "continue it");
		}
		int edition = earlier.isEmpty() ? 1 : earlier.getFirst().edition() + 1;
		PublicVersion version = new PublicVersion(kind, source.id(), source.number(), source.title(), edition,
				source.text(), scan(source.text(), source.people()), actor.username(), now());
		versions.saveAndFlush(version);
		retention.track(PublicVersion.RECORD_TYPE, version.getId().toString(), RetentionFacts.created(now()));
		audit.record(new AuditEvent(AuditAction.CREATE, PublicVersion.RECORD_TYPE, version.getId().toString(),
				OidoRoles.COMPONENT, List.of("draftText", "findings"), PURPOSE, "edition " + edition + " of "
						+ kind.name() + " " + source.id() + " started by " + actor.username() + ": "
						+ version.findings().size() + " finding(s)"));
		return release(version);
	}

	/** The public versions the actor may work on, most recently changed first; every row is read-audited. */
	@Transactional
	public ResultPage<PublicationViews.PublicVersionSummary> list(Paging paging) {
		Actor actor = access.check(Operation.SEARCH, RecordFacts.ofType(PublicVersion.RECORD_TYPE));
		List<PublicVersion> found = versions.recent(PageRequest.of(paging.page() - 1, paging.size())).stream()
			.filter(v -> PublicationAccessRules.mayWorkOn(actor, v.sourceKind())).toList();
		List<PublicationViews.PublicVersionSummary> rows = new ArrayList<>();
		Map<PublicationViews.PublicVersionSummary, RecordFacts> facts = new IdentityHashMap<>();
		for (PublicVersion v : found) {
			PublicationViews.PublicVersionSummary row = PublicationViews.PublicVersionSummary.of(v);
			rows.add(row);
			facts.put(row, v.facts());
		}
		return paging.of(guard.releaseAll(rows, facts::get, PURPOSE), versions.countAll());
	}

	/** One public version; a draft's text is released through the guard, which audits the read. */
	@Transactional
	public PublicationViews.PublicVersionDraft view(UUID id) {
		return release(find(id, Operation.READ));
	}

	/** The editor changes the draft text; it is scanned again and every finding is decided again. */
	@Transactional
	public PublicationViews.PublicVersionDraft revise(UUID id, @Nullable Long version, @Nullable String text) {
		InputCheck input = new InputCheck();
		String revised = input.requiredText("text", text, "Text", 200_000);
		input.throwIfInvalid();
		return change(id, version, "text revised and scanned again", v -> {
			Source source = source(v.sourceKind(), v.sourceId());
			return v.revise(revised, scan(revised, source.people()), now());
		});
	}

	/** Redacts a finding, or keeps it with a reason. */
	@Transactional
	public PublicationViews.PublicVersionDraft resolve(UUID id, int index, @Nullable Long version, @Nullable String resolution,
			@Nullable String reason) {
		org.casekeep.kernel.spii.ReviewedFinding.Resolution decided = null;
		if (resolution != null && !resolution.isBlank()) {
			try {
				decided = org.casekeep.kernel.spii.ReviewedFinding.Resolution.valueOf(resolution.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw InvalidInputException.of("resolution", "Resolution must be REDACTED or KEPT");
			}
		}
		org.casekeep.kernel.spii.ReviewedFinding.Resolution chosen = decided;
		return change(id, version, "finding " + index + " " + chosen,
				v -> v.resolve(index, chosen, reason, by(), now()));
	}

	/** Redacts a span of the draft by hand. */
	@Transactional
	public PublicationViews.PublicVersionDraft redactSpan(UUID id, @Nullable Long version, @Nullable Integer start,
			@Nullable Integer end) {
		InputCheck input = new InputCheck();
		if (start == null) {
			input.reject("start", "Give where the span starts");
		}
		if (end == null) {
			input.reject("end", "Give where the span ends");
		}
		input.throwIfInvalid();
		return change(id, version, "span " + start + "–" + end + " redacted by hand",
				v -> v.redactByHand(start, end, by(), now()));
	}

	/**
	 * Publishes the redacted text to the reading room, withdrawing the edition published before it.
	 * @throws WorkflowConflictException (409) naming each finding still open.
	 */
	@Transactional
	public PublicationViews.PublicVersionDraft publish(UUID id, @Nullable Long version) {
		PublicVersion draft = find(id, Operation.UPDATE);
		Inputs.requireVersion(version, draft.version(), PublicVersion.class, draft.getId());
		for (PublicVersion before : versions.findBySourceKindAndSourceIdOrderByEditionDesc(draft.sourceKind(),
				draft.sourceId())) {
			if (before.status() == PublicVersion.Status.PUBLISHED && draft.unresolved().isEmpty()) {
				List<String> fields = before.withdraw("corrected by edition " + draft.edition(), by(), now());
				versions.saveAndFlush(before);
				audit.record(new AuditEvent(AuditAction.UPDATE, PublicVersion.RECORD_TYPE, before.getId().toString(),
						OidoRoles.COMPONENT, fields, PURPOSE, "withdrawn from the reading room, corrected by edition "
								+ draft.edition() + ", by " + by()));
			}
		}
		List<String> fields = draft.publish(by(), now());
		versions.saveAndFlush(draft);
		// PIA 6.4: an accounting of every dissemination outside the Department.
		audit.record(new AuditEvent(AuditAction.DISCLOSURE, PublicVersion.RECORD_TYPE, draft.getId().toString(),
				OidoRoles.COMPONENT, fields, PURPOSE, "published to the public reading room as " + draft.publicId()
						+ " by " + by()));
		return release(draft);
	}

	/** The reading room: what is published now, newest first. Open to anyone; nothing but published text. */
	@Transactional(readOnly = true)
	public ResultPage<PublicationViews.PublishedVersion> readingRoom(Paging paging) {
		return paging.of(versions.published(PageRequest.of(paging.page() - 1, paging.size())).stream()
			.map(PublicationViews.PublishedVersion::of).toList(), versions.countPublished());
	}

	/**
	 * One published version.
	 * @throws RecordNotFoundException (404) for any id that is not published now, a draft's or a withdrawn one's.
	 */
	@Transactional(readOnly = true)
	public PublicationViews.PublishedVersion published(UUID publicId) {
		return versions.findPublished(publicId).map(PublicationViews.PublishedVersion::of)
			.orElseThrow(() -> new RecordNotFoundException("public report", publicId));
	}

	private PublicationViews.PublicVersionDraft change(UUID id, @Nullable Long version, String details,
			Function<PublicVersion, List<String>> step) {
		PublicVersion v = find(id, Operation.UPDATE);
		Inputs.requireVersion(version, v.version(), PublicVersion.class, v.getId());
		List<String> changed = step.apply(v);
		versions.saveAndFlush(v);
		audit.record(new AuditEvent(AuditAction.UPDATE, PublicVersion.RECORD_TYPE, v.getId().toString(),
				OidoRoles.COMPONENT, changed, PURPOSE, details + " by " + by()));
		return release(v);
	}

	private PublicVersion find(UUID id, Operation operation) {
		Actor actor = access.check(operation, RecordFacts.ofType(PublicVersion.RECORD_TYPE));
		PublicVersion v = versions.findById(id)
			.orElseThrow(() -> new RecordNotFoundException(PublicVersion.RECORD_TYPE, id));
		requireMayWorkOn(actor, v.sourceKind(), operation, v.facts());
		access.check(operation, v.facts());
		return v;
	}

	private void requireMayWorkOn(Actor actor, PublicVersion.SourceKind kind, Operation operation, RecordFacts facts) {
		if (!PublicationAccessRules.mayWorkOn(actor, kind)) {
			refusals.refused(operation, facts);
			throw new AccessDeniedException("Public versions of inspection reports are prepared by OIDO managers");
		}
	}

	private Source source(PublicVersion.SourceKind kind, UUID id) {
		return switch (kind) {
			case INSPECTION_REPORT -> {
				InspectionRecords.FinalReport report = files.finalReport(id, PURPOSE);
				yield new Source(kind, report.fileId(), report.fileNumber(), report.facilityName(), report.text(),
						people(report.people()));
			}
			case RECOMMENDATION -> {
				RecommendationViews.View r = recommendations.get(id);
				if (r.text() == null || r.maskedFields().contains("text")) {
					throw new AccessDeniedException("The recommendation's text is not shown to you");
				}
				Set<String> staff = new LinkedHashSet<>();
				staff.add(r.createdBy());
				if (r.history() != null) {
					r.history().forEach(h -> staff.add(h.recordedBy()));
				}
				List<String> interviewees = new ArrayList<>();
				if (r.inspectionFileId() != null) {
					InspectionRecords.PeopleInFile inFile = files.peopleForRedaction(r.inspectionFileId(), PURPOSE);
					interviewees.addAll(inFile.interviewees());
					staff.addAll(inFile.staff());
				}
				yield new Source(kind, r.id(), r.inspectionFileNumber(), r.componentLabel(), r.text(),
						people(new InspectionRecords.PeopleInFile(interviewees, List.copyOf(staff))));
			}
		};
	}

	/** The groups of names looked for: interviewees, then staff by username and by the name the directory gives. */
	private List<RedactionScan.People> people(InspectionRecords.PeopleInFile inFile) {
		List<String> staff = new ArrayList<>(inFile.staff());
		PeopleDirectory people = directory.getIfAvailable();
		if (people != null) {
			for (String username : inFile.staff()) {
				try {
					people.person(username).map(DirectoryPerson::displayName).ifPresent(staff::add);
				}
				catch (DirectoryUnavailableException ex) {
					// The usernames are still looked for; the editor reads the whole text before publishing.
				}
			}
		}
		return List.of(new RedactionScan.People(INTERVIEWEE_NAME, "interviewee's name", inFile.interviewees()),
				new RedactionScan.People(STAFF_NAME, "OIDO staff member's name", staff));
	}

	private static List<org.casekeep.kernel.spii.ReviewedFinding> scan(String text, List<RedactionScan.People> people) {
		return org.casekeep.kernel.spii.ReviewedFinding.allOf(SCAN.scan(text, people));
	}

	private PublicationViews.PublicVersionDraft release(PublicVersion v) {
		return guard.release(PublicationViews.PublicVersionDraft.of(v), v.facts(), PURPOSE);
	}

	private static String label(PublicVersion.SourceKind kind) {
		return kind == PublicVersion.SourceKind.INSPECTION_REPORT ? "report" : "recommendation";
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static String by() {
		return org.casekeep.kernel.access.Actors.require().username();
	}
}
