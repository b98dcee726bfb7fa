package org.casekeep.correspondence.taskers;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.casekeep.correspondence.office.OfficeRoles;
import org.casekeep.correspondence.office.TaskerViewers;
import org.casekeep.correspondence.routing.AssignmentTarget;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasker visibility is written once, as the keys of {@link TaskerViewers}, and decided in two places: in Java for a
 * single read ({@link TaskerAccessRules}, over {@link Tasker#viewerKeys()}) and in SQL for every list, count and
 * metric ({@link TaskerViewers#VISIBLE}, over the {@code viewers} column the database's triggers keep). For generated
 * taskers (assigning component; assignments by component, office or named expert; some reassigned, some after they
 * were stored) and generated viewers (exec_sec, action officer, both or neither; component; username) both must
 * give the same answer, and the keys Java computes must be the keys the database stored.
 * <p>
 * A seeded randomized JUnit test rather than jqwik: since 1.10 jqwik's maintainers ask that AI coding agents not use
 * it (its "Anti-AI Usage Clause") and its engine prints an instruction aimed at them into every test run's output.
 * Each repetition has its own fixed seed, {@code SEED + repetition}, so a failure names a case that can be replayed.
 */
@ApplicationModuleTest
class TaskerVisibilityPropertyTests {

	static final long SEED = 20_261_201L;
	static final int TASKERS = 4;
	static final int VIEWERS = 12;

	static final List<String> COMPONENTS = List.of(OfficeRoles.EXECUTIVE_SECRETARIAT, "ICE", "CBP", "FEMA", "PLCY",
			"USCIS");
	static final List<String> USERS = List.of("vis-alex", "vis-blair", "vis-casey", "vis-drew");

	static final AtomicInteger SEEN = new AtomicInteger();
	static final AtomicInteger HIDDEN = new AtomicInteger();
	static final AtomicInteger REASSIGNED = new AtomicInteger();

	@Autowired
	Taskers taskers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@RepeatedTest(150)
	void theJavaCheckAndTheSqlFilterAgreeForGeneratedTaskersAndViewers(RepetitionInfo repetition) {
		long seed = SEED + repetition.getCurrentRepetition();
		Random random = new Random(seed);
		List<UUID> ids = transactions.execute(status -> {
			List<UUID> stored = new ArrayList<>();
			for (int i = 0; i < TASKERS; i++) {
				stored.add(taskers.saveAndFlush(tasker(random)).getId());
			}
			return stored;
		});
		try {
			// Some reassignments after the assignments were stored: the database's update trigger recomputes.
			transactions.executeWithoutResult(status -> ids.stream().filter(id -> random.nextInt(3) == 0)
				.forEach(id -> {
					Tasker tasker = taskers.findForUpdate(id).orElseThrow();
					tasker.currentAssignments().stream().filter(Assignment::isOpen).findFirst().ifPresent(open -> {
						tasker.reassign(open, target(random));
						REASSIGNED.incrementAndGet();
					});
					taskers.saveAndFlush(tasker);
				}));
			List<Tasker> stored = transactions.execute(status -> {
				List<Tasker> loaded = taskers.findAllById(ids);
				loaded.forEach(Tasker::viewerKeys);
				return loaded;
			});
			for (Tasker tasker : stored) {
				assertThat(storedKeys(tasker.getId()))
					.as("seed %d: the viewers column of tasker %s", seed, tasker.getId())
					.isEqualTo(tasker.viewerKeys());
			}
			for (int v = 0; v < VIEWERS; v++) {
				Actor viewer = viewer(random, stored);
				Set<UUID> bySql = visibleInSql(viewer, ids);
				for (Tasker tasker : stored) {
					boolean byJava = TaskerAccessRules.permits(viewer, Operation.READ, tasker.facts());
					assertThat(bySql.contains(tasker.getId()))
						.as("seed %d: %s sees tasker %s with keys %s", seed, viewer, tasker.getId(), tasker.viewerKeys())
						.isEqualTo(byJava);
					(byJava ? SEEN : HIDDEN).incrementAndGet();
				}
			}
		}
		finally {
			transactions.executeWithoutResult(status -> taskers.deleteAllById(ids));
		}
	}

	/** The generated cases hold both answers and reassignments, so agreement is not reached by an empty side. */
	@AfterAll
	static void bothAnswersAndReassignmentsWereGenerated() {
		assertThat(SEEN.get()).as("visible pairs").isGreaterThan(100);
		assertThat(HIDDEN.get()).as("invisible pairs").isGreaterThan(100);
		assertThat(REASSIGNED.get()).as("reassignments after storing").isGreaterThan(10);
	}

	private Set<String> storedKeys(UUID id) {
		String[] keys = jdbc.sql("select viewers from correspondence.tasker where id = ?").param(id)
			.query((rs, row) -> (String[]) rs.getArray(1).getArray()).single();
		return Set.of(keys);
	}

	private Set<UUID> visibleInSql(Actor viewer, List<UUID> among) {
		return new HashSet<>(jdbc.sql("select t.id from correspondence.tasker t where t.id in (:ids) and "
				+ TaskerViewers.VISIBLE)
			.param("ids", among)
			.param("everything", TaskerViewers.seesEverything(viewer))
			.param("viewers", TaskerViewers.of(viewer))
			.query(UUID.class)
			.list());
	}

	/** A draft, or an assigned tasker with up to four assignments, some already replaced by a reassignment. */
	private static Tasker tasker(Random random) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		Tasker tasker = new Tasker(null, "Visibility case", null, pick(random, COMPONENTS), TaskerTypes.STANDARD, "vis-author", 5, now,
				TaskerDueDates.dueAt(now, 5));
		int assignments = random.nextInt(5);
		if (assignments == 0) {
			return tasker;
		}
		tasker.markAssigned(now);
		for (int i = 0; i < assignments; i++) {
			tasker.addAssignment(random.nextInt(2), target(random), null);
		}
		tasker.activateReady();
		for (Assignment assignment : tasker.currentAssignments()) {
			if (assignment.isOpen() && random.nextInt(4) == 0) {
				tasker.reassign(assignment, target(random));
			}
		}
		return tasker;
	}

	/** A whole component, an office of it, or a named expert of it. */
	private static AssignmentTarget target(Random random) {
		String component = pick(random, COMPONENTS);
		return switch (random.nextInt(3)) {
			case 0 -> new AssignmentTarget(component, null, null);
			case 1 -> new AssignmentTarget(component, "Office of " + pick(random, List.of("Policy", "Counsel")), null);
			default -> new AssignmentTarget(component, null, pick(random, USERS));
		};
	}

	/**
	 * A staff member: with no, either or both roles, of a component, often one the taskers name, sometimes an
	 * expert they name.
	 */
	private static Actor viewer(Random random, List<Tasker> taskers) {
		Set<String> roles = new HashSet<>();
		if (random.nextBoolean()) {
			roles.add(OfficeRoles.EXEC_SEC);
		}
		if (random.nextBoolean()) {
			roles.add(OfficeRoles.ACTION_OFFICER);
		}
		String component = pick(random, COMPONENTS);
		String username = pick(random, USERS);
		Tasker named = pick(random, taskers);
		if (random.nextBoolean() && !named.currentAssignments().isEmpty()) {
			Assignment assignment = pick(random, named.currentAssignments());
			component = assignment.getComponent();
			if (assignment.getUsername() != null && random.nextBoolean()) {
				username = assignment.getUsername();
			}
		}
		return new Actor(username, component, roles);
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}
}
