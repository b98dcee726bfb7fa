package org.casekeep.crm.outreach;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.casekeep.crm.outreach.OutreachReport.Place;
import org.casekeep.crm.outreach.OutreachReport.Region;
import org.casekeep.crm.stakeholder.Stakeholder;
import org.casekeep.crm.stakeholder.StakeholderRecords;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.values.UsState;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts stakeholders and interactions per state in the database and adds them up per FEMA region here, so the
 * region a state belongs to is written once ({@link FemaRegion}). Every CRM user may run a report (CRM PIA 2.2):
 * counts reveal no cell phone, e-mail or name, so running one reads no personal data and is not an audited access.
 */
@Service
class OutreachReports {

	private final JdbcClient jdbc;
	private final StakeholderRecords records;

	OutreachReports(JdbcClient jdbc, StakeholderRecords records) {
		this.jdbc = jdbc;
		this.records = records;
	}

	/** The report of the filter; every state and region is in it, also those with nobody. */
	@Transactional(readOnly = true)
	public OutreachReport report(OutreachFilter filter) {
		records.check(Operation.SEARCH, Stakeholder.INDIVIDUAL);
		Map<String, long[]> byState = new HashMap<>();
		count(filter, "crm.individual", (state, n) -> row(byState, state)[0] = n);
		count(filter, "crm.organization", (state, n) -> row(byState, state)[1] = n);
		interactions(filter, byState);

		Map<FemaRegion, List<Place>> places = new EnumMap<>(FemaRegion.class);
		List<Place> elsewhere = new ArrayList<>();
		for (UsState state : UsState.values()) {
			Place place = new Place(state.code(), state.fullName(), counts(byState.get(state.code())));
			FemaRegion.of(state).ifPresentOrElse(region -> places.computeIfAbsent(region, key -> new ArrayList<>())
				.add(place), () -> elsewhere.add(place));
		}
		elsewhere.add(new Place(OutreachReport.NO_ADDRESS, "No address recorded", counts(byState.get(null))));

		List<Region> regions = new ArrayList<>();
		OutreachCounts total = OutreachCounts.NONE;
		for (FemaRegion region : FemaRegion.values()) {
			List<Place> states = places.get(region);
			OutreachCounts sum = states.stream().map(Place::counts).reduce(OutreachCounts.NONE, OutreachCounts::plus);
			regions.add(new Region(region.name(), region.number(), region.label(), region.office(), sum, states));
			total = total.plus(sum);
		}
		for (Place place : elsewhere) {
			total = total.plus(place.counts());
		}
		return new OutreachReport(filter.period().from(), filter.period().to(), filter.issue(), filter.component(),
				regions, List.copyOf(elsewhere), total);
	}

	private interface StateCount {
		void put(@Nullable String state, long count);
	}

	/** Stakeholders of one table by state: of the issue, owned by the component. */
	private void count(OutreachFilter filter, String table, StateCount into) {
		StringBuilder sql = new StringBuilder("select s.state, count(*) from ").append(table).append(" s where true");
		Map<String, Object> params = new HashMap<>();
		stakeholderConditions(filter, sql, params);
		if (filter.component() != null) {
			sql.append(" and s.owning_component = :component");
			params.put("component", filter.component());
		}
		jdbc.sql(sql.append(" group by s.state").toString()).params(params)
			.query(rs -> {
				into.put(rs.getString(1), rs.getLong(2));
			});
	}

	/** Interactions of the period with individuals of the issue, had by the component, by the individual's state. */
	private void interactions(OutreachFilter filter, Map<String, long[]> byState) {
		StringBuilder sql = new StringBuilder("""
				select s.state, count(*), count(distinct x.individual_id)
				from crm.interaction x join crm.individual s on s.id = x.individual_id
				where x.occurred_at >= :start and x.occurred_at < :end""");
		Map<String, Object> params = new HashMap<>();
		params.put("start", Timestamp.from(filter.period().start()));
		params.put("end", Timestamp.from(filter.period().end()));
		stakeholderConditions(filter, sql, params);
		if (filter.component() != null) {
			sql.append(" and x.dhs_component = :component");
			params.put("component", filter.component());
		}
		jdbc.sql(sql.append(" group by s.state").toString()).params(params)
			.query(rs -> {
				long[] row = row(byState, rs.getString(1));
				row[2] = rs.getLong(2);
				row[3] = rs.getLong(3);
			});
	}

	private static void stakeholderConditions(OutreachFilter filter, StringBuilder sql, Map<String, Object> params) {
		if (filter.issue() != null) {
			// The GIN index on issues answers containment.
			sql.append(" and s.issues @> cast(array[:issue] as text[])");
			params.put("issue", filter.issue());
		}
	}

	private static long[] row(Map<String, long[]> byState, @Nullable String state) {
		return byState.computeIfAbsent(state, key -> new long[4]);
	}

	private static OutreachCounts counts(long @Nullable [] row) {
		return row == null ? OutreachCounts.NONE : new OutreachCounts(row[0], row[1], row[2], row[3]);
	}
}
