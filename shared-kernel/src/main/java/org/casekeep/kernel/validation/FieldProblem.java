package org.casekeep.kernel.validation;

/** One field of the input that cannot be accepted, with a message a person can act on. */
public record FieldProblem(String field, String message) {
}
