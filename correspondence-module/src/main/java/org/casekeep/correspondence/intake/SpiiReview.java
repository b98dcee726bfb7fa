package org.casekeep.correspondence.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.casekeep.correspondence.events.CorrespondenceReceived;
import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.spii.SpiiDetector;
import org.casekeep.kernel.spii.SpiiFinding;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.OneOf;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SPII review (PIA 2.5, 3.4): what intake scans for, the findings it stores, and the reviewer's decisions. Until
 * every finding is redacted (the stored text rewritten, an attachment's original file replaced by its redacted text)
 * or kept with an audited justification, the record waits in {@code SPII_REVIEW}; then it is {@code RECEIVED} and
 * announced with {@link CorrespondenceReceived}.
 */
@Service
class SpiiReview {

	/**
	 * The decisions of an SPII review, one per finding (PIA 3.4).
	 *
	 * @param version the version of the correspondence the reviewer saw; a stale one is refused (409).
	 * @param bodyExtraneous whether the whole text is extraneous to the matter (shown greyed out, IQ).
	 */
	public record Decisions(@Nullable Long version, @Nullable List<Decision> decisions,
			@Nullable Boolean bodyExtraneous) {
	}

	/**
	 * A reviewer's decision on one finding.
	 *
	 * @param decision {@code REDACT} or {@code KEEP}.
	 * @param justification why the value is kept, at least 10 characters; required for {@code KEEP}.
	 * @param extraneous whether the passage is extraneous to the matter, shown greyed out (IQ).
	 */
	public record Decision(@Nullable UUID findingId, @OneOf(SpiiReviewItem.Choice.class) @Nullable String decision, @Nullable String justification,
			@Nullable Boolean extraneous) {
	}

	static final int JUSTIFICATION_MIN = 10;
	static final int JUSTIFICATION_MAX = 500;
	private static final int EXCERPT_CONTEXT = 40;
	private static final SpiiDetector DETECTOR = new SpiiDetector();

	private final CorrespondenceDesk desk;
	private final CorrespondenceRecords records;
	private final Attachments attachments;
	private final SpiiReviewItems reviewItems;
	private final AccessPolicy access;
	private final AuditTrail audit;

	SpiiReview(CorrespondenceDesk desk, CorrespondenceRecords records, Attachments attachments,
			SpiiReviewItems reviewItems, AccessPolicy access, AuditTrail audit) {
		this.desk = desk;
		this.records = records;
		this.attachments = attachments;
		this.reviewItems = reviewItems;
		this.access = access;
		this.audit = audit;
	}

	/**
	 * Applies the SPII review: REDACT rewrites the stored text (and replaces an attachment by its redacted text),
	 * KEEP is audited with its justification. Then the record is {@code RECEIVED} and announced.
	 *
	 * @throws InvalidInputException naming each finding without a decision or with a missing justification (422).
	 * @throws ObjectOptimisticLockingFailureException if {@code decisions.version()} is not the current version.
	 */
	@Transactional
	public CorrespondenceView decide(UUID id, Decisions request) {
		Correspondence correspondence = desk.find(id);
		Actor actor = access.check(Operation.UPDATE, desk.facts(correspondence));
		if (request.version() == null) {
			throw InvalidInputException.of("version", "The version you reviewed is required, so no change is lost");
		}
		if (request.version() != correspondence.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Correspondence.class, id);
		}
		if (correspondence.getStatus() != CorrespondenceStatus.SPII_REVIEW) {
			throw InvalidInputException.of("status", "This correspondence has no SPII review pending");
		}
		List<SpiiReviewItem> items = reviewItems.findByCorrespondenceIdOrderByLocationAscStartOffsetAsc(id);
		Map<UUID, Decision> byFinding = validated(items, request);
		Instant now = desk.now();
		Map<String, List<SpiiReviewItem>> redactions = new LinkedHashMap<>();
		for (SpiiReviewItem item : items) {
			Decision decision = byFinding.get(item.getId());
			SpiiReviewItem.Choice choice = SpiiReviewItem.Choice.valueOf(
					decision.decision().strip().toUpperCase(Locale.ROOT));
			String justification = decision.justification() == null ? null : decision.justification().strip();
			item.decide(choice, justification, Boolean.TRUE.equals(decision.extraneous()), actor.username(), now);
			if (choice == SpiiReviewItem.Choice.REDACT) {
				redactions.computeIfAbsent(item.getLocation(), location -> new ArrayList<>()).add(item);
			}
			else if (choice == SpiiReviewItem.Choice.CHECKED) {
				audit.record(new AuditEvent(AuditAction.UPDATE, Correspondence.RECORD_TYPE, id.toString(),
						correspondence.getOwningComponent(), List.of("attachment.content"), CorrespondenceIntake.PURPOSE,
						"unreadable document checked by eye"));
			}
			else {
				// PIA 3.4: a kept value is audited, never with the value itself. The justification is typed text that
				// may name someone, so it stays in the review item, under the record's retention; the append-only
				// audit names the item it is kept in (PIA 8.5: the audit is kept longer than the record).
				audit.record(new AuditEvent(AuditAction.UPDATE, Correspondence.RECORD_TYPE, id.toString(),
						correspondence.getOwningComponent(), List.of(auditField(item.getLocation())),
						CorrespondenceIntake.PURPOSE, "SPII kept: " + item.getKind().name() + " finding " + item.getId()));
			}
		}
		Map<UUID, Attachment> attachmentsById = attachments.findByCorrespondenceIdOrderByCreatedAt(id).stream()
			.collect(Collectors.toMap(Attachment::getId, a -> a));
		for (Map.Entry<String, List<SpiiReviewItem>> entry : redactions.entrySet()) {
			String location = entry.getKey();
			if (Correspondence.SCANNED_FIELDS.contains(location)) {
				String text = correspondence.scannable(location);
				if (text != null) {
					correspondence.redactField(location, DETECTOR.redact(text, findings(text, entry.getValue())), now);
				}
			}
			else {
				Attachment attachment = attachmentsById.get(UUID.fromString(location));
				if (attachment != null) {
					String text = attachment.getExtractedText();
					attachment.redact(DETECTOR.redact(text, findings(text, entry.getValue())));
				}
			}
		}
		if (!redactions.isEmpty()) {
			audit.record(new AuditEvent(AuditAction.UPDATE, Correspondence.RECORD_TYPE, id.toString(),
					correspondence.getOwningComponent(),
					redactions.keySet().stream().map(SpiiReview::auditField).distinct().toList(),
					CorrespondenceIntake.PURPOSE,
					"SPII redacted: " + redactions.values().stream().mapToInt(List::size).sum()));
		}
		correspondence.reviewed(Boolean.TRUE.equals(request.bodyExtraneous()), now);
		records.saveAndFlush(correspondence);
		desk.track(correspondence);
		desk.announce(correspondence);
		return desk.release(correspondence);
	}

	/** The findings of a record about to be stored: its scanned fields first, then each attachment's text. */
	static List<SpiiReviewItem> scan(Correspondence correspondence, List<Attachment> stored) {
		List<SpiiReviewItem> items = new ArrayList<>();
		for (String field : Correspondence.SCANNED_FIELDS) {
			String text = correspondence.scannable(field);
			if (text != null) {
				items.addAll(items(correspondence.getId(), field, text));
			}
		}
		for (Attachment attachment : stored) {
			items.addAll(items(correspondence.getId(), attachment.getId().toString(), attachment.getExtractedText()));
		}
		return items;
	}

	/**
	 * Up to 40 characters either side of a finding, with this and every other finding in the window replaced by its
	 * kind: the reviewer sees where the value is, never the value.
	 */
	static String maskedExcerpt(String text, List<SpiiFinding> all, SpiiFinding finding) {
		int from = Math.max(0, finding.start() - EXCERPT_CONTEXT);
		int to = Math.min(text.length(), finding.end() + EXCERPT_CONTEXT);
		List<SpiiFinding> sorted = all.stream().sorted(Comparator.comparingInt(SpiiFinding::start)).toList();
		for (SpiiFinding other : sorted) {
			if (other.start() < from && other.end() > from) {
				from = other.start();
			}
			if (other.start() < to && other.end() > to) {
				to = other.end();
			}
		}
		StringBuilder excerpt = new StringBuilder(from > 0 ? "…" : "");
		int at = from;
		for (SpiiFinding other : sorted) {
			if (other.start() >= from && other.end() <= to && other.start() >= at) {
				excerpt.append(text, at, other.start()).append('[').append(other.kind().label()).append(']');
				at = other.end();
			}
		}
		excerpt.append(text, at, to).append(to < text.length() ? "…" : "");
		return excerpt.toString().replaceAll("\\s+", " ").strip();
	}

	/** The field name an error about a finding is reported under: {@code findings[<id>]}. */
	static String findingField(UUID findingId) {
		return "findings[" + findingId + "]";
	}

	private static List<SpiiReviewItem> items(UUID correspondenceId, String location, String text) {
		List<SpiiFinding> findings = DETECTOR.scan(text);
		return findings.stream()
			.map(f -> new SpiiReviewItem(correspondenceId, location, f.kind(), f.start(), f.end(),
					maskedExcerpt(text, findings, f)))
			.toList();
	}

	private static Map<UUID, Decision> validated(List<SpiiReviewItem> items,
			Decisions request) {
		InputCheck check = new InputCheck();
		Map<UUID, Decision> byFinding = new HashMap<>();
		for (Decision decision : request.decisions() == null
				? List.<Decision>of() : request.decisions()) {
			if (decision == null || decision.findingId() == null) {
				check.reject("decisions", "Each decision must name its finding");
			}
			else if (items.stream().noneMatch(item -> item.getId().equals(decision.findingId()))) {
				check.reject(findingField(decision.findingId()), "Not a finding of this correspondence");
			}
			else {
				byFinding.put(decision.findingId(), decision);
			}
		}
		for (SpiiReviewItem item : items) {
			Decision decision = byFinding.get(item.getId());
			String field = findingField(item.getId());
			String choice = decision == null || decision.decision() == null ? ""
					: decision.decision().strip().toUpperCase(Locale.ROOT);
			if (item.isUnreadable()) {
				if (!choice.equals("CHECKED")) {
					check.reject(field + ".decision", "The text of "
							+ CorrespondenceDesk.locationLabel(item.getLocation(), null) + " could not be read: check "
							+ "the document by eye for SPII, then confirm with CHECKED");
				}
				continue;
			}
			if (!choice.equals("REDACT") && !choice.equals("KEEP")) {
				check.reject(field + ".decision", "Choose to redact or keep the " + item.getKind().label() + " in "
						+ CorrespondenceDesk.locationLabel(item.getLocation(), null));
				continue;
			}
			if (choice.equals("KEEP")) {
				String why = decision.justification() == null ? "" : decision.justification().strip();
				if (why.length() < JUSTIFICATION_MIN) {
					check.reject(field + ".justification", "Say why the " + item.getKind().label()
							+ " must be kept (at least " + JUSTIFICATION_MIN + " characters)");
				}
				else if (why.length() > JUSTIFICATION_MAX) {
					check.reject(field + ".justification", "At most " + JUSTIFICATION_MAX + " characters");
				}
				else if (!DETECTOR.scan(why).isEmpty()) {
					check.reject(field + ".justification", "Do not repeat the number itself in the justification");
				}
			}
		}
		check.throwIfInvalid();
		return byFinding;
	}

	private static List<SpiiFinding> findings(String text, List<SpiiReviewItem> items) {
		List<SpiiFinding> findings = new ArrayList<>();
		for (SpiiReviewItem item : items) {
			if (item.getEndOffset() <= text.length()) {
				findings.add(new SpiiFinding(item.getKind(), item.getStartOffset(), item.getEndOffset(),
						text.substring(item.getStartOffset(), item.getEndOffset())));
			}
		}
		return findings;
	}

	private static String auditField(String location) {
		return Correspondence.SCANNED_FIELDS.contains(location) ? location : "attachment.extractedText";
	}
}
