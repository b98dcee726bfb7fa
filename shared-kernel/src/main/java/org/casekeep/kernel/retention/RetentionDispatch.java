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
import org.casekeep.kernel.retention.archive.ArchiveFailedException;
import org.casekeep.kernel.retention.archive.ArchiveFailures;
import org.casekeep.kernel.retention.archive.ArchivePackage;
import org.casekeep.kernel.retention.archive.ArchivePackages;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The one way a record leaves by retention: each {@link RetentionPeriodEnded} goes to the {@link RecordDestroyer} the
 * owning module registered for the record type, run as the system actor, and the destruction certificate is written
 * in the same transaction ({@link RetentionRegistry#confirmDestroyed}).
 * <p>
 * For a schedule that archives before removal (Detention Ombudsman PIA 5.2: "archive and remove"), the record is
 * first handed to its module's {@link RecordArchiver}, written to one archive package and the package verified; only
 * then is the destroyer called, and the certificate names the package and its SHA-256. Fail closed: with no archiver,
 * or if anything of the archive fails, nothing is destroyed, the failure is recorded for the records officer
 * ({@link ArchiveFailures}) and the event stays undelivered, so it is tried again later.
 * <p>
 * Checked at start-up, so that no record can be tracked and then never destroyed: every record type tracked on its
 * own has exactly one destroyer, every destroyer names such a type, at most one archiver each names such a type, and
 * every declared schedule exists.
 */
@Component
class RetentionDispatch implements SmartInitializingSingleton {

	/** Stored with each event publication: never rename it casually (changelog kernel/004 migrated the old ones). */
	static final String LISTENER_ID = "kernel.on-retention-period-ended";

	private final Map<String, RecordDestroyer> destroyers;
	private final Map<String, RecordArchiver> archivers;
	private final PersonalDataCatalog catalog;
	private final RetentionRegistry registry;
	private final ArchivePackages packages;
	private final ArchiveFailures failures;

	RetentionDispatch(List<RecordDestroyer> destroyers, List<RecordArchiver> archivers, PersonalDataCatalog catalog,
			RetentionRegistry registry, ArchivePackages packages, ArchiveFailures failures) {
		this.destroyers = destroyers.stream().collect(Collectors.toMap(RecordDestroyer::recordType,
				Function.identity(), (a, b) -> {
					throw new IllegalStateException("Two destroyers for record type " + a.recordType() + ": " + a
							+ " and " + b);
				}));
		this.archivers = archivers.stream().collect(Collectors.toMap(RecordArchiver::recordType,
				Function.identity(), (a, b) -> {
					throw new IllegalStateException("Two archivers for record type " + a.recordType());
				}));
		this.catalog = catalog;
		this.registry = registry;
		this.packages = packages;
		this.failures = failures;
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
		Set<String> unknownArchived = new TreeSet<>(this.archivers.keySet());
		unknownArchived.removeAll(tracked);
		if (!unknownArchived.isEmpty()) {
			throw new IllegalStateException("RecordArchivers are registered for " + unknownArchived + ", which no "
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
			RetentionSchedule schedule = registry.schedule(event.scheduleCode());
			if (!schedule.archiveBeforeRemoval()) {
				destroyer.destroy(event.recordId());
				registry.confirmDestroyed(event.recordType(), event.recordId());
				return;
			}
			ArchivePackage archived = archive(event, schedule);
			destroyer.destroy(event.recordId());
			registry.confirmDestroyed(event.recordType(), event.recordId(), archived.fileName(), archived.sha256());
			failures.resolved(event.recordType(), event.recordId());
		});
	}

	/**
	 * The record's archive package, written and verified; or the failure recorded (in a transaction of its own) and
	 * {@link ArchiveFailedException} thrown, so that the caller's transaction rolls back with nothing destroyed.
	 */
	private ArchivePackage archive(RetentionPeriodEnded event, RetentionSchedule schedule) {
		RecordArchiver archiver = archivers.get(event.recordType());
		String reason;
		if (archiver == null) {
			reason = "No archiver is registered for " + event.recordType() + ", whose schedule archives before removal";
		}
		else {
			try {
				return packages.write(schedule, event.recordType(), event.recordId(), archiver.archive(event.recordId()),
						Instant.now());
			}
			catch (ArchiveFailedException ex) {
				reason = ex.getMessage();
			}
			catch (RuntimeException ex) {
				// Only the kind of failure: an archiver's message can quote the record.
				reason = "The archiver of " + event.recordType() + " failed (" + ex.getClass().getSimpleName() + ")";
			}
		}
		failures.record(event.recordType(), event.recordId(), event.scheduleCode(), reason, Instant.now());
		throw new ArchiveFailedException(reason + "; " + event.recordType() + " " + event.recordId() + " was kept");
	}
}
