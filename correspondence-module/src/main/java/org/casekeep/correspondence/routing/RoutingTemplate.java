package org.casekeep.correspondence.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.casekeep.kernel.db.AssignedIdEntity;

/**
 * A named routing of taskers (Intranet Quorum) an Executive Secretariat user defines once and applies to many
 * taskers: ordered steps, each {@link RoutingStepMode sequential or parallel}, each listing its assignees.
 */
@Entity
@Table(schema = "correspondence", name = "routing_template")
class RoutingTemplate extends AssignedIdEntity {

	static final String RECORD_TYPE = "correspondence.routing-template";

	@Id
	private UUID id;
	private String name;
	private String owningComponent;
	private String createdBy;
	private Instant createdAt;
	private Instant updatedAt;
	@Version
	private long version;
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(schema = "correspondence", name = "routing_template_entry",
			joinColumns = @JoinColumn(name = "template_id"))
	private List<RoutingTemplateEntry> entries = new ArrayList<>();

	protected RoutingTemplate() {
	}

	RoutingTemplate(String owningComponent, String createdBy, Instant now) {
		this.id = UUID.randomUUID();
		this.owningComponent = owningComponent;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	@Override
	public UUID getId() { return id; }
	String getName() { return name; }
	String getOwningComponent() { return owningComponent; }
	String getCreatedBy() { return createdBy; }
	Instant getCreatedAt() { return createdAt; }
	Instant getUpdatedAt() { return updatedAt; }
	long getVersion() { return version; }

	/** The steps in order, each with its mode and assignees. */
	List<RoutingStep> steps() {
		List<RoutingStep> steps = new ArrayList<>();
		List<RoutingTemplateEntry> sorted = entries.stream().sorted(Comparator.comparingInt(RoutingTemplateEntry::getPosition)).toList();
		int current = -1;
		for (RoutingTemplateEntry entry : sorted) {
			if (entry.getStep() != current) {
				steps.add(new RoutingStep(entry.getMode(), new ArrayList<>()));
				current = entry.getStep();
			}
			steps.getLast().assignees().add(entry.target());
		}
		return steps.stream().map(s -> new RoutingStep(s.mode(), List.copyOf(s.assignees()))).toList();
	}

	void define(String name, List<RoutingStep> steps, Instant now) {
		this.name = name;
		this.entries.clear();
		int position = 0;
		for (int step = 0; step < steps.size(); step++) {
			for (AssignmentTarget target : steps.get(step).assignees()) {
				entries.add(new RoutingTemplateEntry(position++, step, steps.get(step).mode(), target));
			}
		}
		this.updatedAt = now;
	}
}
