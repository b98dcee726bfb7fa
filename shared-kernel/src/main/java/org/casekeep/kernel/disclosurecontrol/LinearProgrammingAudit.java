package org.casekeep.kernel.disclosurecontrol;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.jspecify.annotations.Nullable;

/**
 * The attack a careful reader would make, run before publication: for every hidden cell, minimise and maximise its
 * value over all values of the hidden cells that agree with every published count and every additivity relation
 * (Commons Math's {@link SimplexSolver}). This is the check tau-ARGUS and sdcTable's {@code attack()} make.
 * <p>
 * {@link #audit} solves both programs for every hidden cell and reports {@linkplain CellRange.Bounds#OPTIMAL optimal}
 * ranges. {@link #screen}, the one suppression runs round after round, first looks at the {@link FeasibleTables}
 * earlier programs found: a cell they already spread the protection width apart is protected, whatever its optima
 * (its range is reported as {@linkplain CellRange.Bounds#WITNESSED witnessed}); only the others get their programs,
 * and each solution joins the feasible tables. A cell that fails has had both programs solved, so a failure is always
 * its optimal range. Every solution is checked against the relations before it is used as a witness.
 * <p>
 * The reader's knowledge modelled: the published counts, additivity, and that a hidden cell is not zero (zeros are
 * always published, so every hidden cell is at least 1). Not modelled, so not defended against: that a hidden cell
 * is either small or a complement (a disjunction no linear program expresses), and integrality. For two-way tables the
 * relations form a network matrix and the linear bounds are integers that an integer attack cannot tighten; for
 * three-way and linked tables an integer program may find a narrower range than this audit reports.
 * <p>
 * Fails closed: any solver failure, an iteration limit reached, a solution that breaks a relation, or a range that
 * does not contain the cell's true count (the solver's answer cannot be trusted) throws
 * {@link UnpublishableTableException}.
 */
final class LinearProgrammingAudit {

	private static final double TOLERANCE = FeasibleTables.TOLERANCE;

	private final int protectionWidth;

	private final int maxIterations;

	LinearProgrammingAudit(DisclosurePolicy policy) {
		this.protectionWidth = policy.protectionWidth();
		this.maxIterations = policy.maxSolverIterations();
	}

	/** The optimal feasible range of every hidden cell, given that all other cells are published with their true counts. */
	AuditReport audit(LinkedCells cells, Set<CellKey> hidden) {
		return run(cells, hidden, null);
	}

	/**
	 * Whether every hidden cell is protected, solving only for cells the feasible tables found so far do not already
	 * prove protected; adds the solutions to them.
	 */
	AuditReport screen(LinkedCells cells, Set<CellKey> hidden, FeasibleTables found) {
		return run(cells, hidden, found);
	}

	private AuditReport run(LinkedCells cells, Set<CellKey> hidden, @Nullable FeasibleTables found) {
		Program program = new Program(cells, hidden);
		List<CellRange> ranges = new ArrayList<>(program.variables.size());
		for (CellKey cell : program.variables) {
			CellRange range = found == null ? optimal(program, cell) : screened(program, cell, found);
			long trueCount = cells.count(cell);
			if (trueCount < range.lower() || (range.upper() != null && trueCount > range.upper())) {
				throw new UnpublishableTableException("The audit's range for " + range.cell()
						+ " excludes its true count; the solver's answer is not trusted and nothing is published");
			}
			ranges.add(range);
		}
		return new AuditReport(protectionWidth, ranges);
	}

	private CellRange optimal(Program program, CellKey cell) {
		Solution lowest = program.solve(cell, GoalType.MINIMIZE);
		if (lowest == null) {
			throw new UnpublishableTableException("The audit found no lower bound for " + cell);
		}
		return program.range(cell, lowest, program.solve(cell, GoalType.MAXIMIZE));
	}

	private CellRange screened(Program program, CellKey cell, FeasibleTables found) {
		CellRange seen = found.spread(cell);
		if (seen.isAtLeast(protectionWidth)) {
			return seen;
		}
		Solution highest = program.solve(cell, GoalType.MAXIMIZE);
		if (highest == null) {
			return new CellRange(cell, seen.lower(), null, CellRange.Bounds.WITNESSED);
		}
		found.add(highest.values());
		seen = found.spread(cell);
		if (seen.isAtLeast(protectionWidth)) {
			return seen;
		}
		Solution lowest = program.solve(cell, GoalType.MINIMIZE);
		if (lowest == null) {
			throw new UnpublishableTableException("The audit found no lower bound for " + cell);
		}
		found.add(lowest.values());
		return program.range(cell, lowest, highest);
	}

