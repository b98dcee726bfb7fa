package org.casekeep.detention;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casekeep.detention.complaint.ComplaintCase.ComplaintId;
import org.casekeep.detention.complaint.ComplaintRecords;
import org.casekeep.detention.complaint.ComplaintStatus;
import org.casekeep.detention.complaint.OidoRoles;
import org.casekeep.detention.triage.ComplaintTriage;
import org.casekeep.detention.triage.TriageReport;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.web.Paging;
import org.casekeep.testing.Database;
import org.casekeep.testing.DemoUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The detention ombudsman at the size of several years of complaints (printed by {@code bin/bench}, never part of the
 * default run): 200,000 complaints over five fiscal years with their facilities, and 5,000 more merged into earlier
 * ones standing in for the 5,000 investigations (this branch has no investigation table), generated with set-based
 * SQL. Then: triage's duplicate check by A-Number and by fuzzy name and date of birth (target p95 at most 50 ms), an
 * analyst's work queue (p95 at most 100 ms), the annual report to Congress with suppression, as CSV and PDF (at most
 * 5 s), and portal submissions from 20 concurrent submitters through the public page. {@code -Dbench.complaints=},
 * {@code -Dbench.investigations=}, {@code -Dbench.detention.calls=} and {@code -Dbench.portal.each=} change the sizes.
 */
