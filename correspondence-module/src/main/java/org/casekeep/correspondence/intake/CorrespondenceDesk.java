package org.casekeep.correspondence.intake;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.pii.PersonalData;
import org.casekeep.kernel.pii.PersonalDataGuard;
import org.casekeep.kernel.retention.RetentionFacts;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.casekeep.kernel.values.PhoneNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every service of intake does with a stored record: find it, state the facts its access depends on, release
 * its view through the kernel's guard and keep its retention tracking current. Runs in the caller's transaction and
 * checks nothing itself.
 */
@Component
class CorrespondenceDesk {

	private final CorrespondenceRecords records;
	private final Attachments attachments;
	private final SpiiReviewItems reviewItems;
	private final CorrespondenceAccessRules rules;
	private final PersonalDataGuard guard;
	private final RetentionRegistry retention;
	private final ApplicationEventPublisher events;
	private final CorrespondentNotices notices;
	private final Clock clock = Clock.systemUTC();

	CorrespondenceDesk(CorrespondenceRecords records, Attachments attachments, SpiiReviewItems reviewItems,
			CorrespondenceAccessRules rules, PersonalDataGuard guard, RetentionRegistry retention,
			ApplicationEventPublisher events, CorrespondentNotices notices) {
		this.records = records;
		this.attachments = attachments;
		this.reviewItems = reviewItems;
		this.rules = rules;
		this.guard = guard;
		this.retention = retention;
		this.events = events;
		this.notices = notices;
	}

	/** The record, or not found. */
	Correspondence find(UUID id) {
		return records.findById(id).orElseThrow(() -> new RecordNotFoundException(Correspondence.RECORD_TYPE, id));
	}

	/** The facts of a record for the current actor, who is among its assignees when a tasker assigns it to them. */
	RecordFacts facts(Correspondence c) {
		return facts(c, rules.assigneesOf(c.getId()));
	}

	static RecordFacts facts(Correspondence c, Set<String> assignees) {
		return new RecordFacts(Correspondence.RECORD_TYPE, c.getId().toString(), c.getOwningComponent(),
				c.getCreatedBy(), assignees);
	}

	/** The record's view, read from the database, released (masked and audited) for the current actor. */
	CorrespondenceView release(Correspondence c) {
		return release(view(c, attachments.findByCorrespondenceIdOrderByCreatedAt(c.getId()),
				reviewItems.findByCorrespondenceIdOrderByLocationAscStartOffsetAsc(c.getId())), facts(c));
	}

	/** A view released (masked and audited) under the given facts. */
	CorrespondenceView release(CorrespondenceView view, RecordFacts facts) {
		return guard.release(view, facts, CorrespondenceIntake.PURPOSE);
	}

	/**
	 * Starts or updates the retention tracking of a record, in the caller's transaction: its chosen schedule,
	 * anchored on closure (and, for OCC-PMT, on the final decision, which closure records).
	 */
	void track(Correspondence c) {
		retention.track(Correspondence.RECORD_TYPE, c.getId().toString(), c.getRetentionSchedule(), retentionFacts(c));
	}

	/** The same for many records stored together (batch intake), in one round trip. */
	void trackAll(List<Correspondence> stored) {
		retention.trackAll(Correspondence.RECORD_TYPE, stored.stream()
			.map(c -> new RetentionRegistry.Tracked(c.getId().toString(), c.getRetentionSchedule(), retentionFacts(c)))
			.toList());
	}

	/**
	 * Tells other modules a record was received ({@code CorrespondenceReceived}), and the correspondent who gave an
	 * address that we have it, in the caller's transaction.
	 */
	void announce(Correspondence c) {
		events.publishEvent(c.received());
		notices.received(c);
	}

