package org.casekeep.kernel.validation;

import java.util.List;

/**
 * Input that cannot be accepted; names every offending field. The API answers it with HTTP 422 and an RFC 9457
 * problem document listing the fields; pages show each message next to its field. Thrown before anything is
 * written, so nothing is half-written.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super(summary(problems));
		this.problems = List.copyOf(problems);
	}

	public static InvalidInputException of(String field, String message) {
		return new InvalidInputException(List.of(new FieldProblem(field, message)));
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	private static String summary(List<FieldProblem> problems) {
		return problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b)
			.orElse("Invalid input");
	}
}