	/** An optimum of the cell and the hidden cells' values there. */
	private record Solution(double cellValue, Map<CellKey, Double> values) {
	}

	/**
	 * The relations with a hidden cell, rewritten over {@code y = x − 1 ≥ 0} for the hidden cells {@code x}:
	 * {@code Σ coefficient·y = −Σ coefficient·published − Σ coefficient·1}.
	 */
	private final class Program {

		final List<CellKey> variables;

		final Map<CellKey, Integer> index = new HashMap<>();

		final LinearConstraintSet constraints;

		Program(LinkedCells cells, Set<CellKey> hidden) {
			this.variables = new ArrayList<>(new TreeSet<>(hidden));
			for (CellKey cell : variables) {
				index.put(cell, index.size());
			}
			List<LinearConstraint> relations = new ArrayList<>();
			for (Equation equation : cells.equations()) {
				double[] coefficients = new double[index.size()];
				double constant = 0;
				boolean touchesHidden = false;
				for (CellKey cell : equation.cells()) {
					int coefficient = equation.coefficient(cell);
					Integer variable = index.get(cell);
					if (variable == null) {
						constant -= coefficient * (double) cells.count(cell);
					}
					else {
						coefficients[variable] += coefficient;
						constant -= coefficient;
						touchesHidden = true;
					}
				}
				if (touchesHidden) {
					relations.add(new LinearConstraint(coefficients, Relationship.EQ, constant));
				}
			}
			this.constraints = new LinearConstraintSet(relations);
		}

		CellRange range(CellKey cell, Solution lowest, @Nullable Solution highest) {
			long lower = (long) Math.ceil(lowest.cellValue() - TOLERANCE);
			Long upper = highest == null ? null : (long) Math.floor(highest.cellValue() + TOLERANCE);
			return new CellRange(cell, lower, upper, CellRange.Bounds.OPTIMAL);
		}

		/** The optimum, or {@code null} if the objective is unbounded; every other outcome refuses publication. */
		@Nullable Solution solve(CellKey cell, GoalType goal) {
			double[] objective = new double[variables.size()];
			objective[index.get(cell)] = 1;
			PointValuePair solution;
			try {
				solution = new SimplexSolver().optimize(new MaxIter(maxIterations),
						new LinearObjectiveFunction(objective, 0), constraints, goal, new NonNegativeConstraint(true));
			}
			catch (UnboundedSolutionException unbounded) {
				return null;
			}
			catch (TooManyIterationsException exhausted) {
				throw new UnpublishableTableException("The audit did not converge within " + maxIterations
						+ " iterations for " + cell + "; nothing is published", exhausted);
			}
			catch (NoFeasibleSolutionException infeasible) {
				throw new UnpublishableTableException("The audit found the published tables infeasible at " + cell
						+ "; nothing is published", infeasible);
			}
			catch (RuntimeException failure) {
				throw new UnpublishableTableException("The audit failed at " + cell + "; nothing is published",
						failure);
			}
			return new Solution(1 + solution.getValue(), checked(cell, solution.getPoint()));
		}

		/** The solution as cell values, after checking it keeps every relation: an answer that breaks one is not trusted. */
		private Map<CellKey, Double> checked(CellKey cell, double[] point) {
			ArrayRealVector solved = new ArrayRealVector(point, false);
			for (LinearConstraint relation : constraints.getConstraints()) {
				double sum = relation.getCoefficients().dotProduct(solved);
				if (Math.abs(sum - relation.getValue()) > TOLERANCE * (1 + Math.abs(relation.getValue()))) {
					throw new UnpublishableTableException("The audit's solution for " + cell
							+ " breaks a published relation; the solver's answer is not trusted and nothing is published");
				}
			}
			Map<CellKey, Double> values = new HashMap<>(point.length * 2);
			for (int variable = 0; variable < point.length; variable++) {
				if (point[variable] < -TOLERANCE) {
					throw new UnpublishableTableException("The audit's solution for " + cell
							+ " gives a hidden cell a value below 1; nothing is published");
				}
				values.put(variables.get(variable), 1 + point[variable]);
			}
			return values;
		}
	}
}
