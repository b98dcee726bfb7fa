package org.casekeep.crm.outreach;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.casekeep.crm.stakeholder.CrmRoles;
import org.casekeep.crm.stakeholder.IssueCatalog;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.testing.Database;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outreach gap report at the size of a mature CRM (printed by {@code bin/bench}, never part of the default run):
 * 1,000,000 individuals, 100,000 organizations and 5,000,000 interactions over three years, generated with set-based
 * SQL, then the report under a mix of the filters users combine (every issue or one, every component or one, a year,
 * a quarter, a few weeks across two months). Target: p95 at most 200 ms.
 */
@Tag("benchmark")
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutreachBenchmarks {

	static final int INDIVIDUALS = Integer.getInteger("bench.individuals", 1_000_000);
	static final int ORGANIZATIONS = Integer.getInteger("bench.organizations", 100_000);
	static final int INTERACTIONS = Integer.getInteger("bench.interactions", 5_000_000);
	static final int CALLS = Integer.getInteger("bench.outreach.calls", 250);

	static final int STATES = org.casekeep.kernel.values.UsState.values().length;

	static final String[] COMPONENTS = { "ICE", "CBP", "PSO", "FEMA", "USCIS", "TSA", "CISA", "USCG", "OIDO", "ESEC" };

	/** A CRM user; counts are open to every CRM user (CRM PIA 2.2). */
	static final Actor ANALYST = new Actor("bench-outreach", "PSO", Set.of(CrmRoles.USER));

	@Autowired
	IssueCatalog issues;

	/** The filters, as users combine them; each call takes the next. */
	List<OutreachFilter> mix() {
		return List.of(
			OutreachFilter.of(issues, null, null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
			OutreachFilter.of(issues, "IMMIGRATION", null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
			OutreachFilter.of(issues, null, "ICE", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30)),
			OutreachFilter.of(issues, "SECURE_BORDERS", "CBP", LocalDate.of(2024, 7, 1), LocalDate.of(2026, 6, 30)),
			OutreachFilter.of(issues, "DISASTER_RESPONSE", "FEMA", LocalDate.of(2025, 8, 17), LocalDate.of(2025, 9, 12)));
	}

	@Autowired
	OutreachReports reports;

	@BeforeAll
	void generate() throws Exception {
		try (Connection db = Database.superuser(); Statement statement = db.createStatement()) {
			System.out.println("BENCHMARK database: " + Database.settings());
			long existing = count(statement, "select count(*) from crm.individual where owner_username = 'bench-outreach'");
			if (existing >= INDIVIDUALS) {
				return;
			}
			long started = System.nanoTime();
			String components = "array['" + String.join("','", COMPONENTS) + "']";
			String states = "(select array_agg(code) from (values " + Arrays.stream(org.casekeep.kernel.values.UsState.values())
				.map(state -> "('" + state.code() + "')").reduce((a, b) -> a + "," + b).orElseThrow() + ") s (code))";
			statement.execute("select setseed(0.17)");
			// A bulk load, as a migration would do it: row triggers off, the tallies counted again afterwards.
			statement.execute("alter table crm.individual disable trigger user");
			statement.execute("alter table crm.organization disable trigger user");
			statement.execute("alter table crm.interaction disable trigger user");
			try {
				statement.execute("""
						insert into crm.individual (id, first_name, last_name, work_phone_e164, email, city, state, zip, issues,
						    owning_component, owner_username, created_at, updated_at, version)
						select md5('bench-individual-' || g)::uuid, 'Bench', 'Person ' || g, '+12025550100',
						       'bench' || g || '@example.org', 'Anytown',
						       case when random() < 0.02 then null
						            else (%1$s)[1 + floor(power(random(), 1.6) * %4$d)::int] end, '20001',
						       (select coalesce(array_agg(i order by i), '{}') from unnest(array['IMMIGRATION',
						           'SECURE_BORDERS', 'DISASTER_RESPONSE', 'COUNTERTERRORISM', 'ONE_DHS']) i
						        where random() < 0.3 + 0 * g),
						       (%2$s)[1 + floor(random() * 10)::int], 'bench-outreach', now(), now(), 0
						from generate_series(1, %3$d) g""".formatted(states, components, INDIVIDUALS, STATES));
				statement.execute("""
						insert into crm.organization (id, name, city, state, zip, issues, owning_component, owner_username,
						    created_at, updated_at, version)
						select md5('bench-organization-' || g)::uuid, 'Bench Organization ' || g, 'Anytown',
						       (%1$s)[1 + floor(power(random(), 1.6) * %4$d)::int], '20001',
						       (select coalesce(array_agg(i order by i), '{}') from unnest(array['IMMIGRATION',
						           'SECURE_BORDERS', 'DISASTER_RESPONSE', 'COUNTERTERRORISM', 'ONE_DHS']) i
						        where random() < 0.3 + 0 * g),
						       (%2$s)[1 + floor(random() * 10)::int], 'bench-outreach', now(), now(), 0
						from generate_series(1, %3$d) g""".formatted(states, components, ORGANIZATIONS, STATES));
				statement.execute("""
						insert into crm.interaction (id, individual_id, occurred_at, mode, dhs_component, dhs_username,
						    created_at)
						select md5('bench-interaction-' || g)::uuid,
						       md5('bench-individual-' || (1 + floor(random() * %d)::int))::uuid,
						       timestamptz '2024-01-01 00:00Z' + random() * interval '1095 days',
						       (array['PHONE','EMAIL','LETTER','MEETING','EVENT'])[1 + floor(random() * 5)::int],
						       (%s)[1 + floor(random() * 10)::int], 'bench-outreach', now()
						from generate_series(1, %d) g""".formatted(INDIVIDUALS, components, INTERACTIONS));
				statement.execute("select crm.outreach_recount()");
			}
			finally {
				statement.execute("alter table crm.individual enable trigger user");
				statement.execute("alter table crm.organization enable trigger user");
				statement.execute("alter table crm.interaction enable trigger user");
			}
			statement.execute("vacuum analyze crm.individual");
			statement.execute("vacuum analyze crm.interaction");
			statement.execute("vacuum analyze crm.outreach_stakeholder_tally");
			statement.execute("vacuum analyze crm.outreach_interaction_tally");
			System.out.printf("BENCHMARK data: %,d individuals, %,d organizations, %,d interactions generated in %.1f s;"
					+ " tallies %,d stakeholder rows, %,d interaction rows%n",
					count(statement, "select count(*) from crm.individual"),
					count(statement, "select count(*) from crm.organization"),
					count(statement, "select count(*) from crm.interaction"), (System.nanoTime() - started) / 1e9,
					count(statement, "select count(*) from crm.outreach_stakeholder_tally"),
					count(statement, "select count(*) from crm.outreach_interaction_tally"));
		}
	}

	@Test
	void theGapReportAtAMillionStakeholders() throws Exception {
		List<OutreachFilter> mix = mix();
		long[] took = new long[CALLS];
		long total = Actors.callAs(ANALYST, () -> {
			long sum = 0;
			for (int i = 0; i < 25; i++) {
				sum += reports.report(mix.get(i % mix.size())).total().stakeholders();
			}
			for (int i = 0; i < CALLS; i++) {
				long started = System.nanoTime();
				OutreachReport report = reports.report(mix.get(i % mix.size()));
				took[i] = System.nanoTime() - started;
				sum += report.total().interactions();
			}
			return sum;
		});
		assertThat(total).as("the reports counted something").isPositive();
		OutreachReport year = Actors.callAs(ANALYST, () -> reports.report(mix.getFirst()));
		long[] sorted = took.clone();
		Arrays.sort(sorted);
		System.out.printf("BENCHMARK outreach gap report (%,d stakeholders, %,d interactions; %d filters in turn, %d calls):"
				+ " median %.1f ms, p95 %.1f ms, max %.1f ms (target p95 <= 200 ms); a year, every issue: %,d stakeholders, "
				+ "%,d interactions%n", year.total().stakeholders(), countInteractions(), mix.size(), CALLS,
				sorted[CALLS / 2] / 1e6, sorted[(int) Math.ceil(CALLS * 0.95) - 1] / 1e6, sorted[CALLS - 1] / 1e6,
				year.total().stakeholders(), year.total().interactions());

		// The same year counted from the records themselves, as the report did before the tallies, for comparison.
		try (Connection db = Database.superuser(); Statement statement = db.createStatement()) {
			long started = System.nanoTime();
			long live = count(statement, """
					select count(*) from crm.interaction x join crm.individual s on s.id = x.individual_id
					where x.occurred_at >= '2025-01-01' and x.occurred_at < '2026-01-01'""");
			System.out.printf("BENCHMARK outreach: the same year's interactions counted from the records: %.0f ms "
					+ "(one query of the several a live report needs); tallies and records agree: %s%n",
					(System.nanoTime() - started) / 1e6, live == year.total().interactions());
		}
	}

	private static long countInteractions() throws Exception {
		try (Connection db = Database.superuser(); Statement statement = db.createStatement()) {
			return count(statement, "select count(*) from crm.interaction");
		}
	}

	private static long count(Statement statement, String sql) throws Exception {
		try (ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}
}
