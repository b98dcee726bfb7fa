package org.casekeep.crm.outreach;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
 * <p>
 * The counts come from tallies the database keeps as records change (changelog {@code crm/010-outreach-tallies.sql},
 * compacted by {@link OutreachTallyCompaction}), so a report costs the same at a million stakeholders as at ten.
 */
@Service
class OutreachReports {

	/** The tallies' issue of every stakeholder, whatever their issues. */
	static final String EVERY_ISSUE = "";

	/** The tallies' state of stakeholders without an address. */
	static final String NO_STATE = "";

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
		count(filter, "I", (state, n) -> row(byState, state)[0] = n);
		count(filter, "O", (state, n) -> row(byState, state)[1] = n);
		interactions(filter, byState);

		Map<FemaRegion, List<Place>> places = new EnumMap<>(FemaRegion.class);
		List<Place> elsewhere = new ArrayList<>();
		for (UsState state : UsState.values()) {
			Place place = new Place(state.code(), state.fullName(), counts(byState.get(state.code())));
			FemaRegion.of(state).ifPresentOrElse(region -> places.computeIfAbsent(region, key -> new ArrayList<>())
				.add(place), () -> elsewhere.add(place));
		}
		elsewhere.add(new Place(OutreachReport.NO_ADDRESS, "No address recorded", counts(byState.get(NO_STATE))));

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
		void put(String state, long count);
	}

	/** Stakeholders of one kind ({@code I} individuals, {@code O} organizations) by state, from their tally. */
	private void count(OutreachFilter filter, String kind, StateCount into) {
		jdbc.sql("""
				select state, sum(n) from crm.outreach_stakeholder_tally
				where kind = :kind and issue = :issue and (cast(:component as text) is null or owning_component = :component)
				group by state""")
			.param("kind", kind)
			.param("issue", Objects.requireNonNullElse(filter.issue(), EVERY_ISSUE))
			.param("component", filter.component())
			.query(rs -> {
				into.put(rs.getString(1), rs.getLong(2));
			});
	}

	/**
	 * Interactions of the period with individuals of the issue, had by the component, by the individual's state: the
	 * whole months of the period from the monthly tally, the days before and after them from the daily one.
	 */
	private void interactions(OutreachFilter filter, Map<String, long[]> byState) {
		LocalDate from = filter.period().from();
		LocalDate end = filter.period().to().plusDays(1);
		LocalDate firstMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
		LocalDate endMonths = end.withDayOfMonth(1);
		StringBuilder where = new StringBuilder();
		Map<String, Object> params = new HashMap<>();
		if (firstMonth.isBefore(endMonths)) {
			where.append("(grain = 'M' and period_start >= :firstMonth and period_start < :endMonths)"
					+ " or (grain = 'D' and ((period_start >= :from and period_start < :firstMonth)"
					+ " or (period_start >= :endMonths and period_start < :end)))");
			params.put("firstMonth", firstMonth);
			params.put("endMonths", endMonths);
		}
		else {
			where.append("grain = 'D' and period_start >= :from and period_start < :end");
		}
		params.put("from", from);
		params.put("end", end);
		params.put("issue", Objects.requireNonNullElse(filter.issue(), EVERY_ISSUE));
		params.put("component", filter.component());
		jdbc.sql("select state, sum(n) from crm.outreach_interaction_tally where issue = :issue and ("
				+ where + ") and (cast(:component as text) is null or dhs_component = :component) group by state")
			.params(params)
			.query(rs -> {
				row(byState, rs.getString(1))[2] = rs.getLong(2);
			});
	}

	private static long[] row(Map<String, long[]> byState, String state) {
		return byState.computeIfAbsent(state, key -> new long[3]);
	}

	private static OutreachCounts counts(long @Nullable [] row) {
		return row == null ? OutreachCounts.NONE : new OutreachCounts(row[0], row[1], row[2]);
	}
}
