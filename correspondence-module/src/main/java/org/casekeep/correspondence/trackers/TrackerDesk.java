package org.casekeep.correspondence.trackers;

import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casekeep.correspondence.trackers.TrackerItemView.FlagView;
import org.casekeep.correspondence.trackers.TrackerItemView.MilestoneView;
import org.casekeep.correspondence.trackers.TrackerItemView.Row;
import org.casekeep.correspondence.trackers.TrackerItemView.StageOption;
import org.casekeep.correspondence.trackers.TrackerItemView.Summary;
import org.casekeep.correspondence.trackers.TrackerType.Field;
import org.casekeep.correspondence.trackers.TrackerType.Stage;
import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.pii.PersonalDataCatalog;
import org.casekeep.kernel.pii.PersonalDataGuard;
import org.casekeep.kernel.pii.PersonalDataGuard.ReleasedValues;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.web.Paging;
import org.casekeep.kernel.web.ResultPage;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What users do with tracker items, whatever the tracker: take one in through the intake form, read it, list and look
 * items up, move one to another stage, read the month's summary. Every step asks the access policy first (the type's
 * restricted library, deny by default), every value leaves through the kernel's guard, every item is tracked by
 * retention under its type's schedule.
 */
@Service
class TrackerDesk {

	private final TrackerTypes types;
	private final TrackerItems items;
	private final AccessPolicy access;
	private final PersonalDataGuard guard;
	private final PersonalDataCatalog catalog;
	private final AuditTrail audit;
	private final RetentionRegistry retention;
	private final TrackerNotices notices;

	TrackerDesk(TrackerTypes types, TrackerItems items, AccessPolicy access, PersonalDataGuard guard,
			PersonalDataCatalog catalog, AuditTrail audit, RetentionRegistry retention, TrackerNotices notices) {
		this.types = types;
		this.items = items;
		this.access = access;
		this.guard = guard;
		this.catalog = catalog;
		this.audit = audit;
		this.retention = retention;
		this.notices = notices;
	}

	/** The tracker types the current user works in or may submit to. */
	List<TrackerType> available() {
		Actor actor = Actors.require();
		return types.all().stream().filter(type -> type.inLibrary(actor) || type.maySubmit(actor)).toList();
	}

	/** A tracker type for its intake form: anyone who may submit to it. */
	TrackerType forIntake(String code) {
		TrackerType type = types.require(code);
		access.check(Operation.CREATE, RecordFacts.ofType(type.recordType()));
		return type;
	}

	TrackerType type(String code) {
		return types.require(code);
	}

	/** Takes an item in through the type's intake form. */
	@Transactional
	TrackerItemView create(String code, Map<String, ? extends @Nullable Object> values) {
		TrackerType type = types.require(code);
		Actor actor = access.check(Operation.CREATE, RecordFacts.ofType(type.recordType()));
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		String reference = items.nextReference(type, TrackerItem.CALENDAR.localDate(now).getYear());
		TrackerItem item = TrackerItem.receive(type, reference, actor, values, now);
		items.insert(type, item);
		retention.track(type.recordType(), item.id().toString(), item.retentionFacts());
		audit.record(new AuditEvent(AuditAction.CREATE, type.recordType(), item.id().toString(),
				item.owningComponent(), List.copyOf(item.values().keySet()), "tracker intake", null));
		notices.reached(type, item, type.initialStage());
		return type.inLibrary(actor) ? view(type, item, "tracker intake") : receipt(type, item);
	}

	/** One item, masked for the reader and its read audited. */
	@Transactional
	TrackerItemView get(String code, UUID id) {
		TrackerType type = types.require(code);
		TrackerItem item = items.require(type, id);
		access.check(Operation.READ, item.facts(type));
		return view(type, item, "tracker item");
	}

