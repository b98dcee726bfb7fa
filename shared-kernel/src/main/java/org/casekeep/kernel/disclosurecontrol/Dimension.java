package org.casekeep.kernel.disclosurecontrol;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A classification variable of a frequency table (state, complaint category, age band) with its categories in the
 * order they are shown. The categories are exhaustive and mutually exclusive: every counted unit falls in exactly one,
 * so the total over the dimension is the sum of its categories.
 *
 * @param name the variable's name, unique among the dimensions of the tables protected together.
 * @param categories at least one, distinct, none blank and none {@value FrequencyTable#ALL}.
 */
public record Dimension(String name, List<String> categories) {

	public Dimension {
		Objects.requireNonNull(name, "name");
		if (name.isBlank()) {
			throw new IllegalArgumentException("A dimension needs a name");
		}
		categories = List.copyOf(categories);
		if (categories.isEmpty()) {
			throw new IllegalArgumentException("Dimension " + name + " needs at least one category");
		}
		if (new HashSet<>(categories).size() != categories.size()) {
			throw new IllegalArgumentException("Dimension " + name + " repeats a category: " + categories);
		}
		for (String category : categories) {
			if (category.isBlank() || category.equals(FrequencyTable.ALL)) {
				throw new IllegalArgumentException("Dimension " + name + " has an invalid category '" + category + "'");
			}
		}
	}

	public static Dimension of(String name, String... categories) {
		return new Dimension(name, List.of(categories));
	}
}
