package org.casekeep.detention.relations;

import java.util.UUID;

import org.casekeep.kernel.retention.RecordDestroyer;
import org.casekeep.kernel.retention.RetentionFacts;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention of stakeholders and engagements (PIA 1.4, 5.1): unscheduled, so tracked from creation and never due
 * until NARA approves a schedule for {@value Stakeholder#RETENTION}; a stakeholder removed on request (PIA 4.3) is no
 * longer tracked. The destroyers remove a record with its parts; a record gone is nothing to do.
 */
@Configuration(proxyBeanMethods = false)
class RelationsRetention {

	private final RetentionRegistry retention;

	RelationsRetention(RetentionRegistry retention) {
		this.retention = retention;
	}

	void track(Stakeholder stakeholder) {
		retention.track(Stakeholder.RECORD_TYPE, stakeholder.getId().toString(),
				RetentionFacts.created(stakeholder.createdAt()));
	}

	void track(StakeholderEngagement engagement) {
		retention.track(StakeholderEngagement.RECORD_TYPE, engagement.getId().toString(),
				RetentionFacts.created(engagement.createdAt()));
	}

	void forget(Stakeholder stakeholder) {
		retention.forget(Stakeholder.RECORD_TYPE, stakeholder.getId().toString());
	}

	@Bean
	RecordDestroyer stakeholderDestroyer(StakeholderDestruction destruction) {
		return RecordDestroyer.of(Stakeholder.RECORD_TYPE, destruction::destroyStakeholder);
	}

	@Bean
	RecordDestroyer oidoEngagementDestroyer(StakeholderDestruction destruction) {
		return RecordDestroyer.of(StakeholderEngagement.RECORD_TYPE, destruction::destroyEngagement);
	}

	/** Destroys, as the kernel's retention asks, in its transaction. */
	@org.springframework.stereotype.Component
	static class StakeholderDestruction {

		private final Stakeholders stakeholders;
		private final StakeholderEngagements engagements;
		private final EngagementMaterials materials;

		StakeholderDestruction(Stakeholders stakeholders, StakeholderEngagements engagements, EngagementMaterials materials) {
			this.stakeholders = stakeholders;
			this.engagements = engagements;
			this.materials = materials;
		}

		@Transactional
		void destroyStakeholder(UUID id) {
			stakeholders.findById(id).ifPresent(stakeholder -> {
				engagements.withParticipant(id).forEach(e -> e.forget(id));
				stakeholders.findByOrganizationId(id).forEach(person -> person.unlink());
				stakeholders.delete(stakeholder);
			});
		}

		@Transactional
		void destroyEngagement(UUID id) {
			engagements.findById(id).ifPresent(engagement -> {
				materials.deleteAll(materials.findByEngagementIdOrderByUploadedAt(id));
				engagements.delete(engagement);
			});
		}
	}
}