	/**
	 * A page of the type's items, sorted; optionally only those whose lookup field has a value (EMMA: the mail of a
	 * receipt number). A lookup by a field the reader may not see is refused.
	 */
	@Transactional
	ResultPage<Row> list(String code, Paging paging, String sort, boolean descending, @Nullable String lookupField,
			@Nullable String lookupValue) {
		TrackerType type = types.require(code);
		Actor actor = access.check(Operation.SEARCH, RecordFacts.ofType(type.recordType()));
		Object value = null;
		String filterField = null;
		if (lookupField != null && lookupValue != null && !lookupValue.isBlank()) {
			Field field = type.field(lookupField).filter(Field::lookup).orElseThrow(
					() -> InvalidInputException.of("lookup", "Items cannot be looked up by " + lookupField));
			catalog.require(type.recordType()).field(field.name()).ifPresent(declared -> {
				if (!declared.visibleTo().isEmpty() && declared.visibleTo().stream().noneMatch(actor::hasRole)) {
					throw new AccessDeniedException("Looking up by " + field.label() + " is for those who may see it");
				}
			});
			value = TrackerValues.merge(type, Map.of(), Map.of(field.name(), lookupValue), false).get(field.name());
			audit.record(new AuditEvent(AuditAction.SEARCH, type.recordType(), null, null, List.of(field.name()),
					"tracker lookup", null));
			filterField = field.name();
		}
		List<TrackerItem> found = items.page(type, paging, sort, descending, filterField, value);
		long total = items.count(type, filterField, value);
		List<Map<String, @Nullable Object>> shown = new ArrayList<>();
		List<RecordFacts> facts = new ArrayList<>();
		for (TrackerItem item : found) {
			Map<String, @Nullable Object> listed = new LinkedHashMap<>();
			type.listFields().forEach(field -> listed.put(field.name(), item.values().get(field.name())));
			shown.add(listed);
			facts.add(item.facts(type));
		}
		List<ReleasedValues> released = found.isEmpty() ? List.of()
				: guard.releaseAllValues(shown, facts, "tracker list");
		Instant now = Instant.now();
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			TrackerItem item = found.get(i);
			rows.add(new Row(item.id(), item.reference(), item.stage(), type.requireStage(item.stage()).label(),
					item.receivedAt(), item.nextDue(type).orElse(null),
					type.milestones().stream().anyMatch(m -> item.overdue(m, now)), flags(type, item),
					released.get(i).values(), released.get(i).maskedFields()));
		}
		return paging.of(rows, total);
	}

	/** Moves an item to another stage as its type allows, with any values the step brings. */
	@Transactional
	TrackerItemView advance(String code, UUID id, String stage, Map<String, ? extends @Nullable Object> values,
			long version) {
		TrackerType type = types.require(code);
		TrackerItem item = items.require(type, id);
		Actor actor = access.check(Operation.UPDATE, item.facts(type));
		if (item.version() != version) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(type.recordType(), id);
		}
		Stage reached;
		try {
			reached = item.advance(type, stage, actor, values, Instant.now().truncatedTo(ChronoUnit.MICROS));
		}
		catch (AccessDeniedException ex) {
			audit.refused(Operation.UPDATE, item.facts(type));
			throw ex;
		}
		items.update(type, item);
		retention.track(type.recordType(), item.id().toString(), item.retentionFacts());
		List<String> changed = new ArrayList<>(List.of("stage"));
		changed.addAll(values.keySet());
		audit.record(new AuditEvent(AuditAction.UPDATE, type.recordType(), id.toString(), item.owningComponent(),
				changed, "tracker stage", "stage " + reached.code()));
		notices.reached(type, item, reached);
		return view(type, items.require(type, id), "tracker stage");
	}

	/** The month's counts for the type's summary roles (OPQ supervisors, RAMS administrators). */
	@Transactional(readOnly = true)
	Summary summary(String code, YearMonth month) {
		TrackerType type = types.require(code);
		Actor actor = access.check(Operation.SEARCH, RecordFacts.ofType(type.recordType()));
		if (!type.mayReadSummary(actor)) {
			audit.refused(Operation.SEARCH, RecordFacts.ofType(type.recordType()));
			throw new AccessDeniedException("The summary of the " + type.name() + " is for "
					+ String.join(" or ", type.library().summaryRoles()));
		}
		var zone = TrackerItem.CALENDAR.zone();
		List<TrackerItem> received = items.receivedBetween(type, month.atDay(1).atStartOfDay(zone).toInstant(),
				month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
		Map<String, Long> byStage = new LinkedHashMap<>();
		type.stages().forEach(stage -> byStage.put(stage.label(),
				received.stream().filter(item -> item.stage().equals(stage.code())).count()));
		Instant now = Instant.now();
		List<TrackerItem> closed = received.stream().filter(item -> item.closedAt() != null).toList();
		Double average = closed.isEmpty() ? null : closed.stream()
			.mapToInt(item -> TrackerItem.CALENDAR.businessDaysBetween(
					TrackerItem.CALENDAR.localDate(item.receivedAt()),
					TrackerItem.CALENDAR.localDate(item.closedAt())))
			.average().orElse(0);
		long overdue = received.stream()
			.filter(item -> type.milestones().stream().anyMatch(m -> item.overdue(m, now))).count();
		return new Summary(type.code(), month.toString(), received.size(), byStage, closed.size(), overdue, average);
	}

	private TrackerItemView view(TrackerType type, TrackerItem item, String purpose) {
		Map<String, @Nullable Object> ordered = new LinkedHashMap<>();
		type.fields().forEach(field -> {
			if (item.values().containsKey(field.name())) {
				ordered.put(field.name(), item.values().get(field.name()));
			}
		});
		ReleasedValues released = guard.releaseValues(ordered, item.facts(type), purpose);
		Map<String, @Nullable Object> plain = new LinkedHashMap<>();
		Map<String, Map<String, @Nullable Object>> parties = new LinkedHashMap<>();
		released.values().forEach((name, value) -> {
			String party = type.field(name).map(Field::party).orElse(null);
			(party == null ? plain : parties.computeIfAbsent(party, p -> new LinkedHashMap<>())).put(name, value);
		});
		Instant now = Instant.now();
		List<MilestoneView> milestones = type.milestones().stream()
			.map(m -> new MilestoneView(m.code(), m.label(), item.dueDate(m).orElse(null),
					item.reachedAt(m.reachedAt()).orElse(null), item.overdue(m, now)))
			.toList();
		List<StageOption> next = type.requireStage(item.stage()).next().stream()
			.map(code -> new StageOption(code, type.requireStage(code).label())).toList();
		List<String> duplicates = items.duplicatesOf(type, item).stream().map(TrackerItem::reference).toList();
		Stage stage = type.requireStage(item.stage());
		return new TrackerItemView(item.id(), type.code(), item.reference(), stage.code(), stage.label(),
				stage.isFinal(), item.owningComponent(), item.receivedAt(), plain, parties, released.maskedFields(),
				milestones, flags(type, item), next, duplicates, item.version());
	}

	/** What a submitter outside the library learns of what they submitted: its reference and stage, no values. */
	private static TrackerItemView receipt(TrackerType type, TrackerItem item) {
		Stage stage = type.requireStage(item.stage());
		return new TrackerItemView(item.id(), type.code(), item.reference(), stage.code(), stage.label(), false,
				item.owningComponent(), item.receivedAt(), Map.of(), Map.of(), java.util.Set.of(), List.of(),
				List.of(), List.of(), List.of(), item.version());
	}

	private static List<FlagView> flags(TrackerType type, TrackerItem item) {
		return item.flags(type).stream().map(flag -> new FlagView(flag.code(), flag.label())).toList();
	}
}
