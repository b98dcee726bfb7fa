package org.casekeep.kernel.retention;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.pii.PersonalDataCatalog;
import org.casekeep.kernel.pii.RecordTypeDescriptor;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The one way a record leaves by retention: each {@link RetentionPeriodEnded} goes to the {@link RecordDestroyer} the
 * owning module registered for the record type, run as the system actor, and the destruction certificate is written
 * in the same transaction ({@link RetentionRegistry#confirmDestroyed}).
 * <p>
 * Checked at start-up, so that no record can be tracked and then never destroyed: every record type tracked on its
 * own has exactly one destroyer, every destroyer names such a type, and every declared schedule exists.
 */
@Component
class RetentionDispatch implements SmartInitializingSingleton {

	/** Stored with each event publication: never rename it casually (changelog kernel/004 migrated the old ones). */
	static final String LISTENER_ID = "kernel.on-retention-period-ended";

	private final Map<String, RecordDestroyer> destroyers;
	private final PersonalDataCatalog catalog;
	private final RetentionRegistry registry;

	RetentionDispatch(List<RecordDestroyer> destroyers, PersonalDataCatalog catalog, RetentionRegistry registry) {
		this.destroyers = destroyers.stream().collect(Collectors.toMap(RecordDestroyer::recordType,
				Function.identity(), (a, b) -> {
					throw new IllegalStateException("Two destroyers for record type " + a.recordType() + ": " + a
							+ " and " + b);
				}));
		this.catalog = catalog;
		this.registry = registry;
		Set<String> tracked = catalog.recordTypes().stream().filter(RecordTypeDescriptor::trackedOnItsOwn)
			.map(RecordTypeDescriptor::type).collect(Collectors.toCollection(TreeSet::new));
		Set<String> missing = new TreeSet<>(tracked);
		missing.removeAll(this.destroyers.keySet());
		if (!missing.isEmpty()) {
			throw new IllegalStateException("No RecordDestroyer is registered for the record types " + missing
					+ ": their records would be tracked by retention and never destroyed");
		}
		Set<String> unknown = new TreeSet<>(this.destroyers.keySet());
		unknown.removeAll(tracked);
		if (!unknown.isEmpty()) {
			throw new IllegalStateException("RecordDestroyers are registered for " + unknown + ", which no "
					+ "@PersonalDataRecord declares as a record type tracked on its own");
		}
	}

	/** After Liquibase has run: every schedule a record type is declared under is seeded by its module. */
	@Override
	public void afterSingletonsInstantiated() {
		Set<String> known = registry.schedules().keySet();
		Set<String> unknownSchedules = catalog.recordTypes().stream()
			.filter(RecordTypeDescriptor::trackedOnItsOwn)
			.filter(type -> !known.contains(type.retention()))
			.map(type -> type.type() + " -> " + type.retention())
			.collect(Collectors.toCollection(TreeSet::new));
		if (!unknownSchedules.isEmpty()) {
			throw new IllegalStateException("Record types are declared under retention schedules no changelog "
					+ "seeds: " + unknownSchedules);
		}
	}

	@ApplicationModuleListener(id = LISTENER_ID)
	void on(RetentionPeriodEnded event) {
		RecordDestroyer destroyer = destroyers.get(event.recordType());
		if (destroyer == null) {
			// Cannot happen after the start-up check, unless a type was removed with records still tracked: fail,
			// so the publication stays incomplete and the record is kept rather than forgotten.
			throw new IllegalStateException("No RecordDestroyer for record type " + event.recordType());
		}
		Actors.runAs(Actor.SYSTEM, () -> {
			Optional<Instant> keptUntil = destroyer.keptUntil(event.recordId());
			if (keptUntil.isPresent()) {
				registry.postpone(event.recordType(), event.recordId(), keptUntil.get());
				return;
			}
			destroyer.destroy(event.recordId());
			registry.confirmDestroyed(event.recordType(), event.recordId());
		});
	}
}