	static RetentionFacts retentionFacts(Correspondence c) {
		return new RetentionFacts(c.getCreatedAt(), c.getUpdatedAt(), c.getClosedAt(), c.getClosedAt());
	}

	Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/** How a location of a finding is named for people: the field's label or the attachment's file name. */
	static String locationLabel(String location, @Nullable Map<UUID, Attachment> attachmentsById) {
		return switch (location) {
			case "subject" -> "the subject";
			case "body" -> "the text";
			case "caseNumber" -> "the case number";
			case "aNumber" -> "the A-Number field";
			case "receiptNumber" -> "the receipt number field";
			default -> {
				Attachment attachment = attachmentsById == null ? null : attachmentsById.get(UUID.fromString(location));
				yield attachment == null ? "an attachment" : "the attachment " + attachment.getFileName();
			}
		};
	}

	/** The view of a record, its attachments in the order taken in, its findings by location and offset. */
	static CorrespondenceView view(Correspondence c, List<Attachment> files, List<SpiiReviewItem> items) {
		Map<UUID, Attachment> byId = files.stream().collect(Collectors.toMap(Attachment::getId, a -> a));
		List<CorrespondenceView.Finding> findings = items.stream()
			.sorted(Comparator.comparing(SpiiReviewItem::getLocation).thenComparingInt(SpiiReviewItem::getStartOffset))
			.map(i -> new CorrespondenceView.Finding(i.getId(), i.getLocation(), locationLabel(i.getLocation(), byId),
					i.getKindName(), i.getKindLabel(), i.getMaskedExcerpt(),
					i.getDecision() == null ? null : i.getDecision().name(), i.getJustification(), i.isExtraneous()))
			.toList();
		List<CorrespondenceView.AttachmentSummary> summaries = files.stream()
			.map(a -> new CorrespondenceView.AttachmentSummary(a.getId(), a.getFileName(), a.getMediaType(),
					a.getSizeBytes(), a.isRedacted(), !a.isRedacted(), a.getExtractedText()))
			.toList();
		Arrival arrival = c.getArrival();
		return new CorrespondenceView(c.getId(), c.getReferenceNumber(), c.getStatus().name(),
				arrival.channel().name(), arrival.intakeMethod().name(), arrival.sourceType().name(), c.getSubject(),
				c.getBody(), c.isBodyExtraneous(), arrival.receivedAt(), c.getOwningComponent(), c.getCreatedBy(),
				c.getCreatedAt(), c.getRetentionSchedule(), c.getClosedAt(),
				c.getClosureReason() == null ? null : c.getClosureReason().name(), c.getPrefix(), c.getFirstName(),
				c.getMiddleName(), c.getLastName(), c.getSuffix(), c.getTitle(), c.getOrganization(),
				PhoneNumber.shown(c.getHomePhone()), PhoneNumber.shown(c.getBusinessPhone()),
				PhoneNumber.shown(c.getMobilePhone()), PhoneNumber.shown(c.getFax()),
				c.getEmail(), c.getUrl(), c.getAddressKind() == null ? null : c.getAddressKind().name(),
				c.getAddress(), c.getCaseNumber(), c.getANumber(), c.getReceiptNumber(), c.getVersion(), summaries,
				findings, Set.of());
	}

	/**
	 * The names of a record's personal-data fields that hold a value, for the audit entry of its intake (names only):
	 * the fields as {@link PersonalData} declares them, on the field or by the value type it holds, so that the list
	 * is not written a second time.
	 */
	static List<String> filledFields(Correspondence c) {
		List<String> names = new ArrayList<>();
		for (Field field : PERSONAL_DATA) {
			try {
				if (field.get(c) != null) {
					names.add(field.getName());
				}
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException("Cannot read " + field.getName(), ex);
			}
		}
		return names;
	}

	private static final List<Field> PERSONAL_DATA = personalDataFields();

	private static List<Field> personalDataFields() {
		List<Field> fields = new ArrayList<>();
		for (Field field : Correspondence.class.getDeclaredFields()) {
			if (field.isAnnotationPresent(PersonalData.class) || field.getType().isAnnotationPresent(PersonalData.class)) {
				field.setAccessible(true);
				fields.add(field);
			}
		}
		return List.copyOf(fields);
	}
}
