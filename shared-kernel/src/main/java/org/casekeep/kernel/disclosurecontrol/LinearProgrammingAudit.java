package org.casekeep.kernel.disclosurecontrol;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.math3.exception.TooManyIterationsException;
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
 * The reader's knowledge modelled: the published counts, additivity, and that a hidden cell is not zero (zeros are
 * always published, so every hidden cell is at least 1). Not modelled, so not defended against: that a hidden cell
 * is either small or a complement (a disjunction no linear program expresses), and integrality. For two-way tables the
 * relations form a network matrix and the linear bounds are integers that an integer attack cannot tighten; for
 * three-way and linked tables an integer program may find a narrower range than this audit reports.
 * <p>
 * Fails closed: any solver failure, an iteration limit reached, or a range that does not contain the cell's true
 * count (the solver's answer cannot be trusted) throws {@link UnpublishableTableException}.
 */
final class LinearProgrammingAudit {

	private static final double TOLERANCE = 1e-6;

	private final int protectionWidth;

	private final int maxIterations;

	LinearProgrammingAudit(DisclosurePolicy policy) {
		this.protectionWidth = policy.protectionWidth();
		this.maxIterations = policy.maxSolverIterations();
	}

	/** The feasible range of every hidden cell, given that all other cells are published with their true counts. */
	AuditReport audit(LinkedCells cells, Set<CellKey> hidden) {
		List<CellKey> variables = new ArrayList<>(new TreeSet<>(hidden));
		Map<CellKey, Integer> index = new HashMap<>();
		for (CellKey cell : variables) {
			index.put(cell, index.size());
		}
		LinearConstraintSet constraints = constraints(cells, index);
		List<CellRange> ranges = new ArrayList<>(variables.size());
		for (CellKey cell : variables) {
			CellRange range = range(cell, index.get(cell), variables.size(), constraints);
			long trueCount = cells.count(cell);
			if (trueCount < range.lower() || (range.upper() != null && trueCount > range.upper())) {
				throw new UnpublishableTableException("The audit's range for " + range.cell()
						+ " excludes its true count; the solver's answer is not trusted and nothing is published");
			}
			ranges.add(range);
		}
		return new AuditReport(protectionWidth, ranges);
	}

	/**
	 * Each relation with a hidden cell, rewritten over {@code y = x − 1 ≥ 0} for the hidden cells {@code x}:
	 * {@code Σ coefficient·y = −Σ coefficient·published − Σ coefficient·1}.
	 */
	private static LinearConstraintSet constraints(LinkedCells cells, Map<CellKey, Integer> index) {
		List<LinearConstraint> constraints = new ArrayList<>();
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
				constraints.add(new LinearConstraint(coefficients, Relationship.EQ, constant));
			}
		}
		return new LinearConstraintSet(constraints);
	}

	private CellRange range(CellKey cell, int variable, int variables, LinearConstraintSet constraints) {
		double[] objective = new double[variables];
		objective[variable] = 1;
		LinearObjectiveFunction function = new LinearObjectiveFunction(objective, 0);
		@Nullable Double lowest = optimum(cell, function, constraints, GoalType.MINIMIZE);
		if (lowest == null) {
			throw new UnpublishableTableException("The audit found no lower bound for " + cell);
		}
		@Nullable Double highest = optimum(cell, function, constraints, GoalType.MAXIMIZE);
		long lower = 1 + (long) Math.ceil(lowest - TOLERANCE);
		Long upper = highest == null ? null : 1 + (long) Math.floor(highest + TOLERANCE);
		return new CellRange(cell, lower, upper);
	}

	/** The optimum, or {@code null} if the objective is unbounded; every other outcome refuses publication. */
	private @Nullable Double optimum(CellKey cell, LinearObjectiveFunction function, LinearConstraintSet constraints,
			GoalType goal) {
		try {
			PointValuePair solution = new SimplexSolver().optimize(new MaxIter(maxIterations), function, constraints,
					goal, new NonNegativeConstraint(true));
			return solution.getValue();
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
			throw new UnpublishableTableException("The audit failed at " + cell + "; nothing is published", failure);
		}
	}
}
