package org.casekeep.kernel.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.casekeep.kernel.retention.RetentionRegistry;
import org.casekeep.kernel.retention.RetentionSchedule;
import org.casekeep.kernel.pii.FieldDescriptor;
import org.casekeep.kernel.pii.PersonalDataCatalog;
import org.casekeep.kernel.pii.RecordTypeDescriptor;
import org.springframework.stereotype.Service;

/**
 * The data inventory: every personal-data field of every module with its category, who sees it, its retention
 * schedule and legal basis. A living appendix of the PIAs, derived from the declarations, never typed by hand.
 */
@Service
public class DataInventory {

	private final PersonalDataCatalog catalog;
	private final RetentionRegistry retention;

	DataInventory(PersonalDataCatalog catalog, RetentionRegistry retention) {
		this.catalog = catalog;
		this.retention = retention;
	}

	public List<InventoryEntry> entries() {
		Map<String, RetentionSchedule> schedules = retention.schedules();
		List<InventoryEntry> entries = new ArrayList<>();
		for (RecordTypeDescriptor type : catalog.recordTypes()) {
			RetentionSchedule schedule = schedules.get(type.retention());
			String scheduleName = schedule == null ? type.retention() + " (unknown schedule)"
					: schedule.authority() + " – " + schedule.title();
			String rule = schedule == null ? "" : ruleOf(schedule);
			for (FieldDescriptor field : type.fields().values()) {
				entries.add(new InventoryEntry(type.module(), type.type(), field.name(), field.description(),
						field.category(), field.sensitivity(),
						field.visibleTo().isEmpty() ? "every user who may read the record"
								: String.join(", ", field.visibleTo().stream().sorted().toList()),
						field.scope(), field.exportable(), scheduleName, rule, type.legalBasis(), type.source()));
			}
		}
		return entries;
	}

	/** The rule as the inventory states it; unscheduled records are kept whatever the seed's words (PIA 5.1). */
	static String ruleOf(RetentionSchedule schedule) {
		if (schedule.unscheduled()) {
			return UNSCHEDULED + " " + schedule.disposition();
		}
		return schedule.disposition() + (schedule.archiveBeforeRemoval() ? " Archived before removal." : "");
	}

	/** What the inventory says of records under no approved schedule yet. */
	public static final String UNSCHEDULED = "Unscheduled — nothing is destroyed.";
}
