package org.casekeep.detention.relations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casekeep.kernel.pii.ReleasedAs;
import org.casekeep.kernel.values.PhoneNumber;
import org.casekeep.kernel.values.PostalAddress;
import org.jspecify.annotations.Nullable;

/** Stakeholders and engagements as they leave the module, each released through the kernel's guard (PIA 8.1). */
final class RelationsViews {

	private RelationsViews() {
	}

	/** A stakeholder. Its organization is named by id; its name is read (and audited) on the organization's record. */
	@ReleasedAs(Stakeholder.RECORD_TYPE)
	record StakeholderView(UUID id, long version, StakeholderKind kind, String kindLabel, @Nullable String name,
			@Nullable UUID organizationId, @Nullable PostalAddress address, @Nullable String email, @Nullable String phone,
			SourceKind sourceKind, String sourceLabel, @Nullable String sourceDetail,
			@Nullable List<String> areasOfInterest, String createdBy, Instant createdAt, Set<String> maskedFields) {

		static StakeholderView of(Stakeholder s) {
			return new StakeholderView(s.getId(), s.version(), s.kind(), s.kind().label(), s.name(), s.organizationId(),
					s.address(), s.email(), PhoneNumber.shown(s.phone()), s.sourceKind(), s.sourceKind().label(),
					s.sourceDetail(), s.areasOfInterest(), s.createdBy(), s.createdAt(), Set.of());
		}
	}

	/** An engagement; its stakeholder participants by id (their names are read on their own records). */
	@ReleasedAs(StakeholderEngagement.RECORD_TYPE)
	record EngagementView(UUID id, long version, String name, EngagementType type, String typeLabel, LocalDate startsOn,
			@Nullable LocalDate endsOn, @Nullable String location, @Nullable String subject, List<String> areas,
			List<String> staff, List<UUID> participants, int removedParticipants, boolean held, @Nullable Instant heldAt,
			@Nullable List<Reminder> reminders, String ownerUsername, Set<String> maskedFields) {

		static EngagementView of(StakeholderEngagement e) {
			return new EngagementView(e.getId(), e.version(), e.name(), e.type(), e.type().label(), e.startsOn(),
					e.endsOn(), e.location(), e.subject(), e.areas(), e.staff(),
					e.participants().stream().sorted().toList(), e.removedParticipants(), e.heldAt().isPresent(),
					e.heldAt().orElse(null), e.reminders(), e.ownerUsername(), Set.of());
		}
	}

	/** A reminder still open, for the list of what is due (PIA 2.1: reminders for future actions). */
	@ReleasedAs(StakeholderEngagement.RECORD_TYPE)
	record DueReminder(UUID engagementId, String name, @Nullable List<Reminder> reminders) {
	}

	/** A material of an engagement, listed. */
	@ReleasedAs(EngagementMaterial.RECORD_TYPE)
	record MaterialView(UUID id, @Nullable String fileName, String mediaType, long sizeBytes, String uploadedBy,
			Instant uploadedAt) {
	}

	/** A material's content, for a download. */
	@ReleasedAs(EngagementMaterial.RECORD_TYPE)
	record MaterialContent(UUID id, @Nullable String fileName, String mediaType, byte @Nullable [] content) {
	}

	/** What the removal of a stakeholder on request left behind: no name, only counts (PIA 4.3). */
	record Removal(int stakeholdersRemoved, int engagementsAnonymized) {
	}
}
