package org.casekeep.kernel.pii;

import java.util.Set;

/**
 * What the kernel knows about one declared personal-data field; built from {@link PersonalData}.
 */
public record FieldDescriptor(String name, PiiCategory category, Sensitivity sensitivity, Set<String> visibleTo,
		VisibilityScope scope, boolean exportable, String description) {

	public FieldDescriptor {
		visibleTo = Set.copyOf(visibleTo);
	}

	static FieldDescriptor of(String name, PersonalData declaration) {
		String description = declaration.description().isBlank() ? name : declaration.description();
		boolean exportable = declaration.exportable() && declaration.category() != PiiCategory.SENSITIVE_PII
				&& declaration.sensitivity() != Sensitivity.HIGH;
		return new FieldDescriptor(name, declaration.category(), declaration.sensitivity(),
				Set.of(declaration.visibleTo()), declaration.scope(), exportable, description);
	}

	/** Whether the field is restricted to some roles rather than shown to every reader of the record. */
	public boolean restricted() {
		return !visibleTo.isEmpty() || scope == VisibilityScope.OWNER_OR_ASSIGNEE;
	}
}
