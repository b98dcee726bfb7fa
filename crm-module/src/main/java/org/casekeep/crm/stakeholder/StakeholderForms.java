package org.casekeep.crm.stakeholder;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Maps between a stakeholder's form as typed on the page and its draft and view. A feature's MapStruct mapper
 * extends it with its types (MapStruct writes the code); the conversions they share are written here: lists typed
 * as comma-separated text become lists; issue codes pass as typed (the directory checks them against the
 * {@link IssueCatalog}).
 *
 * @param <F> the form, @param <D> the draft, @param <V> the view.
 */
public interface StakeholderForms<F, D, V> {

	D toDraft(F form);

	F toForm(V view);

	default List<String> split(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	default String join(@Nullable List<String> values) {
		return values == null ? "" : String.join(", ", values);
	}
}
