package org.casekeep.correspondence.trackers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.web.Paging;
import org.casekeep.kernel.web.Sorting;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The items of every tracker, in {@code correspondence.tracker_item}: one row each, its field values as jsonb. */
@Repository
class TrackerItems {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<LinkedHashMap<String, Object>> VALUES = new TypeReference<>() {
	};

	private static final TypeReference<LinkedHashMap<String, String>> REACHED = new TypeReference<>() {
	};

	private static final String COLUMNS = """
			id, tracker_type, reference, stage, owning_component, requester_username,
			field_values::text as field_values, reached::text as reached, received_at, updated_at, closed_at,
			final_decision_at, version""";

	/** The orders a list may be sorted in, by the name a request gives. */
	static final Map<String, String> SORTS = Map.of("received", "received_at", "due", "next_due", "reference",
			"reference", "stage", "stage");

	/** Newest first, when a request names no order. */
	static final Sorting DEFAULT_SORT = new Sorting("received", true);

	/**
	 * The kernel's {@code sort=key,asc|desc} from a request that may still give the direction apart
	 * ({@code sort=reference&direction=asc}).
	 */
	static @Nullable String sortParam(@Nullable String sort,
			@Nullable String direction) {
		if (sort == null || sort.isBlank() || sort.contains(",") || direction == null || direction.isBlank()) {
			return sort;
		}
		return sort + "," + direction;
	}

	private final JdbcClient jdbc;

	TrackerItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	String nextReference(TrackerType type, int year) {
		int number = jdbc.sql("""
				insert into correspondence.tracker_reference (tracker_type, year, last_number) values (?, ?, 1)
				on conflict (tracker_type, year) do update set last_number = tracker_reference.last_number + 1
				returning last_number""")
			.params(type.code(), year).query(Integer.class).single();
		return "%s-%d-%06d".formatted(type.referencePrefix(), year, number);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void insert(TrackerType type, TrackerItem item) {
		jdbc.sql("""
				insert into correspondence.tracker_item (id, tracker_type, reference, stage, owning_component,
				    requester_username, field_values, reached, next_due, received_at, updated_at, closed_at,
				    final_decision_at, version)
				values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?, 0)""")
			.params(item.id(), type.code(), item.reference(), item.stage(), item.owningComponent(), item.requester(),
					json(item.values()), json(item.reached()), item.nextDue(type).orElse(null), ts(item.receivedAt()),
					ts(item.updatedAt()), ts(item.closedAt()), ts(item.finalDecisionAt()))
			.update();
	}

	/**
	 * Stores a changed item if nobody changed it since it was read.
	 * @throws ObjectOptimisticLockingFailureException otherwise (409).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void update(TrackerType type, TrackerItem item) {
		int updated = jdbc.sql("""
				update correspondence.tracker_item
				set stage = ?, field_values = cast(? as jsonb), reached = cast(? as jsonb),
				    next_due = ?, updated_at = ?, closed_at = ?, final_decision_at = ?, version = version + 1
				where id = ? and tracker_type = ? and version = ?""")
			.params(item.stage(), json(item.values()), json(item.reached()), item.nextDue(type).orElse(null),
					ts(item.updatedAt()), ts(item.closedAt()), ts(item.finalDecisionAt()), item.id(), type.code(),
					item.version())
			.update();
		if (updated == 0) {
			throw new ObjectOptimisticLockingFailureException("correspondence.tracker_item", item.id());
		}
	}

	TrackerItem require(TrackerType type, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from correspondence.tracker_item where id = ? and tracker_type = ?")
			.params(id, type.code()).query(TrackerItems::item).optional()
			.orElseThrow(() -> new RecordNotFoundException(type.recordType(), id));
	}

	/** A page of a tracker's items in the given order, optionally only those whose field has a value. */
	List<TrackerItem> page(TrackerType type, Paging paging, String sort, boolean descending,
			@Nullable String lookupField, @Nullable Object lookupValue) {
		String column = SORTS.getOrDefault(sort, "received_at");
		return jdbc.sql("select " + COLUMNS + " from correspondence.tracker_item where tracker_type = ?"
				+ " and (cast(? as text) is null or field_values ->> cast(? as text) = cast(? as text))"
				+ " order by " + column + (descending ? " desc" : " asc") + " nulls last, id limit ? offset ?")
			.params(type.code(), lookupField, lookupField, lookupValue == null ? null : lookupValue.toString(),
					paging.size(), paging.offset())
			.query(TrackerItems::item).list();
	}

	long count(TrackerType type, @Nullable String lookupField, @Nullable Object lookupValue) {
		return jdbc.sql("select count(*) from correspondence.tracker_item where tracker_type = ?"
				+ " and (cast(? as text) is null or field_values ->> cast(? as text) = cast(? as text))")
			.params(type.code(), lookupField, lookupField, lookupValue == null ? null : lookupValue.toString())
			.query(Long.class).single();
	}

	/**
	 * The other items of the type that agree with this one on every field of one of the type's duplicate sets,
	 * compared without case or surrounding spaces (LETS: the same constituent writing through several Members).
	 */
	List<TrackerItem> duplicatesOf(TrackerType type, TrackerItem item) {
		List<TrackerItem> found = new ArrayList<>();
		for (List<String> set : type.duplicates()) {
			if (!set.stream().allMatch(field -> item.values().get(field) != null)) {
				continue;
			}
			StringBuilder sql = new StringBuilder("select " + COLUMNS
					+ " from correspondence.tracker_item where tracker_type = ? and id <> ?");
			List<Object> params = new ArrayList<>(List.of(type.code(), item.id()));
			for (String field : set) {
				sql.append(" and lower(trim(field_values ->> cast(? as text))) = ?");
				params.add(field);
				params.add(item.values().get(field).toString().strip().toLowerCase(Locale.ROOT));
			}
			sql.append(" order by received_at limit 50");
			jdbc.sql(sql.toString()).params(params).query(TrackerItems::item).list().stream()
				.filter(other -> found.stream().noneMatch(f -> f.id().equals(other.id())))
				.forEach(found::add);
		}
		return found;
	}

	/** The items received in a period, for its summary. */
	List<TrackerItem> receivedBetween(TrackerType type, Instant from, Instant until) {
		return jdbc.sql("select " + COLUMNS + " from correspondence.tracker_item where tracker_type = ?"
				+ " and received_at >= ? and received_at < ? order by received_at limit 10000")
			.params(type.code(), ts(from), ts(until)).query(TrackerItems::item).list();
	}

	/** Destroys an item whose retention ended; one already gone is nothing to do. */
	@Transactional(propagation = Propagation.MANDATORY)
	void destroy(TrackerType type, UUID id) {
		jdbc.sql("delete from correspondence.tracker_item where id = ? and tracker_type = ?").params(id, type.code())
			.update();
	}

	private static TrackerItem item(ResultSet rs, int row) throws SQLException {
		Map<String, Object> values = JSON.readValue(rs.getString("field_values"), VALUES);
		Map<String, String> reachedText = JSON.readValue(rs.getString("reached"), REACHED);
		Map<String, Instant> reached = new LinkedHashMap<>();
		reachedText.forEach((stage, at) -> reached.put(stage, Instant.parse(at)));
		values.replaceAll((name, value) -> value instanceof Integer number ? number.longValue() : value);
		return new TrackerItem(rs.getObject("id", UUID.class), rs.getString("tracker_type"), rs.getString("reference"),
				rs.getString("stage"), rs.getString("owning_component"), rs.getString("requester_username"), values,
				reached, rs.getTimestamp("received_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
				instant(rs.getTimestamp("closed_at")), instant(rs.getTimestamp("final_decision_at")),
				rs.getLong("version"));
	}

	private static String json(Map<String, ?> map) {
		Map<String, Object> plain = new LinkedHashMap<>();
		map.forEach((key, value) -> plain.put(key, value instanceof Instant at ? at.toString() : value));
		return JSON.writeValueAsString(plain);
	}

	private static @Nullable Instant instant(@Nullable Timestamp ts) {
		return ts == null ? null : ts.toInstant();
	}

	private static @Nullable Timestamp ts(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
