package org.casekeep.kernel.pii;

import java.lang.reflect.Field;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the kernel knows about one declared personal-data field; built from {@link PersonalData}, on the field itself
 * or on the value type it holds.
 */
public record FieldDescriptor(String name, PiiCategory category, Sensitivity sensitivity, Set<String> visibleTo,
		VisibilityScope scope, boolean exportable, String description) {

	public FieldDescriptor {
		visibleTo = Set.copyOf(visibleTo);
	}

	/**
	 * The descriptor of a persistent field, or {@literal null} if it holds no declared personal data: the field's own
	 * declaration, or its value type's refined by the field's.
	 * @throws IllegalStateException for a declaration {@link PersonalData} does not allow, naming the field.
	 */
	static @Nullable FieldDescriptor of(Field field) {
		String where = field.getDeclaringClass().getSimpleName() + "." + field.getName();
		PersonalData own = field.getAnnotation(PersonalData.class);
		PersonalData ofType = field.getType().getAnnotation(PersonalData.class);
		if (ofType != null) {
			return ofValueType(where, field.getName(), field.getType(), ofType, own);
		}
		return own == null ? null : ofPlainField(where, field.getName(), own);
	}

	private static FieldDescriptor ofPlainField(String where, String name, PersonalData declaration) {
		PiiCategory category = single(declaration.category(), where, "category");
		if (category == null) {
			throw new IllegalStateException(where + " declares personal data without a category: only a field whose "
					+ "type declares its personal data (such as PostalAddress) may leave it out");
		}
		Sensitivity sensitivity = single(declaration.sensitivity(), where, "sensitivity");
		return descriptor(name, category, sensitivity == null ? Sensitivity.MODERATE : sensitivity,
				declaration.visibleTo(), declaration.scope(), declaration.exportable(), declaration.description());
	}

	/** The value type's declaration under the holder's field name, refined for this holder by the field's own. */
	private static FieldDescriptor ofValueType(String where, String name, Class<?> valueType, PersonalData ofType,
			@Nullable PersonalData refinement) {
		String type = valueType.getSimpleName();
		PiiCategory category = single(ofType.category(), type, "category");
		if (category == null) {
			throw new IllegalStateException("Value type " + type + " declares personal data without a category");
		}
		if (ofType.visibleTo().length > 0 || ofType.scope() != VisibilityScope.ANY_COMPONENT) {
			throw new IllegalStateException("Value type " + type + " says who sees it: visibleTo and scope are "
					+ "the rule of each record that holds one, declared on its field");
		}
		Sensitivity sensitivity = single(ofType.sensitivity(), type, "sensitivity");
		sensitivity = sensitivity == null ? Sensitivity.MODERATE : sensitivity;
		if (refinement == null) {
			return descriptor(name, category, sensitivity, ofType.visibleTo(), ofType.scope(), ofType.exportable(),
					ofType.description());
		}
		if (refinement.category().length > 0) {
			throw new IllegalStateException(where + " names a category, but its type " + type + " declares it");
		}
		Sensitivity refined = single(refinement.sensitivity(), where, "sensitivity");
		if (refined != null && refined.compareTo(sensitivity) < 0) {
			throw new IllegalStateException(where + " lowers the sensitivity of " + type + " from " + sensitivity
					+ " to " + refined + ": a holder may only raise it");
		}
		return descriptor(name, category, refined == null ? sensitivity : refined, refinement.visibleTo(),
				refinement.scope(), ofType.exportable() && refinement.exportable(),
				refinement.description().isBlank() ? ofType.description() : refinement.description());
	}

	/**
	 * The descriptor of a field declared as data (see {@link RecordTypeContributor}), under the same rules as a
	 * {@link PersonalData} declaration on a plain field: SPII and high sensitivity are never exported, a blank
	 * description is the field's name.
	 */
	public static FieldDescriptor declared(String name, PiiCategory category, Sensitivity sensitivity,
			Set<String> visibleTo, VisibilityScope scope, boolean exportable, String description) {
		return descriptor(name, category, sensitivity, visibleTo.toArray(String[]::new), scope, exportable,
				description);
	}

	private static FieldDescriptor descriptor(String name, PiiCategory category, Sensitivity sensitivity,
			String[] visibleTo, VisibilityScope scope, boolean exportable, String description) {
		boolean leaves = exportable && category != PiiCategory.SENSITIVE_PII && sensitivity != Sensitivity.HIGH;
		return new FieldDescriptor(name, category, sensitivity, Set.of(visibleTo), scope, leaves,
				description.isBlank() ? name : description);
	}

	private static <T> @Nullable T single(T[] given, String where, String element) {
		if (given.length > 1) {
			throw new IllegalStateException(where + " gives more than one " + element);
		}
		return given.length == 0 ? null : given[0];
	}

	/** Whether the field is restricted to some roles rather than shown to every reader of the record. */
	public boolean restricted() {
		return !visibleTo.isEmpty() || scope == VisibilityScope.OWNER_OR_ASSIGNEE;
	}
}
