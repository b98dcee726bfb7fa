package org.casekeep.detention.recommendations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.casekeep.detention.complaint.OidoRoles;
import org.casekeep.detention.inspections.InspectionRecords;
import org.casekeep.detention.inspections.Inputs;
import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.pii.PersonalDataGuard;
import org.casekeep.kernel.retention.RetentionFacts;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.kernel.web.Paging;
import org.casekeep.kernel.web.ResultPage;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Making and tracking recommendations: issued from a file (by its team or a manager, once visited, so that nothing of
 * an unannounced inspection leaks before) or from a complaint (by analysts and managers, who work complaints); the
 * component's response and OIDO's follow-up recorded with who and when; closed by a manager. Every path checks the
 * access policy; every output passes the guard (read-audited); every change is audited with the fields it changed.
 */
@Service
public class RecommendationTracking {

	/** The record type of recommendations. */
	public static final String RECORD_TYPE = "detention.recommendation";

	static final String PURPOSE = "OIDO recommendations to DHS components";

	private final Recommendations recommendations;
	private final InspectionRecords files;
	private final AccessPolicy access;
	private final PersonalDataGuard guard;
	private final AuditTrail audit;
	private final RetentionRegistry retention;
	private final Clock clock = Clock.systemUTC();

	RecommendationTracking(Recommendations recommendations, InspectionRecords files, AccessPolicy access,
			PersonalDataGuard guard, AuditTrail audit, RetentionRegistry retention) {
		this.recommendations = recommendations;
		this.files = files;
		this.access = access;
		this.guard = guard;
		this.audit = audit;
		this.retention = retention;
	}

	/** What is entered to make a recommendation: exactly one source, a file's id or a complaint's case number. */
	public record Draft(@Nullable UUID inspectionFileId, @Nullable String complaintCaseNumber,
			@Nullable String component, @Nullable String text, @Nullable String dueOn) {
	}

	@Transactional
	public RecommendationViews.View issue(Draft draft) {
		Actor actor = access.check(Operation.CREATE, RecordFacts.ofType(RECORD_TYPE));
		InputCheck check = new InputCheck();
		String caseNumber = check.optional("complaintCaseNumber", draft.complaintCaseNumber(), Inputs.caseNumber());
		if ((draft.inspectionFileId() == null) == (caseNumber == null) && !check.hasProblems()) {
			check.reject("source", "Name either the file or the complaint the recommendation comes from");
		}
		Recommendation.Component component = check.required("component", draft.component(), "Component",
				Inputs.choice(Recommendation.Component.class, "Component"));
		String text = check.requiredText("text", draft.text(), "Recommendation", 20_000);
		LocalDate dueOn = check.required("dueOn", draft.dueOn(), "Due date", Inputs.date("Due date"));
		check.throwIfInvalid();
		Instant now = now();
		Recommendation recommendation;
		if (draft.inspectionFileId() != null) {
			// The file's team and managers only; an unknown or confidential file is not found (404).
			InspectionRecords.FileReference file = files.reference(draft.inspectionFileId());
			if (!file.visited()) {
				throw new WorkflowConflictException("File " + file.fileNumber() + " has not been visited yet: its "
						+ "recommendations follow the visit");
			}
			recommendation = Recommendation.fromFile(file.id(), file.fileNumber(), component, text, dueOn,
					actor.username(), now);
		}
		else {
			if (!OidoRoles.worksCases(actor)) {
				throw new AccessDeniedException("Recommendations from complaints are made by OIDO analysts and managers");
			}
			recommendation = Recommendation.fromComplaint(caseNumber, component, text, dueOn, actor.username(), now);
		}
		recommendations.saveAndFlush(recommendation);
		retention.track(RECORD_TYPE, recommendation.getId().toString(), RetentionFacts.created(now));
		audit.record(new AuditEvent(AuditAction.CREATE, RECORD_TYPE, recommendation.getId().toString(),
				OidoRoles.COMPONENT, List.of("text"), PURPOSE, "issued to " + component.name() + " by "
						+ actor.username()));
		return release(recommendation);
	}

