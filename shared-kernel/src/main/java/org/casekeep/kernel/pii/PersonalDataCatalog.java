package org.casekeep.kernel.pii;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.ManagedType;

import org.springframework.stereotype.Component;

/**
 * Every personal-data field of every module, read once at start-up from the {@link PersonalData} declarations on
 * the persistent classes that JPA knows, and from the record types modules declare as data
 * ({@link RecordTypeContributor}). Nothing is listed by hand: a new annotated field appears here, in the
 * data inventory, in masking and in audit entries without further change. A field holding a value type that
 * declares its personal data (a {@code PostalAddress}, a {@code PhoneNumber}) is listed under the field's name with
 * the type's declaration, as the field refines it.
 * <p>
 * A declaration {@link PersonalData} does not allow (a plain field without category, a holder that lowers its
 * type's sensitivity, ...) fails here, so the application does not start.
 */
@Component
public class PersonalDataCatalog {

	private final Map<String, RecordTypeDescriptor> byType;

	@org.springframework.beans.factory.annotation.Autowired
	public PersonalDataCatalog(EntityManagerFactory entityManagerFactory, List<RecordTypeContributor> contributors) {
		this(entityManagerFactory.getMetamodel().getManagedTypes().stream()
			.<Class<?>>map(ManagedType::getJavaType).toList(),
				contributors.stream().flatMap(contributor -> contributor.recordTypes().stream()).toList());
	}

	PersonalDataCatalog(Collection<? extends Class<?>> persistentClasses) {
		this(persistentClasses, List.of());
	}

	/** A catalog of the given classes, for tests and tools that run without JPA. */
	public static PersonalDataCatalog of(Class<?>... persistentClasses) {
		return new PersonalDataCatalog(java.util.Arrays.asList(persistentClasses), List.of());
	}

	/** A catalog of the given classes and record types declared as data, for tests and tools without JPA. */
	public static PersonalDataCatalog of(List<RecordTypeDescriptor> contributed, Class<?>... persistentClasses) {
		return new PersonalDataCatalog(java.util.Arrays.asList(persistentClasses), contributed);
	}

	PersonalDataCatalog(Collection<? extends Class<?>> persistentClasses, List<RecordTypeDescriptor> contributed) {
		Map<String, RecordTypeDescriptor> types = new TreeMap<>();
		java.util.stream.Stream.concat(persistentClasses.stream()
			.filter(type -> type.isAnnotationPresent(PersonalDataRecord.class))
			.sorted(Comparator.comparing(Class::getName))
			.map(PersonalDataCatalog::describe), contributed.stream())
			.forEach(descriptor -> {
				RecordTypeDescriptor clash = types.put(descriptor.type(), descriptor);
				if (clash != null) {
					throw new IllegalStateException("Record type " + descriptor.type() + " is declared twice");
				}
			});
		types.replaceAll((name, descriptor) -> withHolderRetention(descriptor, types));
		this.byType = java.util.Collections.unmodifiableMap(types);
	}

	/**
	 * A part is kept under its holder's schedule; every type names exactly one of a schedule or a holder, and a
	 * holder that is itself declared.
	 * @throws IllegalStateException for a declaration that breaks this, so the application does not start.
	 */
	private static RecordTypeDescriptor withHolderRetention(RecordTypeDescriptor type,
			Map<String, RecordTypeDescriptor> types) {
		if (type.partOf() == null) {
			if (type.retention().isBlank()) {
				throw new IllegalStateException("Record type " + type.type() + " names neither a retention schedule "
						+ "nor the record type it is part of");
			}
			return type;
		}
		if (!type.retention().isBlank()) {
			throw new IllegalStateException("Record type " + type.type() + " is part of " + type.partOf()
					+ " and kept with it: it cannot name a schedule of its own");
		}
		RecordTypeDescriptor holder = types.get(type.partOf());
		if (holder == null || holder.partOf() != null) {
			throw new IllegalStateException("Record type " + type.type() + " is part of " + type.partOf()
					+ ", which is not a declared record type tracked on its own");
		}
		return new RecordTypeDescriptor(type.type(), type.module(), holder.retention(), type.partOf(),
				type.legalBasis(), type.source(), type.fields());
	}

	private static RecordTypeDescriptor describe(Class<?> type) {
		PersonalDataRecord record = type.getAnnotation(PersonalDataRecord.class);
		Map<String, FieldDescriptor> fields = new LinkedHashMap<>();
		for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
			for (Field field : current.getDeclaredFields()) {
				FieldDescriptor descriptor = Modifier.isStatic(field.getModifiers()) ? null : FieldDescriptor.of(field);
				if (descriptor != null) {
					fields.putIfAbsent(field.getName(), descriptor);
				}
			}
		}
		return new RecordTypeDescriptor(record.type(), moduleOf(type), record.retention(),
				record.partOf().isBlank() ? null : record.partOf(), record.legalBasis(), record.source(), fields);
	}

	private static String moduleOf(Class<?> type) {
		String[] segments = type.getPackageName().split("\\.");
		return segments.length > 2 ? segments[2] : type.getPackageName();
	}

	/** All record types, ordered by name. */
	public List<RecordTypeDescriptor> recordTypes() {
		return List.copyOf(byType.values());
	}

	public Optional<RecordTypeDescriptor> recordType(String type) {
		return Optional.ofNullable(byType.get(type));
	}

	/**
	 * The descriptor of a record type.
	 * @throws IllegalStateException if nothing declares it: a view released as an unknown type is a programming error.
	 */
	public RecordTypeDescriptor require(String type) {
		return recordType(type).orElseThrow(() -> new IllegalStateException(
				"No @PersonalDataRecord declares record type '" + type + "'"));
	}
}
