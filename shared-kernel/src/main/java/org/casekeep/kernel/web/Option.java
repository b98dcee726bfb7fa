package org.casekeep.kernel.web;

/**
 * One choice of a select or checkbox group of the shell's field fragments ({@code layout :: select-field},
 * {@code checkbox-group}): {@code name()} is submitted, {@code label} shown.
 *
 * @param name the value submitted, e.g. an enum constant's name.
 * @param label what the user reads.
 */
public record Option(String name, String label) {

	/** The label as a bean property, for templates. */
	public String getLabel() {
		return label;
	}
}