	/** Tracking: one status or all, earliest due first, a page at a time; every row is read-audited. */
	@Transactional
	public ResultPage<RecommendationViews.View> list(@Nullable String status, Paging paging) {
		access.check(Operation.SEARCH, RecordFacts.ofType(RECORD_TYPE));
		Recommendation.Status chosen = status(status);
		List<Recommendation> found = recommendations.tracked(chosen, PageRequest.of(paging.page() - 1, paging.size()));
		List<RecommendationViews.View> views = new ArrayList<>();
		Map<RecommendationViews.View, RecordFacts> facts = new IdentityHashMap<>();
		for (Recommendation recommendation : found) {
			RecommendationViews.View view = RecommendationViews.View.of(recommendation, today());
			views.add(view);
			facts.put(view, recommendation.facts());
		}
		return paging.of(guard.releaseAll(views, facts::get, PURPOSE), recommendations.countTracked(chosen));
	}

	@Transactional
	public RecommendationViews.View get(UUID id) {
		access.check(Operation.READ, RecordFacts.ofType(RECORD_TYPE));
		Recommendation recommendation = find(id);
		access.check(Operation.READ, recommendation.facts());
		return release(recommendation);
	}

	/** Records the component's response: CONCUR, NON_CONCUR or IMPLEMENTED. */
	@Transactional
	public RecommendationViews.View respond(UUID id, @Nullable Long version, @Nullable String response,
			@Nullable String note) {
		InputCheck check = new InputCheck();
		Recommendation.Response given = check.required("response", response, "Response",
				Inputs.choice(Recommendation.Response.class, "Response"));
		String text = check.text("note", note, "Note", 20_000);
		check.throwIfInvalid();
		return change(id, version, "response " + given.name(), r -> r.respond(given, text, by(), now()));
	}

	@Transactional
	public RecommendationViews.View followUp(UUID id, @Nullable Long version, @Nullable String note) {
		InputCheck check = new InputCheck();
		String text = check.requiredText("note", note, "Follow-up", 20_000);
		check.throwIfInvalid();
		return change(id, version, "follow-up", r -> r.followUp(text, by(), now()));
	}

	/** Closes the recommendation: OIDO managers only. */
	@Transactional
	public RecommendationViews.View close(UUID id, @Nullable Long version, @Nullable String note) {
		InputCheck check = new InputCheck();
		String text = check.text("note", note, "Note", 20_000);
		check.throwIfInvalid();
		if (!OidoRoles.isManager(org.casekeep.kernel.access.Actors.require())) {
			access.check(Operation.DELETE, RecordFacts.ofType(RECORD_TYPE)); // audited refusal
		}
		return change(id, version, "closed", r -> r.close(text, by(), now()));
	}

	private RecommendationViews.View change(UUID id, @Nullable Long version, String details,
			Function<Recommendation, List<String>> step) {
		access.check(Operation.UPDATE, RecordFacts.ofType(RECORD_TYPE));
		Recommendation recommendation = find(id);
		Actor actor = access.check(Operation.UPDATE, recommendation.facts());
		Inputs.requireVersion(version, recommendation.version(), Recommendation.class, recommendation.getId());
		List<String> changed = step.apply(recommendation);
		recommendations.saveAndFlush(recommendation);
		audit.record(new AuditEvent(AuditAction.UPDATE, RECORD_TYPE, recommendation.getId().toString(),
				OidoRoles.COMPONENT, changed, PURPOSE, details + " by " + actor.username()));
		return release(recommendation);
	}

	static Recommendation.@Nullable Status status(@Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return Recommendation.Status.valueOf(raw.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new org.casekeep.kernel.validation.UnreadableInputException("status",
					"'status' must be one of ISSUED, CONCURRED, NON_CONCURRED, IMPLEMENTED, CLOSED");
		}
	}

	private Recommendation find(UUID id) {
		return recommendations.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
	}

	private RecommendationViews.View release(Recommendation recommendation) {
		return guard.release(RecommendationViews.View.of(recommendation, today()), recommendation.facts(), PURPOSE);
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneOffset.UTC));
	}

	private static String by() {
		return org.casekeep.kernel.access.Actors.require().username();
	}
}
