package org.casekeep.kernel.pii;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one place every record passes through on its way out of a module (JSON, pages, exports): masks the personal
 * data the viewer may not see, according to the {@link PersonalData} declarations, and writes the audit entry of
 * what was revealed. Views are records annotated with {@link ReleasedAs}; the guard returns a masked copy.
 * <p>
 * A view component is released under the declared field of the same name. A hidden text becomes {@link #MASK};
 * any other hidden value becomes {@literal null}. So a field holding a value type is released whole under its own
 * name, whether the view carries the value itself (a {@code PostalAddress address}) or its display string (a
 * {@code String cellPhone}), and audit entries name that field. A list of {@link ReleasedAs} views inside a view is
 * released under the nested views' own declarations.
 */
@Component
public class PersonalDataGuard {

	/** What a viewer without the right sees instead of a restricted text value. */
	public static final String MASK = "••••••";

	/** The view component the guard fills with the names of masked fields, if the view has one. */
	public static final String MASKED_FIELDS = "maskedFields";

	private final PersonalDataCatalog catalog;
	private final AuditTrail auditTrail;
	private final Map<Class<?>, ViewShape> shapes = new ConcurrentHashMap<>();

	public PersonalDataGuard(PersonalDataCatalog catalog, AuditTrail auditTrail) {
		this.catalog = catalog;
		this.auditTrail = auditTrail;
	}

	/**
	 * Releases one view to the current actor: masks what the actor may not see and audits the read of the fields
	 * revealed, with the purpose given. Must run inside the transaction that read the record.
	 */
	public <T extends Record> T release(T view, RecordFacts facts, String purpose) {
		return release(view, facts, purpose, AuditAction.READ);
	}

	/**
	 * Releases a list of views (search results, a batch just stored): one audit entry per record revealed, written
	 * in one round trip.
	 */
	public <T extends Record> List<T> releaseAll(List<T> views, Function<T, RecordFacts> facts, String purpose) {
		Actor actor = Actors.require();
		List<T> released = new ArrayList<>(views.size());
		List<AuditEvent> entries = new ArrayList<>(views.size());
		for (T view : views) {
			RecordFacts recordFacts = facts.apply(view);
			Released<T> one = apply(view, recordFacts, actor, false);
			released.add(one.view());
			entries.add(entry(AuditAction.READ, recordFacts, one, purpose));
		}
		auditTrail.recordAll(entries);
		return released;
	}

	/**
	 * Releases a view for a bulk export: on top of the viewer's restrictions, fields not
	 * {@linkplain FieldDescriptor#exportable() exportable} (SPII) are masked. Audited as an export.
	 */
	public <T extends Record> T releaseForExport(T view, RecordFacts facts, String purpose) {
		return release(view, facts, purpose, AuditAction.EXPORT);
	}

	/**
	 * Releases the field values of a record whose type is declared as data ({@link RecordTypeContributor}), by field
	 * name, exactly as {@link #release} releases a view: a hidden text becomes {@link #MASK}, any other hidden value
	 * {@literal null}; values of undeclared names hold no personal data and pass. Audits the read of what was revealed.
	 */
	public ReleasedValues releaseValues(Map<String, ? extends @Nullable Object> values, RecordFacts facts,
			String purpose) {
		return releaseAllValues(List.of(values), List.of(facts), purpose).get(0);
	}

	/** Releases the values of many such records (a page of a list): one audit entry per record, one round trip. */
	public List<ReleasedValues> releaseAllValues(List<? extends Map<String, ? extends @Nullable Object>> values,
			List<RecordFacts> facts, String purpose) {
		if (values.size() != facts.size()) {
			throw new IllegalArgumentException("One RecordFacts per record of values");
		}
		Actor actor = Actors.require();
		List<ReleasedValues> released = new ArrayList<>(values.size());
		List<AuditEvent> entries = new ArrayList<>(values.size());
		for (int i = 0; i < values.size(); i++) {
			RecordFacts recordFacts = facts.get(i);
			RecordTypeDescriptor type = catalog.require(recordFacts.recordType());
			Map<String, @Nullable Object> shown = new java.util.LinkedHashMap<>();
			Set<String> revealed = new LinkedHashSet<>();
			Set<String> masked = new LinkedHashSet<>();
			values.get(i).forEach((name, value) -> {
				FieldDescriptor field = type.fields().get(name);
				if (field == null || maySee(actor, field, recordFacts)) {
					if (field != null && value != null) {
						revealed.add(name);
					}
					shown.put(name, value);
				}
				else {
					masked.add(name);
					shown.put(name, value == null ? null : value instanceof String ? MASK : null);
				}
			});
			Released<Object> one = new Released<>(shown, List.copyOf(revealed), masked);
			released.add(new ReleasedValues(java.util.Collections.unmodifiableMap(shown), Set.copyOf(masked)));
			entries.add(entry(AuditAction.READ, recordFacts, one, purpose));
		}
		auditTrail.recordAll(entries);
		return released;
	}

	/** The values of a record declared as data, as released to a viewer, and the names of the fields masked. */
	public record ReleasedValues(Map<String, @Nullable Object> values, Set<String> maskedFields) {
	}

	/** Masks a view for an actor without writing an audit entry; for checks and previews that show nothing. */
	public <T extends Record> T mask(T view, RecordFacts facts, Actor actor) {
		return apply(view, facts, actor, false).view();
	}

	/** The names of the declared fields of a record type the actor may see on a record with these facts. */
	public Set<String> visibleFields(Actor actor, String recordType, RecordFacts facts) {
		Set<String> visible = new LinkedHashSet<>();
		for (FieldDescriptor field : catalog.require(recordType).fields().values()) {
			if (maySee(actor, field, facts)) {
				visible.add(field.name());
			}
		}
		return visible;
	}

	/** Whether the actor may see the field on a record with these facts. */
	public static boolean maySee(Actor actor, FieldDescriptor field, RecordFacts facts) {
		boolean roleOk = field.visibleTo().isEmpty() || field.visibleTo().stream().anyMatch(actor::hasRole);
		return roleOk && switch (field.scope()) {
			case ANY_COMPONENT -> true;
			case OWNING_COMPONENT -> facts.ownedByComponentOf(actor);
			case OWNER_OR_ASSIGNEE -> facts.ownedBy(actor) || facts.assignedTo(actor);
		};
	}

	private <T extends Record> T release(T view, RecordFacts facts, String purpose, AuditAction action) {
		Actor actor = Actors.require();
		Released<T> released = apply(view, facts, actor, action == AuditAction.EXPORT);
		auditTrail.record(entry(action, facts, released, purpose));
		return released.view();
	}

	private static AuditEvent entry(AuditAction action, RecordFacts facts, Released<?> released, String purpose) {
		return new AuditEvent(action, facts.recordType(), facts.recordId(), facts.owningComponent(),
				released.revealed(), purpose,
				released.masked().isEmpty() ? null : "masked: " + String.join(",", released.masked()));
	}

	private <T extends Record> Released<T> apply(T view, RecordFacts facts, Actor actor, boolean forExport) {
		ViewShape shape = shapes.computeIfAbsent(view.getClass(), this::shapeOf);
		RecordTypeDescriptor type = catalog.require(shape.recordType());
		if (!type.type().equals(facts.recordType())) {
			throw new IllegalArgumentException("View " + view.getClass().getSimpleName() + " is released as "
					+ type.type() + " but the facts describe " + facts.recordType());
		}
		RecordComponent[] components = shape.components();
		Object[] values = new Object[components.length];
		Set<String> revealed = new LinkedHashSet<>();
		Set<String> masked = new LinkedHashSet<>();
		int maskedFieldsIndex = -1;
		for (int i = 0; i < components.length; i++) {
			RecordComponent component = components[i];
			Object value = read(component, view);
			FieldDescriptor field = type.fields().get(component.getName());
			if (component.getName().equals(MASKED_FIELDS)) {
				maskedFieldsIndex = i;
			}
			else if (field != null) {
				boolean visible = maySee(actor, field, facts) && (!forExport || field.exportable());
				if (visible) {
					if (value != null) {
						revealed.add(field.name());
					}
				}
				else {
					masked.add(field.name());
					value = maskValue(component.getType(), value);
				}
			}
			else if (value instanceof List<?> items && isReleasedViewList(items)) {
				value = releaseNested(component.getName(), items, facts, actor, forExport, revealed, masked);
			}
			values[i] = value;
		}
		if (maskedFieldsIndex >= 0) {
			values[maskedFieldsIndex] = Set.copyOf(masked);
		}
		try {
			@SuppressWarnings("unchecked")
			T copy = (T) shape.constructor().newInstance(values);
			return new Released<>(copy, List.copyOf(revealed), masked);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot copy view " + view.getClass().getName(), ex);
		}
	}

	/** A list of views that are released themselves ({@code @ReleasedAs}), such as a record's attachments. */
	private static boolean isReleasedViewList(List<?> items) {
		return !items.isEmpty() && items.get(0) instanceof Record first
				&& first.getClass().isAnnotationPresent(ReleasedAs.class);
	}

	/**
	 * Releases the views nested in a view (a record's attachments, a tasker's assignments) under their own record
	 * type's declarations, with the facts of the record that holds them, so they are masked like any view. What they
	 * reveal or mask joins the holder's audit entry, named {@code component.field}.
	 */
	private List<Object> releaseNested(String name, List<?> items, RecordFacts holder, Actor actor, boolean forExport,
			Set<String> revealed, Set<String> masked) {
		List<Object> released = new ArrayList<>(items.size());
		for (Object item : items) {
			Record nested = (Record) item;
			String type = nested.getClass().getAnnotation(ReleasedAs.class).value();
			Released<Record> one = apply(nested, new RecordFacts(type, holder.recordId(), holder.owningComponent(),
					holder.ownerUsername(), holder.assignees()), actor, forExport);
			released.add(one.view());
			one.revealed().forEach(field -> revealed.add(name + "." + field));
			one.masked().forEach(field -> masked.add(name + "." + field));
		}
		return List.copyOf(released);
	}

	/** What a viewer sees of a hidden value: the mask for a text, nothing for any other value. */
	private static @Nullable Object maskValue(Class<?> type, @Nullable Object value) {
		if (value == null) {
			return null;
		}
		return type == String.class ? MASK : null;
	}

	private static @Nullable Object read(RecordComponent component, Record view) {
		try {
			return component.getAccessor().invoke(view);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot read " + component.getName(), ex);
		}
	}

	private ViewShape shapeOf(Class<?> viewType) {
		ReleasedAs releasedAs = viewType.getAnnotation(ReleasedAs.class);
		if (releasedAs == null) {
			throw new IllegalArgumentException(viewType.getName() + " is not annotated with @ReleasedAs");
		}
		RecordComponent[] components = viewType.getRecordComponents();
		for (RecordComponent component : components) {
			if (component.getName().equals(MASKED_FIELDS) && !Set.class.isAssignableFrom(component.getType())) {
				throw new IllegalStateException(viewType.getName() + "." + MASKED_FIELDS + " must be a Set<String>");
			}
			FieldDescriptor field = catalog.require(releasedAs.value()).fields().get(component.getName());
			if (field != null && component.getType().isPrimitive()) {
				throw new IllegalStateException(viewType.getName() + "." + component.getName()
						+ " holds personal data and cannot be a primitive: it could not be masked");
			}
		}
		try {
			Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
			Constructor<?> constructor = viewType.getDeclaredConstructor(types);
			constructor.setAccessible(true);
			for (RecordComponent component : components) {
				component.getAccessor().setAccessible(true);
			}
			return new ViewShape(releasedAs.value(), components, constructor);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException("No canonical constructor on " + viewType.getName(), ex);
		}
	}

	private record ViewShape(String recordType, RecordComponent[] components, Constructor<?> constructor) {
	}

	private record Released<T>(T view, List<String> revealed, Set<String> masked) {
	}
}
