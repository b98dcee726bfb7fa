package org.casekeep.kernel.disclosurecontrol;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Chooses which cells to hide, by three rules applied until the audit passes.
 * <ol>
 * <li><b>Primary:</b> every non-zero cell below the threshold is hidden, inner cells and margins alike (a small row
 * total is as revealing as a small cell). Zeros are published (the CMS policy allows them) and never hidden, so a
 * reader knows every hidden cell is at least 1; the audit takes that into account.</li>
 * <li><b>Complementary, by relation:</b> a relation (row, column, margin) with exactly one hidden cell gives that cell
 * away by subtraction, so it gets a second: the smallest published non-zero cell of the relation. Repeated until no
 * relation has a single hidden cell.</li>
 * <li><b>Complementary, by audit:</b> every hidden cell whose feasible range the audit finds narrower than the
 * protection width (exact included) gets the smallest published non-zero cell of one of its relations hidden too
 * (or, if its relations have none left, of the nearest relations reached from it through hidden cells); then rule 2
 * again and a new audit.</li>
 * </ol>
 * "Smallest count first" is the information-loss measure: hiding a small count loses less than hiding a large one
 * (ties go to inner cells before margins, then to {@link CellKey} order, so the result is repeatable). This is a
 * greedy heuristic, not tau-ARGUS's optimal method: it may hide more than the least needed, never less than the audit
 * requires. Every round hides at least one more cell, so it ends; if nothing is left to hide and the audit still
 * fails, it refuses. The rounds share the {@link FeasibleTables} their audits found, so a cell is solved for again
 * only while it is not yet shown protected.
 */
final class Suppression {

	private final DisclosurePolicy policy;

	private final LinearProgrammingAudit audit;

	Suppression(DisclosurePolicy policy) {
		this.policy = policy;
		this.audit = new LinearProgrammingAudit(policy);
	}

	/** The hidden cells and their passing audit. */
	record Outcome(Set<CellKey> hidden, AuditReport audit) {
	}

	Outcome protect(LinkedCells cells) {
		Set<CellKey> hidden = primary(cells);
		FeasibleTables found = new FeasibleTables(cells);
		while (true) {
			closeSingletons(cells, hidden);
			AuditReport report = audit.screen(cells, hidden, found);
			if (report.passed()) {
				return new Outcome(Set.copyOf(hidden), report);
			}
			Set<CellKey> complements = new LinkedHashSet<>();
			for (CellRange failure : report.failures()) {
				complementFor(cells, hidden, failure.cell()).ifPresent(complements::add);
			}
			if (complements.isEmpty()) {
				throw new UnpublishableTableException("No further suppression protects " + report.failures()
						+ "; nothing is published");
			}
			hidden.addAll(complements);
		}
	}

	Set<CellKey> primary(LinkedCells cells) {
		Set<CellKey> hidden = new HashSet<>();
		for (CellKey cell : cells.cells()) {
			if (policy.isSmall(cells.count(cell))) {
				hidden.add(cell);
			}
		}
		return hidden;
	}

	/** Rule 2: no relation keeps exactly one hidden cell. */
	private static void closeSingletons(LinkedCells cells, Set<CellKey> hidden) {
		boolean changed = true;
		while (changed) {
			changed = false;
			for (Equation equation : cells.equations()) {
				if (equation.cells().stream().filter(hidden::contains).count() == 1) {
					Optional<CellKey> complement = cheapest(cells, hidden, equation.cells().stream());
					if (complement.isPresent()) {
						hidden.add(complement.get());
						changed = true;
					}
				}
			}
		}
	}

	/**
	 * Rule 3: the cheapest candidate nearest the failing cell: in its own relations, else in the relations of the
	 * hidden cells that share one with it, and so on outwards through hidden cells. A complement far from the failing
	 * cell in the relations does not widen its range; the nearest one can.
	 */
	private static Optional<CellKey> complementFor(LinkedCells cells, Set<CellKey> hidden, CellKey failing) {
		Set<CellKey> reached = new HashSet<>(Set.of(failing));
		Set<Equation> seen = new HashSet<>();
		List<CellKey> frontier = List.of(failing);
		while (!frontier.isEmpty()) {
			List<Equation> relations = frontier.stream()
				.flatMap(cell -> cells.equationsOf(cell).stream())
				.filter(seen::add)
				.toList();
			Optional<CellKey> nearest = cheapest(cells, hidden,
					relations.stream().flatMap(equation -> equation.cells().stream()));
			if (nearest.isPresent()) {
				return nearest;
			}
			frontier = relations.stream()
				.flatMap(equation -> equation.cells().stream())
				.filter(cell -> hidden.contains(cell) && reached.add(cell))
				.toList();
		}
		return Optional.empty();
	}

	/** The published non-zero candidate with the smallest count, inner cells before margins, then by key. */
	private static Optional<CellKey> cheapest(LinkedCells cells, Set<CellKey> hidden, Stream<CellKey> candidates) {
		return candidates.filter(cell -> !hidden.contains(cell) && cells.count(cell) > 0)
			.min(Comparator.comparingLong(cells::count).thenComparing(Comparator.naturalOrder()));
	}
}