@Tag("benchmark")
@SpringBootTest(properties = { "casekeep.public.form-min-seconds=0", "casekeep.public.submissions-per-hour=1000000",
		"casekeep.public.pages-per-minute=1000000" })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DetentionBenchmarks {

	static final int COMPLAINTS = Integer.getInteger("bench.complaints", 200_000);
	static final int INVESTIGATIONS = Integer.getInteger("bench.investigations", 5_000);
	static final int CALLS = Integer.getInteger("bench.detention.calls", 200);
	static final int SUBMITTERS = 20;
	static final int EACH = Integer.getInteger("bench.portal.each", 10);

	/** The fiscal year the annual report is timed on: the last whole one of the generated five. */
	static final int REPORT_YEAR = 2026;

	static final Actor ANALYST = new Actor("bench-oido-analyst", OidoRoles.COMPONENT, Set.of(OidoRoles.ANALYST));

	static final RequestPostProcessor MANAGER = DemoUsers.token("bench-oido-manager", OidoRoles.COMPONENT,
			OidoRoles.MANAGER);

	static final Pattern STAMP = Pattern.compile("name=\"stamp\" value=\"([^\"]+)\"");

	@Autowired
	ComplaintTriage triage;

	@Autowired
	ComplaintRecords records;

	@Autowired
	MockMvc mvc;

	@BeforeAll
	void generate() throws Exception {
		try (Connection db = Database.superuser(); Statement statement = db.createStatement()) {
			System.out.println("BENCHMARK database: " + Database.settings());
			// PIA 8.2: the analyst's and the manager's annual privacy training is current, or case data is refused.
			statement.execute("""
					insert into kernel.privacy_training (id, username, component, course, completed_on, recorded_by,
					    recorded_at)
					select gen_random_uuid(), u, 'OIDO', 'DHS Privacy Awareness', current_date, 'bench', now()
					from unnest(array['bench-oido-analyst', 'bench-oido-manager']) u
					where not exists (select 1 from kernel.privacy_training where username = u
					                  and completed_on = current_date)""");
			if (count(statement, "select count(*) from detention.complaint where created_by = 'bench'")
					>= COMPLAINTS + INVESTIGATIONS) {
				return;
			}
			long started = System.nanoTime();
			statement.execute("select setseed(0.29)");
			// Five fiscal years (FY2022-FY2026); 2,400 names and ~20,000 birth dates, so a name and a date of birth are
			// shared by a handful of complaints as real repeat complainants are; one in five without an A-Number.
			statement.execute("""
					insert into detention.complaint (id, case_number, version, created_at, updated_at, created_by, channel,
					    received_on, anonymous, detainee_name, detainee_aliases, a_number, date_of_birth, description,
					    categories, consent_to_investigate, consent_to_representative, status, emergency, jurisdiction,
					    assigned_analyst, referred_to, triaged_by, triaged_at)
					select md5('bench-complaint-' || g)::uuid, 'OIDO-2030-' || lpad(g::text, 6, '0'), 0, t.received, t.received,
					       'bench', (array['IN_PERSON','MAIL','EMAIL','FAX','TELEPHONE','PORTAL'])[1 + floor(random() * 6)::int],
					       t.received::date, false,
					       (array['Maria','Jose','Ana','Luis','Carmen','Juan','Rosa','Carlos','Elena','Miguel','Sofia','Pedro',
					              'Lucia','Jorge','Marta','Diego','Paula','Andres','Isabel','Raul','Teresa','Mario','Alicia',
					              'Oscar','Gloria','Hugo','Irene','Ramon','Julia','Victor','Nora','Felipe','Laura','Samuel',
					              'Adriana','Tomas','Beatriz','Ruben','Silvia','Ernesto'])[1 + g % 40]
					       || ' ' ||
					       (array['Lopez','Hernandez','Garcia','Martinez','Rodriguez','Perez','Sanchez','Ramirez','Torres',
					              'Flores','Rivera','Gomez','Diaz','Cruz','Morales','Reyes','Gutierrez','Ortiz','Chavez',
					              'Ramos','Ruiz','Alvarez','Mendoza','Castillo','Jimenez','Moreno','Romero','Herrera','Medina',
					              'Aguilar','Vargas','Castro','Guzman','Fernandez','Juarez','Mendez','Salazar','Soto','Delgado',
					              'Pena','Rios','Vasquez','Contreras','Sandoval','Guerrero','Estrada','Navarro','Cortes',
					              'Campos','Vega','Nunez','Luna','Dominguez','Cabrera','Molina','Silva','Rojas','Acosta',
					              'Figueroa','Espinoza'])[1 + (g / 40) % 60],
					       '{}',
					       case when g % 5 = 0 then null else 'A' || lpad((100000000 + g % 150000)::text, 9, '0') end,
					       date '1955-01-01' + (g * 7919 % 20000),
					       'Generated complaint for the benchmark',
					       (select coalesce(array_agg(c order by c), '{}') from unnest(array['ABUSE','DISABILITY_ACCOMMODATION',
					           'LANGUAGE_ACCESS','LEGAL_REPRESENTATION','PERSONAL_PROPERTY','MEDICAL',
					           'RELIGIOUS_ACCOMMODATION']) c where random() < 0.2 + 0 * g),
					       true, random() < 0.6, t.status, random() < 0.01,
					       case when t.status = 'RECEIVED' then null else 'WITHIN_PURVIEW' end,
					       case when t.status in ('ACCEPTED', 'CLOSED') then 'bench-analyst-' || g % 20 end,
					       case when t.status = 'REFERRED'
					            then (array['OIG','USCIS','CRCL','JUSTICE','FACILITY'])[1 + floor(random() * 5)::int] end,
					       case when t.status = 'RECEIVED' then null else 'bench-analyst-' || g % 20 end,
					       case when t.status = 'RECEIVED' then null else t.received + random() * interval '20 days' end
					from generate_series(1, $COMPLAINTS) g,
					     lateral (select timestamptz '2021-10-01 12:00Z' + (random() + 0 * g) * interval '1825 days' as received,
					                     (select s from (values ('RECEIVED', 0.10), ('ACCEPTED', 0.40), ('REFERRED', 0.48),
					                              ('DECLINED', 0.53), ('CLOSED', 1.0)) v (s, upto)
					                      where v.upto >= r.x order by v.upto limit 1) as status
					              from (select random() + 0 * g as x) r) t""".replace("$COMPLAINTS", Integer.toString(COMPLAINTS)));
			statement.execute("""
					update detention.complaint set closed_at = triaged_at + random() * interval '90 days', closed_by = 'bench',
					    resolution = 'Resolved'
					where created_by = 'bench' and status = 'CLOSED'""");
			// No investigation table on this branch: as many complaints again of another status, merged into earlier ones.
			statement.execute("""
					insert into detention.complaint (id, case_number, version, created_at, updated_at, created_by, channel,
					    received_on, anonymous, detainee_name, a_number, date_of_birth, description, categories,
					    consent_to_investigate, consent_to_representative, status, merged_into, triaged_by, triaged_at)
					select md5('bench-merged-' || g)::uuid, 'OIDO-2030-' || lpad(($COMPLAINTS + g)::text, 6, '0'), 0, o.created_at,
					       o.created_at, 'bench', o.channel, o.received_on, false, o.detainee_name, o.a_number, o.date_of_birth,
					       'Generated duplicate for the benchmark', o.categories, true, false, 'MERGED', o.id, 'bench',
					       o.created_at + interval '3 days'
					from generate_series(1, $INVESTIGATIONS) g
					join detention.complaint o on o.id = md5('bench-complaint-' || (1 + (g * 37) % $COMPLAINTS))::uuid"""
				.replace("$COMPLAINTS", Integer.toString(COMPLAINTS))
				.replace("$INVESTIGATIONS", Integer.toString(INVESTIGATIONS)));
			// The facility of each: 60 facilities, a few large and many small, and five county jails with a handful of
			// complaints a year each, so the annual report has small cells to suppress.
			statement.execute("""
					insert into detention.complaint_detention_stay (complaint_id, position, facility, detained_from)
					select c.id, 0, case when random() < 0.001 then 'County Jail ' || (1 + floor(random() * 5))::int
					                     else 'Facility ' || lpad((1 + floor(power(random(), 3) * 60))::int::text, 2, '0')
					                          || ' Processing Center' end, c.received_on - 30
					from detention.complaint c where c.created_by = 'bench'""");
			statement.execute("vacuum analyze detention.complaint");
			statement.execute("vacuum analyze detention.complaint_detention_stay");
			System.out.printf("BENCHMARK detention data: %,d complaints (%,d merged ones standing in for investigations, "
					+ "which this branch has no table for), %,d stays, generated in %.1f s%n",
					count(statement, "select count(*) from detention.complaint"), INVESTIGATIONS,
					count(statement, "select count(*) from detention.complaint_detention_stay"),
					(System.nanoTime() - started) / 1e9);
		}
	}

	@Test
	@Order(1)
	void theDuplicateCheckByANumberAndByFuzzyNameAndDateOfBirth() throws Exception {
		List<UUID> withANumber = ids("a_number is not null and status = 'RECEIVED'");
		List<UUID> withoutANumber = ids("a_number is null and status = 'RECEIVED'");
		long[] byBoth = time(withANumber, id -> triage.report(new ComplaintId(id)).sameANumber().size());
		long[] byName = time(withoutANumber, id -> triage.report(new ComplaintId(id)).similarNameSameBirthDate().size());
		TriageReport sample = Actors.callAs(ANALYST, () -> triage.report(new ComplaintId(withANumber.getFirst())));
		print("duplicate check, A-Number and fuzzy name + date of birth (triage report)", byBoth, "50 ms");
		print("duplicate check, fuzzy name + date of birth only (no A-Number)", byName, "50 ms");
		System.out.printf("BENCHMARK duplicate check sample: %d by A-Number, %d by name and date of birth%n",
				sample.sameANumber().size(), sample.similarNameSameBirthDate().size());
	}

	@Test
	@Order(2)
	void anAnalystsWorkQueue() throws Exception {
		long[] received = new long[CALLS];
		long[] accepted = new long[CALLS];
		long[] every = new long[CALLS];
		long total = Actors.callAs(ANALYST, () -> {
			long sum = 0;
			for (int i = 0; i < 20; i++) {
				sum += records.queue(ComplaintStatus.RECEIVED, Paging.FIRST).total();
				sum += records.queue(null, Paging.FIRST).total();
			}
			for (int i = 0; i < CALLS; i++) {
				Paging page = new Paging(1 + i % 5, Paging.DEFAULT_SIZE);
				long start = System.nanoTime();
				sum += records.queue(ComplaintStatus.RECEIVED, page).items().size();
				received[i] = System.nanoTime() - start;
				start = System.nanoTime();
				sum += records.queue(ComplaintStatus.ACCEPTED, page).items().size();
				accepted[i] = System.nanoTime() - start;
				start = System.nanoTime();
				sum += records.queue(null, page).items().size();
				every[i] = System.nanoTime() - start;
			}
			return sum;
		});
		assertThat(total).isPositive();
		print("work queue, received complaints, pages 1-5 of 25", received, "100 ms");
		print("work queue, accepted complaints, pages 1-5 of 25", accepted, "100 ms");
		print("work queue, every status, pages 1-5 of 25", every, "100 ms");
	}

	@Test
	@Order(3)
	void theAnnualReportToCongressWithSuppression() throws Exception {
		int runs = Math.max(3, Integer.getInteger("bench.annual.runs", 5));
		long[] csv = new long[runs];
		long[] pdf = new long[runs];
		String body = "";
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			body = mvc.perform(get("/api/detention/reports/annual/{year}.csv", REPORT_YEAR).with(MANAGER))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			csv[i] = System.nanoTime() - start;
			start = System.nanoTime();
			mvc.perform(get("/api/detention/reports/annual/{year}.pdf", REPORT_YEAR).with(MANAGER))
				.andExpect(status().isOk());
			pdf[i] = System.nanoTime() - start;
		}
		print("annual report to Congress FY" + REPORT_YEAR + " as CSV (counts, suppression, LP audit)", csv, "5000 ms");
		print("annual report to Congress FY" + REPORT_YEAR + " as PDF", pdf, "5000 ms");
		body.lines().filter(line -> line.startsWith("Table") || line.contains("suppressed."))
			.forEach(line -> System.out.println("BENCHMARK annual report: " + line));
	}

	@Test
	@Order(4)
	void portalSubmissionsFromTwentyConcurrentSubmitters() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(SUBMITTERS);
		List<Long> took = Collections.synchronizedList(new ArrayList<>());
		long started = System.nanoTime();
		try {
			List<Future<?>> submitters = new ArrayList<>();
			for (int s = 0; s < SUBMITTERS; s++) {
				String address = "198.51.100." + (10 + s);
				submitters.add(pool.submit(() -> {
					for (int i = 0; i < EACH; i++) {
						took.add(submit(address, i));
					}
					return null;
				}));
			}
			for (Future<?> submitter : submitters) {
				submitter.get();
			}
		}
		finally {
			pool.shutdown();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		long[] times = took.stream().mapToLong(Long::longValue).toArray();
		print("portal submission, " + SUBMITTERS + " concurrent submitters (POST of the public form, Argon2 receipt code)",
				times, "none set");
		System.out.printf("BENCHMARK portal throughput: %d submissions in %.1f s, %.1f a second%n", times.length, seconds,
				times.length / seconds);
	}

	/** One submitter's form: served, filled, posted; answers the post's time. */
	private long submit(String address, int i) throws Exception {
		RequestPostProcessor from = request -> {
			request.setRemoteAddr(address);
			return request;
		};
		String form = mvc.perform(get("/public/detention/complaint").with(from)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		Matcher stamp = STAMP.matcher(form);
		assertThat(stamp.find()).as("the form carries its stamp").isTrue();
		long start = System.nanoTime();
		mvc.perform(post("/public/detention/complaint").with(from).with(csrf())
				.param("stamp", stamp.group(1)).param("website", "")
				.param("detaineeName", "Portal Bench " + address + " " + i).param("dateOfBirth", "1980-02-02")
				.param("description", "Benchmark submission: no access to the law library for two weeks")
				.param("categories", "LEGAL_REPRESENTATION").param("consentToInvestigate", "true"))
			.andExpect(status().isSeeOther());
		return System.nanoTime() - start;
	}

	private interface Check {
		int run(UUID id);
	}

	private long[] time(List<UUID> ids, Check check) {
		assertThat(ids).as("generated complaints to check").isNotEmpty();
		long[] took = new long[CALLS];
		Actors.runAs(ANALYST, () -> {
			for (int i = 0; i < 20; i++) {
				check.run(ids.get(i % ids.size()));
			}
			for (int i = 0; i < CALLS; i++) {
				long start = System.nanoTime();
				check.run(ids.get((i * 7 + 3) % ids.size()));
				took[i] = System.nanoTime() - start;
			}
		});
		return took;
	}

	private List<UUID> ids(String where) throws Exception {
		List<UUID> ids = new ArrayList<>();
		try (Connection db = Database.superuser(); Statement statement = db.createStatement();
				ResultSet rs = statement.executeQuery("select id from detention.complaint where created_by = 'bench' and "
						+ where + " order by case_number limit 500")) {
			while (rs.next()) {
				ids.add(rs.getObject(1, UUID.class));
			}
		}
		return ids;
	}

	private static void print(String what, long[] took, String target) {
		long[] sorted = took.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		System.out.printf("BENCHMARK %s (%,d complaints, %d calls): median %.1f ms, p95 %.1f ms, max %.1f ms (target p95 <= %s)%n",
				what, COMPLAINTS + INVESTIGATIONS, n, sorted[n / 2] / 1e6, sorted[(int) Math.ceil(n * 0.95) - 1] / 1e6,
				sorted[n - 1] / 1e6, target);
	}

	private static long count(Statement statement, String sql) throws Exception {
		try (ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}
}
