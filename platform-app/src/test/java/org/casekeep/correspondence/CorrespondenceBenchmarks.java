package org.casekeep.correspondence;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import org.casekeep.correspondence.intake.CorrespondenceIntake;
import org.casekeep.correspondence.intake.CorrespondenceSearch;
import org.casekeep.correspondence.intake.IntakeDraft;
import org.casekeep.correspondence.office.TaskerViewers;
import org.casekeep.correspondence.taskers.TaskerQueries;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.testing.Database;
import org.casekeep.testing.DemoUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures of issue 3 ("Benchmarks"), printed by {@code bin/bench} (never part of the default test run): with
 * 100,000 correspondence records and 300,000 taskers generated in the database, the latency of the action officer's
 * tasker dashboard and list and of the full-text search; intake throughput through the service against plain JDBC
 * inserts of the same rows; and the peak heap of the run (bin/bench runs it with {@code -Xmx512m}).
 */
@Tag("benchmark")
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CorrespondenceBenchmarks {

	static final int CORRESPONDENCE = Integer.getInteger("bench.correspondence", 100_000);
	static final int TASKERS = Integer.getInteger("bench.taskers", 300_000);
	static final int CALLS = Integer.getInteger("bench.calls", 300);
	static final int WARM_UP = Integer.getInteger("bench.warmup", 30);
	static final int INTAKES = Integer.getInteger("bench.intakes", 1000);
	/** Records per batch intake, and per transaction of the plain JDBC inserts it is compared with. */
	static final int BATCH = Integer.getInteger("bench.batch", 100);
	static final int SINGLE_INTAKES = Integer.getInteger("bench.singleIntakes", 200);
	/** Each latency figure stops early (after at least 20 calls) once it has taken this long. */
	static final long BUDGET_NANOS = Long.getLong("bench.budget.seconds", 45) * 1_000_000_000L;

	/** An Executive Secretariat user of ICE: searches with the component filter and the assignment widening. */
	static final Actor ICE_EXEC_SEC = new Actor("ice-exec-sec", "ICE", Set.of("exec_sec"));

	static final String[] SEARCHES = { "border wait times", "asylum", "disaster assistance", "visa backlog",
			"detention conditions", "flood recovery grant", "naturalization interview", "cargo inspection",
			"\"port of entry\"", "refugee -canada", "cybersecurity", "hurricane shelter", "passport delay",
			"deportation hearing", "airport screening" };

	@Autowired TaskerQueries taskers;
	@Autowired CorrespondenceIntake intake;
	@Autowired CorrespondenceSearch correspondence;
	@Autowired DataSource dataSource;

	@BeforeAll
	void generate() throws Exception {
		try (Connection db = Database.superuser(); Statement statement = db.createStatement()) {
			long started = System.nanoTime();
			long existing = count(statement,
					"select count(*) from correspondence.correspondence where reference_number like 'BENCH-%'");
			if (existing < CORRESPONDENCE) {
				statement.execute("select setseed(0.42)");
				statement.execute(CorrespondenceBenchmarkData.CORRESPONDENCE.formatted(existing + 1, CORRESPONDENCE));
			}
			long taskers = count(statement,
					"select count(*) from correspondence.tasker where created_by = 'bench-generator'");
			if (taskers < TASKERS) {
				// One transaction that locks the tables first: the application's scheduled jobs (overdue flags,
				// reminders) wait for the load instead of deadlocking with the triggers' updates of every tasker.
				db.setAutoCommit(false);
				statement.execute("lock table correspondence.correspondence, correspondence.tasker,"
						+ " correspondence.tasker_assignment in share row exclusive mode");
				statement.execute(CorrespondenceBenchmarkData.TASKERS.formatted(taskers + 1, TASKERS, CORRESPONDENCE));
				statement.execute(CorrespondenceBenchmarkData.ASSIGNMENTS.formatted(taskers + 1, TASKERS));
				db.commit();
				db.setAutoCommit(true);
			}
			if (existing < CORRESPONDENCE || taskers < TASKERS) {
				// What autovacuum does after a bulk load: statistics, and the visibility map for index-only scans.
				statement.execute("vacuum analyze correspondence.correspondence");
				statement.execute("vacuum analyze correspondence.tasker");
				statement.execute("vacuum analyze correspondence.tasker_assignment");
				System.out.printf("BENCHMARK data: generated %,d correspondence records and %,d taskers (%,d assignments) in %.1f s%n",
						count(statement, "select count(*) from correspondence.correspondence"),
						count(statement, "select count(*) from correspondence.tasker"),
						count(statement, "select count(*) from correspondence.tasker_assignment"),
						(System.nanoTime() - started) / 1e9);
			}
		}
	}

	@Test
	@Order(1)
	void taskerDashboardAndListOfOneActionOfficer() {
		Actor officer = DemoUsers.ICE_ACTION.actor();
		TaskerQueries.Dashboard[] last = new TaskerQueries.Dashboard[1];
		long[] dashboard = time(officer, CALLS, () -> last[0] = taskers.dashboard());
		System.out.printf("BENCHMARK tasker dashboard (ice-action, %,d taskers, %,d visible): %s (target p95 <= 150 ms)%n",
				TASKERS, last[0].total(), stats(dashboard));
		int[] size = new int[1];
		long[] all = time(officer, CALLS, () -> size[0] = taskers.list(null, TaskerQueries.Filter.ALL).size());
		System.out.printf("BENCHMARK my taskers, all (ice-action, %,d taskers, first %d): %s (target p95 <= 150 ms)%n",
				TASKERS, size[0], stats(all));
		long[] week = time(officer, CALLS, () -> size[0] = taskers.list(null, TaskerQueries.Filter.DUE_THIS_WEEK).size());
		System.out.printf("BENCHMARK my taskers, due this week (ice-action, %,d taskers, %d shown): %s (target p95 <= 150 ms)%n",
				TASKERS, size[0], stats(week));
		long[] overdue = time(officer, CALLS, () -> size[0] = taskers.list(null, TaskerQueries.Filter.OVERDUE).size());
		System.out.printf("BENCHMARK my taskers, overdue (ice-action, %,d taskers, %d shown): %s (target p95 <= 150 ms)%n",
				TASKERS, size[0], stats(overdue));
		if (Boolean.getBoolean("bench.explain")) {
			explain("dashboard counts (ice-action)", "select t.status, t.assigned_components, count(*) from"
					+ " correspondence.tasker t where " + officerVisible() + " group by 1, 2");
			explain("my taskers, all (ice-action)", "select t.* from correspondence.tasker t where " + officerVisible()
					+ " order by t.due_at, t.id limit 200");
		}
		assertThat(last[0].total()).isPositive();
	}

	@Test
	@Order(2)
	void fullTextSearch() {
		searchAs(DemoUsers.ESEC_CLERK.actor(), "esec-clerk, every component", CALLS);
		searchAs(ICE_EXEC_SEC, "exec_sec of ICE, own component and assigned", CALLS);
	}

	private void searchAs(Actor actor, String who, int calls) {
		int[] hits = new int[1];
		int[] next = new int[1];
		long[] search = time(actor, calls, () -> {
			hits[0] += correspondence.search(SEARCHES[next[0]++ % SEARCHES.length], null).size();
		});
		System.out.printf("BENCHMARK full-text search (%s, %,d records, %d queries, %.0f hits each on average): %s (target p95 <= 150 ms)%n",
				who, CORRESPONDENCE, SEARCHES.length, hits[0] / (double) (calls + Math.min(WARM_UP, calls)),
				stats(search));
	}

	@Test
	@Order(3)
	void intakeThroughputAgainstPlainJdbc() throws Exception {
		Actor clerk = DemoUsers.ESEC_CLERK.actor();
		List<IntakeDraft> drafts = new ArrayList<>(INTAKES);
		for (int i = 0; i < INTAKES; i++) {
			drafts.add(CorrespondenceBenchmarkData.draft(i));
		}
		List<List<IntakeDraft>> batches = new ArrayList<>();
		for (int i = 0; i < INTAKES; i += BATCH) {
			batches.add(drafts.subList(i, Math.min(INTAKES, i + BATCH)));
		}
		// Warm-up on other rows, so both sides run compiled code.
		List<IntakeDraft> warm = new ArrayList<>();
		for (int i = 0; i < 2 * BATCH; i++) {
			warm.add(CorrespondenceBenchmarkData.draft(INTAKES + i));
		}
		Actors.runAs(clerk, () -> {
			intake.intakeAll(warm.subList(0, BATCH));
			warm.subList(BATCH, BATCH + 20).forEach(draft -> intake.intake(draft, List.of()));
		});
		plainInserts(warm, "BENCH-WARM");

		int[] inReview = new int[1];
		long t0 = System.nanoTime();
		Actors.runAs(clerk, () -> {
			for (List<IntakeDraft> batch : batches) {
				inReview[0] += (int) intake.intakeAll(batch).stream().filter(r -> r.status().equals("SPII_REVIEW")).count();
			}
		});
		long service = System.nanoTime() - t0;
		// The listeners of CorrespondenceReceived (the CRM's contact history) run after each commit on the background
		// threads; the plain inserts are measured once they are done, so neither side pays for the other's work.
		long drained = awaitEventsDelivered();
		long t1 = System.nanoTime();
		for (List<IntakeDraft> batch : batches) {
			plainInserts(batch, "BENCH-JDBC");
		}
		long plain = System.nanoTime() - t1;
		List<IntakeDraft> singles = drafts.subList(0, Math.min(INTAKES, SINGLE_INTAKES));
		long t2 = System.nanoTime();
		Actors.runAs(clerk, () -> singles.forEach(draft -> intake.intake(draft, List.of())));
		long single = System.nanoTime() - t2;
		awaitEventsDelivered();

		double serviceRate = INTAKES / (service / 1e9);
		double plainRate = INTAKES / (plain / 1e9);
		double singleRate = singles.size() / (single / 1e9);
		System.out.printf("BENCHMARK intake throughput, batch intake (%d hand-keyed records in transactions of %d, %d with SPII found): service %,.0f rec/s vs plain JDBC batch inserts of the same rows %,.0f rec/s = ratio %.2f (target >= 0.25)%n",
				INTAKES, BATCH, inReview[0], serviceRate, plainRate, serviceRate / plainRate);
		System.out.printf("BENCHMARK intake throughput, batch intake, counting until every listener of the events is done (+%.1f s): service %,.0f rec/s = ratio %.2f%n",
				drained / 1e9, INTAKES / ((service + drained) / 1e9), INTAKES / ((service + drained) / 1e9) / plainRate);
		System.out.printf("BENCHMARK intake throughput, one record per transaction (intake form and API, %d records): service %,.0f rec/s = ratio %.3f of the plain JDBC figure above%n",
				singles.size(), singleRate, singleRate / plainRate);
		assertThat(inReview[0]).isPositive();
	}

	@AfterAll
	void memory() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		System.gc();
		long after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		long max = Runtime.getRuntime().maxMemory();
		System.out.printf("BENCHMARK memory: peak heap used %,d MB (sum of pool peaks), %,d MB after GC, max heap %,d MB (target: holds with -Xmx512m)%n",
				peak >> 20, after >> 20, max >> 20);
	}

	/** Waits until the event publication registry holds no undelivered publication; returns how long that took. */
	private long awaitEventsDelivered() throws Exception {
		long started = System.nanoTime();
		try (Connection db = Database.superuser(); Statement statement = db.createStatement()) {
			while (count(statement, "select count(*) from event_publication where completion_date is null") > 0) {
				if (System.nanoTime() - started > 300_000_000_000L) {
					throw new IllegalStateException("Event listeners did not finish within 5 minutes");
				}
				Thread.sleep(20);
			}
		}
		return System.nanoTime() - started;
	}

	/** Plain batched JDBC inserts of the rows the service stores for these drafts, in one transaction. */
	private void plainInserts(List<IntakeDraft> drafts, String prefix) throws Exception {
		Instant now = Instant.now();
		Timestamp at = Timestamp.from(now);
		try (Connection db = dataSource.getConnection()) {
			db.setAutoCommit(false);
			try (PreparedStatement insert = db.prepareStatement(CorrespondenceBenchmarkData.PLAIN_INSERT)) {
				int n = 0;
				for (IntakeDraft d : drafts) {
					insert.setObject(1, UUID.randomUUID());
					insert.setString(2, prefix + "-" + UUID.randomUUID());
					insert.setString(3, d.channel());
					insert.setString(4, d.intakeMethod());
					insert.setString(5, d.sourceType());
					insert.setString(6, d.subject());
					insert.setString(7, d.body());
					insert.setTimestamp(8, at);
					insert.setString(9, "ESEC");
					insert.setString(10, "esec-clerk");
					insert.setTimestamp(11, at);
					insert.setTimestamp(12, at);
					insert.setString(13, "RECEIVED");
					insert.setString(14, "N1_563_07_001");
					insert.setString(15, d.firstName());
					insert.setString(16, d.lastName());
					insert.setString(17, d.organization());
					insert.setString(18, d.email());
					insert.setString(19, d.address() == null ? null : d.address().city());
					insert.setString(20, d.address() == null ? null : d.address().state());
					insert.addBatch();
					if (++n % BATCH == 0) {
						insert.executeBatch();
					}
				}
				insert.executeBatch();
			}
			db.commit();
			db.setAutoCommit(true);
		}
	}

	private static long[] time(Actor actor, int calls, Runnable call) {
		long[] took = new long[calls];
		int[] done = new int[1];
		Actors.runAs(actor, () -> {
			long started = System.nanoTime();
			for (int i = 0; i < Math.min(WARM_UP, calls) && System.nanoTime() - started < BUDGET_NANOS / 5; i++) {
				call.run();
			}
			started = System.nanoTime();
			for (int i = 0; i < calls && (i < 20 || System.nanoTime() - started < BUDGET_NANOS); i++) {
				long t0 = System.nanoTime();
				call.run();
				took[i] = System.nanoTime() - t0;
				done[0]++;
			}
		});
		return Arrays.copyOf(took, done[0]);
	}

	/** The plan of a slow query, printed with the figures so a miss can be explained. */
	private static void explain(String label, String sql) {
		try (Connection db = Database.superuser(); Statement statement = db.createStatement();
				ResultSet rs = statement.executeQuery("explain (analyze, buffers) " + sql)) {
			System.out.println("PLAN " + label);
			while (rs.next()) {
				System.out.println("PLAN   " + rs.getString(1));
			}
		}
		catch (Exception ex) {
			System.out.println("PLAN " + label + " failed: " + ex.getMessage());
		}
	}

	private static String officerVisible() {
		String keys = Arrays.stream(TaskerViewers.of(DemoUsers.ICE_ACTION.actor()))
			.map(key -> "'" + key + "'")
			.collect(Collectors.joining(",", "array[", "]"));
		return TaskerViewers.VISIBLE.replace(":everything", "false").replace(":viewers", keys);
	}

	private static String stats(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		double median = sorted[sorted.length / 2] / 1e6;
		double p95 = sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)] / 1e6;
		return String.format("median %.1f ms, p95 %.1f ms over %d calls", median, p95, sorted.length);
	}

	private static long count(Statement statement, String sql) throws Exception {
		try (ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}
}
