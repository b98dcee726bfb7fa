package org.casekeep.correspondence;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything an aggregate holds, read field by field (its entities' fields too), so a test can say a refused
 * transition left it exactly as it was.
 */
public final class AggregateState {

	private AggregateState() {
	}

	/** The aggregate's fields by name, collections of entities as their own states; back references are skipped. */
	public static Map<String, Object> of(Object aggregate) {
		return of(aggregate, null);
	}

	private static Map<String, Object> of(Object object, Object parent) {
		Map<String, Object> state = new LinkedHashMap<>();
		for (Class<?> type = object.getClass(); type != Object.class; type = type.getSuperclass()) {
			for (Field field : type.getDeclaredFields()) {
				if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
					continue;
				}
				field.setAccessible(true);
				Object value;
				try {
					value = field.get(object);
				}
				catch (IllegalAccessException ex) {
					throw new IllegalStateException(ex);
				}
				if (value == parent && parent != null) {
					continue;
				}
				state.put(type.getSimpleName() + "." + field.getName(), copy(value, object));
			}
		}
		return state;
	}

	private static Object copy(Object value, Object owner) {
		if (value instanceof Collection<?> collection) {
			List<Object> copies = new ArrayList<>();
			for (Object element : collection) {
				copies.add(isEntity(element) ? of(element, owner) : element);
			}
			return copies;
		}
		return value;
	}

	private static boolean isEntity(Object value) {
		return value != null && value.getClass().getName().startsWith("org.casekeep.");
	}
}
