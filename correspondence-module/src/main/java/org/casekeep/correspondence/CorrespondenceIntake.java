package org.casekeep.correspondence;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.casekeep.correspondence.events.CorrespondenceReceived;
import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.pii.PersonalDataGuard;
import org.casekeep.kernel.retention.RetentionFacts;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.casekeep.kernel.spii.SpiiDetector;
import org.casekeep.kernel.spii.SpiiFinding;
import org.casekeep.kernel.time.FiscalYear;
import org.casekeep.kernel.validation.FieldProblem;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.validation.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking in correspondence in two steps (PIA 2.5, 3.4): {@link #intake} stores the record, its attachments and their
 * extracted text and scans everything for SPII; if anything is found the record waits in {@code SPII_REVIEW} until
 * {@link #decide} has a decision for every finding. Only then is it {@code RECEIVED} and announced with
 * {@link CorrespondenceReceived}. Every path checks the access policy, every output passes the kernel's guard,
 * every change is audited.
 */
@Service
public class CorrespondenceIntake {

	/** Purpose recorded in read-audit entries (PIA 2.4: to answer the correspondence). */
	static final String PURPOSE = "correspondence response";
	static final int SEARCH_LIMIT = 100;
	static final int SEARCH_RARE_CAP = 1000;
	/** The most records one batch intake takes: a day's stack of mail, small enough for one transaction. */
	static final int BATCH_MAX = 500;
	static final int JUSTIFICATION_MIN = 10;
	static final int JUSTIFICATION_MAX = 500;
	private static final int EXCERPT_CONTEXT = 40;

	private final CorrespondenceRecords records;
	private final Attachments attachments;
	private final SpiiReviewItems reviewItems;
	private final AttachmentText attachmentText;
	private final AccessPolicy access;
	private final PersonalDataGuard guard;
	private final AuditTrail audit;
	private final RetentionRegistry retention;
	private final ApplicationEventPublisher events;
	private final CorrespondenceAssignments assignments;
	private final SpiiDetector detector = new SpiiDetector();
	private final Clock clock = Clock.systemUTC();

	CorrespondenceIntake(CorrespondenceRecords records, Attachments attachments, SpiiReviewItems reviewItems,
			AttachmentText attachmentText, AccessPolicy access, PersonalDataGuard guard, AuditTrail audit,
			RetentionRegistry retention, ApplicationEventPublisher events,
			CorrespondenceAssignments assignments) {
		this.records = records;
		this.attachments = attachments;
		this.reviewItems = reviewItems;
		this.attachmentText = attachmentText;
		this.access = access;
		this.guard = guard;
		this.audit = audit;
		this.retention = retention;
		this.events = events;
		this.assignments = assignments;
	}

	/**
	 * Takes in a piece of correspondence for the current user's component. Files are checked (type detected from
	 * the content, 20 MB at most) before anything is stored.
	 *
	 * @return the stored record; {@code status} is {@code SPII_REVIEW} with its {@code findings} when SPII was found,
	 * {@code RECEIVED} otherwise.
	 * @throws InvalidInputException naming every field that cannot be accepted (422).
	 * @throws AttachmentRejected for a file too large (413) or of another type (415).
	 */
	@Transactional
	public CorrespondenceView intake(IntakeDraft draft, List<AttachmentUpload> files) {
		Actor actor = access.check(Operation.CREATE, RecordFacts.ofType(Correspondence.RECORD_TYPE));
		if (actor.component() == null) {
			throw InvalidInputException.of("owningComponent", "Your account has no component; ask an administrator");
		}
		Instant now = now();
		IntakeValues values = IntakeValues.of(draft, !files.isEmpty(), now);
		List<AttachmentText.Checked> checked = files.stream().map(attachmentText::check).toList();
		String reference = "CORR-" + FiscalYear.of(now).year() + "-"
				+ String.format(Locale.ROOT, "%06d", records.nextReferenceNumber());
		Correspondence correspondence = new Correspondence(reference, values, actor.component(), actor.username(), now);
		List<Attachment> stored = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			stored.add(new Attachment(correspondence.getId(), files.get(i).fileName(), checked.get(i).mediaType(),
					files.get(i).content(), checked.get(i).text(), now));
		}
		// Scanned before anything is written, so the record is stored once, in its final state.
		List<SpiiReviewItem> found = scan(correspondence, stored);
		if (found.isEmpty()) {
			correspondence.noSpiiFound();
		}
		records.save(correspondence);
		attachments.saveAll(stored);
		reviewItems.saveAll(found);
		audit.record(new AuditEvent(AuditAction.CREATE, Correspondence.RECORD_TYPE,
				correspondence.getId().toString(), correspondence.getOwningComponent(), correspondence.filledFields(),
				PURPOSE, "attachments: " + stored.size() + "; SPII findings: " + found.size()));
		track(retention, correspondence);
		if (found.isEmpty()) {
			announce(correspondence, now);
		}
		records.flush();
		// Released from what was just written: no need to read it back.
		return guard.release(view(correspondence, stored, found), facts(correspondence, Set.of()), PURPOSE);
	}

	/**
	 * Batch intake: many hand-keyed or pasted records in one transaction, as a mailroom enters a day's stack of letters
	 * or a migration loads the records of a system Casekeep replaces. Each record gets exactly what
	 * {@link #intake} gives one: validation, SPII scan (a record with findings waits for its review), audit entry,
	 * retention tracking and, when nothing was found, {@link CorrespondenceReceived}. All or nothing: a problem in any
	 * record is reported under {@code records[i].field} and nothing is stored. The answer is a receipt per record,
	 * without personal data.
	 *
	 * @throws InvalidInputException naming each bad field of each record, or {@code records} when the batch is empty
	 * or larger than {@value #BATCH_MAX}.
	 */
	@Transactional
	public List<IntakeReceipt> intakeAll(List<IntakeDraft> drafts) {
		Actor actor = access.check(Operation.CREATE, RecordFacts.ofType(Correspondence.RECORD_TYPE));
		if (actor.component() == null) {
			throw InvalidInputException.of("owningComponent", "Your account has no component; ask an administrator");
		}
		if (drafts.isEmpty() || drafts.size() > BATCH_MAX) {
			throw InvalidInputException.of("records", "Send between 1 and " + BATCH_MAX + " records at a time");
		}
		Instant now = now();
		List<IntakeValues> values = new ArrayList<>(drafts.size());
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < drafts.size(); i++) {
			try {
				values.add(IntakeValues.of(drafts.get(i), false, now));
			}
			catch (InvalidInputException ex) {
				for (FieldProblem problem : ex.problems()) {
					problems.add(new FieldProblem("records[" + i + "]." + problem.field(), problem.message()));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		String prefix = "CORR-" + FiscalYear.of(now).year() + "-";
		List<Long> numbers = records.nextReferenceNumbers(values.size());
		List<Correspondence> stored = new ArrayList<>(values.size());
		List<SpiiReviewItem> found = new ArrayList<>();
		List<IntakeReceipt> receipts = new ArrayList<>(values.size());
		List<AuditEvent> entries = new ArrayList<>(values.size());
		List<RetentionRegistry.Tracked> tracked = new ArrayList<>(values.size());
		for (int i = 0; i < values.size(); i++) {
			Correspondence c = new Correspondence(prefix + String.format(Locale.ROOT, "%06d", numbers.get(i)),
					values.get(i), actor.component(), actor.username(), now);
			List<SpiiReviewItem> items = scan(c, List.of());
			if (items.isEmpty()) {
				c.noSpiiFound();
			}
			stored.add(c);
			found.addAll(items);
			receipts.add(new IntakeReceipt(c.getId(), c.getReferenceNumber(), c.getStatus().name(), items.size()));
			entries.add(new AuditEvent(AuditAction.CREATE, Correspondence.RECORD_TYPE, c.getId().toString(),
					c.getOwningComponent(), c.filledFields(), PURPOSE,
					"batch intake; attachments: 0; SPII findings: " + items.size()));
			tracked.add(new RetentionRegistry.Tracked(c.getId().toString(), c.getRetentionSchedule(), retentionFacts(c)));
		}
		records.saveAll(stored);
		reviewItems.saveAll(found);
		audit.recordAll(entries);
		retention.trackAll(Correspondence.RECORD_TYPE, tracked);
		for (Correspondence c : stored) {
			if (c.getStatus() == CorrespondenceStatus.RECEIVED) {
				announce(c, now);
			}
		}
		records.flush();
		return receipts;
	}

	/**
	 * Applies the SPII review: REDACT rewrites the stored text (and replaces an attachment by its redacted text),
	 * KEEP is audited with its justification. Then the record is {@code RECEIVED} and announced.
	 *
	 * @throws InvalidInputException naming each finding without a decision or with a missing justification (422).
	 * @throws ObjectOptimisticLockingFailureException if {@code decisions.version()} is not the current version.
	 */
	@Transactional
	public CorrespondenceView decide(UUID id, SpiiReviewDecisions request) {
		Correspondence correspondence = find(id);
		Actor actor = access.check(Operation.UPDATE, facts(correspondence));
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
		Map<UUID, SpiiReviewDecision> byFinding = validated(items, request);
		Instant now = now();
		Map<String, List<SpiiReviewItem>> redactions = new LinkedHashMap<>();
		for (SpiiReviewItem item : items) {
			SpiiReviewDecision decision = byFinding.get(item.getId());
			SpiiReviewChoice choice = SpiiReviewChoice.valueOf(decision.decision().strip().toUpperCase(Locale.ROOT));
			String justification = decision.justification() == null ? null : decision.justification().strip();
			item.decide(choice, justification, Boolean.TRUE.equals(decision.extraneous()), actor.username(), now);
			if (choice == SpiiReviewChoice.REDACT) {
				redactions.computeIfAbsent(item.getLocation(), location -> new ArrayList<>()).add(item);
			}
			else {
				// PIA 3.4: a kept value is audited with its justification, never with the value itself.
				audit.record(new AuditEvent(AuditAction.UPDATE, Correspondence.RECORD_TYPE, id.toString(),
						correspondence.getOwningComponent(), List.of(auditField(item.getLocation())), PURPOSE,
						"SPII kept: " + item.getKind().label() + ": " + justification));
			}
		}
		Map<UUID, Attachment> attachmentsById = attachments.findByCorrespondenceIdOrderByCreatedAt(id).stream()
			.collect(Collectors.toMap(Attachment::getId, a -> a));
		for (Map.Entry<String, List<SpiiReviewItem>> entry : redactions.entrySet()) {
			String location = entry.getKey();
			if (Correspondence.SCANNED_FIELDS.contains(location)) {
				String text = correspondence.scannable(location);
				if (text != null) {
					correspondence.redactField(location, detector.redact(text, findings(text, entry.getValue())), now);
				}
			}
			else {
				Attachment attachment = attachmentsById.get(UUID.fromString(location));
				if (attachment != null) {
					String text = attachment.getExtractedText();
					attachment.redact(detector.redact(text, findings(text, entry.getValue())));
				}
			}
		}
		if (!redactions.isEmpty()) {
			audit.record(new AuditEvent(AuditAction.UPDATE, Correspondence.RECORD_TYPE, id.toString(),
					correspondence.getOwningComponent(),
					redactions.keySet().stream().map(CorrespondenceIntake::auditField).distinct().toList(), PURPOSE,
					"SPII redacted: " + redactions.values().stream().mapToInt(List::size).sum()));
		}
		correspondence.reviewed(Boolean.TRUE.equals(request.bodyExtraneous()), now);
		records.saveAndFlush(correspondence);
		track(retention, correspondence);
		announce(correspondence, now);
		return release(correspondence);
	}

	/** Reads one piece of correspondence (guard-released, read audited). */
	@Transactional
	public CorrespondenceView get(UUID id) {
		Correspondence correspondence = find(id);
		access.check(Operation.READ, facts(correspondence));
		return release(correspondence);
	}

	/**
	 * Full-text search (PostgreSQL, English stemming, web-search syntax) over subject, text and attachment text,
	 * among only the records the user may see; newest first, at most 100.
	 *
	 * @param query words to look for; blank for every record.
	 * @param status a {@link CorrespondenceStatus} name; blank for any.
	 */
	@Transactional
	public List<CorrespondenceSummary> search(@Nullable String query, @Nullable String status) {
		Actor actor = access.check(Operation.SEARCH, RecordFacts.ofType(Correspondence.RECORD_TYPE));
		InputCheck check = new InputCheck();
		CorrespondenceStatus chosen = check.optional("status", status, raw -> {
			try {
				return CorrespondenceStatus.valueOf(raw.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("Choose a valid status");
			}
		});
		String words = check.text("q", query, "Search", 500);
		check.throwIfInvalid();
		List<Correspondence> found = find(actor, chosen == null ? null : chosen.name(), words);
		// The SQL filter decides what is found; each result is still checked by the access rule before release,
		// with the assignments of the whole page looked up at once.
		Set<UUID> assigned = assignments.assignedAmong(actor, found.stream()
			.filter(c -> !actor.belongsTo(c.getOwningComponent()))
			.map(Correspondence::getId)
			.toList());
		Map<UUID, RecordFacts> permitted = new LinkedHashMap<>();
		List<CorrespondenceSummary> summaries = new ArrayList<>(found.size());
		for (Correspondence c : found) {
			RecordFacts facts = facts(c, assigned.contains(c.getId()) ? Set.of(actor.username()) : Set.of());
			if (access.permits(actor, Operation.READ, facts)) {
				permitted.put(c.getId(), facts);
				summaries.add(summary(c));
			}
		}
		return guard.releaseAll(summaries, summary -> permitted.get(summary.id()), PURPOSE);
	}

	/**
	 * The newest {@value #SEARCH_LIMIT} visible records matching the words, in one query whose plan PostgreSQL
	 * chooses: for common words it reads the newest records in order (an index on the date received) until the page
	 * is full, for rare ones it looks them up through the full-text index and sorts them. That choice rests on its
	 * estimate of how many records match, which is good for words and poor for phrases: it takes a rare phrase for a
	 * common one and reads the whole table. So a query with a phrase first looks its matches up through the
	 * full-text indexes, at most {@value #SEARCH_RARE_CAP}; fewer than that are all of them and are sorted here, more
	 * mean the phrase is common after all and the newest-first query answers.
	 */
	private List<Correspondence> find(Actor actor, @Nullable String status, @Nullable String words) {
		boolean every = CorrespondenceAccessRules.seesEveryComponent(actor);
		String[] keys = TaskerViewers.assigneeKeys(actor);
		String component = actor.component();
		if (words != null && words.indexOf('"') >= 0) {
			records.readMatchesThroughTheTextIndex();
			Map<UUID, Long> matches = new HashMap<>();
			try {
				for (CorrespondenceRecords.Match match : records.textMatches(every, component, keys, status, words,
						SEARCH_RARE_CAP)) {
					matches.put(match.getId(), match.getReceivedMicros());
				}
				if (matches.size() < SEARCH_RARE_CAP) {
					for (CorrespondenceRecords.Match match : records.attachmentMatches(every, component, keys, status,
							words, SEARCH_RARE_CAP)) {
						matches.put(match.getId(), match.getReceivedMicros());
					}
				}
			}
			finally {
				records.planFreely();
			}
			if (matches.size() < SEARCH_RARE_CAP) {
				List<UUID> newest = matches.entrySet().stream()
					.sorted(Map.Entry.<UUID, Long>comparingByValue().reversed()
						// then as the database orders uuids, like the newest-first query
						.thenComparing(entry -> entry.getKey().toString()))
					.limit(SEARCH_LIMIT)
					.map(Map.Entry::getKey)
					.toList();
				Map<UUID, Correspondence> byId = records.findAllById(newest).stream()
					.collect(Collectors.toMap(Correspondence::getId, c -> c));
				return newest.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
			}
		}
		return records.searchNewestFirst(every, component, keys, status, words, SEARCH_LIMIT);
	}

	/** Whether the current user may take in and search correspondence at all (for the pages). */
	@Transactional(readOnly = true)
	public boolean mayUse(Actor actor) {
		return access.permits(actor, Operation.SEARCH, RecordFacts.ofType(Correspondence.RECORD_TYPE));
	}

	/**
	 * Checks that the actor may link a tasker to this correspondence: the record exists and they may update it (its
	 * owning component's Executive Secretariat, or ESEC). A tasker opens the record to its assignees, so linking one
	 * is a change of who may read it. A record the actor may not change is answered as not found.
	 */
	void requireLinkable(UUID id, Actor actor) {
		Correspondence correspondence = find(id);
		if (!access.permits(actor, Operation.UPDATE, facts(correspondence))) {
			throw new RecordNotFoundException(Correspondence.RECORD_TYPE, id);
		}
	}

	/**
	 * A tasker answering this record was assigned: refused while the record awaits its SPII review (nobody else may
	 * read it before then), and a received record becomes {@code TASKED}.
	 *
	 * @throws InvalidInputException naming {@code correspondenceId} while the SPII review is pending.
	 */
	void taskerAssigned(UUID id) {
		CorrespondenceStatus status = find(id).getStatus();
		if (status == CorrespondenceStatus.SPII_REVIEW) {
			throw InvalidInputException.of("correspondenceId", "The correspondence awaits its SPII review; assign the "
					+ "tasker once every finding is redacted or kept");
		}
		if (status == CorrespondenceStatus.RECEIVED) {
			moveTo(id, CorrespondenceStatus.TASKED);
		}
	}

	/** The response to this record went out: it is {@code RESPONDED}, unless already closed. */
	void responseDispatched(UUID id) {
		if (find(id).getStatus() != CorrespondenceStatus.CLOSED) {
			moveTo(id, CorrespondenceStatus.RESPONDED);
		}
	}

	/** The last open tasker answering this record was closed: the record is closed and its retention counts. */
	void lastTaskerClosed(UUID id) {
		if (find(id).getStatus() != CorrespondenceStatus.CLOSED) {
			moveTo(id, CorrespondenceStatus.CLOSED);
		}
	}

	/**
	 * Moves a received record on (the tasker side: TASKED when a tasker goes out, RESPONDED when the response is
	 * dispatched, CLOSED at closure). Closing records {@code closedAt}, from which the chosen schedule starts
	 * counting (PIA 5.1: N1-563-07-001 cuts off at the end of that fiscal year). Runs in the caller's transaction
	 * and checks nothing itself: callers in this package have checked their own access.
	 *
	 * @throws IllegalStateException while the record still awaits its SPII review.
	 */
	@Transactional
	void moveTo(UUID id, CorrespondenceStatus status) {
		Correspondence correspondence = find(id);
		Instant now = now();
		if (status == CorrespondenceStatus.CLOSED) {
			if (correspondence.getStatus() == CorrespondenceStatus.SPII_REVIEW) {
				throw new IllegalStateException("Correspondence " + correspondence.getReferenceNumber()
						+ " still awaits its SPII review");
			}
			correspondence.close(now);
		}
		else {
			correspondence.advanceTo(status, now);
		}
		records.saveAndFlush(correspondence);
		track(retention, correspondence);
	}

	/**
	 * Records review (PIA 5.1): the Executive Secretariat files a record as temporary under one of the schedules, or
	 * marks it permanent, which stops the retention clock until a schedule is approved. Audited.
	 * @throws ObjectOptimisticLockingFailureException if the record changed since {@code version}.
	 */
	@Transactional
	public CorrespondenceView reviewRecord(UUID id, @Nullable String schedule, @Nullable Long version) {
		Correspondence correspondence = find(id);
		access.check(Operation.UPDATE, facts(correspondence));
		InputCheck check = new InputCheck();
		CorrespondenceRetentionSchedule chosen = check.required("schedule", schedule, "The schedule",
				raw -> java.util.Arrays.stream(CorrespondenceRetentionSchedule.values())
					.filter(value -> value.name().equalsIgnoreCase(raw.strip()))
					.findFirst()
					.orElseThrow(() -> new IllegalArgumentException("Unknown schedule '" + raw.strip() + "'; choose one of "
							+ java.util.Arrays.toString(CorrespondenceRetentionSchedule.values()))));
		if (version == null) {
			check.reject("version", "The version you reviewed is required, so no change is lost");
		}
		check.throwIfInvalid();
		if (version != correspondence.getVersion()) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Correspondence.class, id);
		}
		String before = correspondence.getRetentionSchedule();
		correspondence.reschedule(chosen, now());
		records.saveAndFlush(correspondence);
		track(retention, correspondence);
		audit.record(new AuditEvent(AuditAction.UPDATE, Correspondence.RECORD_TYPE, id.toString(),
				correspondence.getOwningComponent(), List.of("retentionSchedule"), "records review",
				before + " -> " + chosen.name() + (chosen.permanent() ? " (permanent)" : " (temporary)")));
		return release(correspondence);
	}

	/**
	 * Destroys a record whose retention period ended, with its attachments and findings; the kernel calls it as the
	 * system and certifies the destruction. A record already gone is nothing to do.
	 */
	@Transactional
	void destroyExpired(UUID id) {
		records.findById(id).ifPresent(correspondence -> {
			reviewItems.deleteByCorrespondence(id);
			attachments.deleteByCorrespondence(id);
			records.delete(correspondence);
			events.publishEvent(new org.casekeep.correspondence.events.CorrespondenceDestroyed(id,
					correspondence.getReferenceNumber(), correspondence.getRetentionSchedule(), now()));
		});
	}

	/**
	 * Starts or updates the retention tracking of a record, in the caller's transaction: its chosen schedule,
	 * anchored on closure (and, for OCC-PMT, on the final decision, which closure records). Static, so that other
	 * services of this package (closing by the tasker side) re-track without a proxied call.
	 */
	static void track(RetentionRegistry retention, Correspondence c) {
		retention.track(Correspondence.RECORD_TYPE, c.getId().toString(), c.getRetentionSchedule(), retentionFacts(c));
	}

	private static RetentionFacts retentionFacts(Correspondence c) {
		return new RetentionFacts(c.getCreatedAt(), c.getUpdatedAt(), c.getClosedAt(), c.getClosedAt());
	}

	private Map<UUID, SpiiReviewDecision> validated(List<SpiiReviewItem> items, SpiiReviewDecisions request) {
		InputCheck check = new InputCheck();
		Map<UUID, SpiiReviewDecision> byFinding = new HashMap<>();
		for (SpiiReviewDecision decision : request.decisions() == null ? List.<SpiiReviewDecision>of() : request.decisions()) {
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
			SpiiReviewDecision decision = byFinding.get(item.getId());
			String field = findingField(item.getId());
			String choice = decision == null || decision.decision() == null ? "" : decision.decision().strip().toUpperCase(Locale.ROOT);
			if (!choice.equals("REDACT") && !choice.equals("KEEP")) {
				check.reject(field + ".decision", "Choose to redact or keep the " + item.getKind().label() + " in "
						+ locationLabel(item.getLocation(), null));
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
				else if (!detector.scan(why).isEmpty()) {
					check.reject(field + ".justification", "Do not repeat the number itself in the justification");
				}
			}
		}
		check.throwIfInvalid();
		return byFinding;
	}

	/** The field name an error about a finding is reported under: {@code findings[<id>]}. */
	static String findingField(UUID findingId) {
		return "findings[" + findingId + "]";
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

	private List<SpiiReviewItem> scan(Correspondence correspondence, List<Attachment> stored) {
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

	private List<SpiiReviewItem> items(UUID correspondenceId, String location, String text) {
		List<SpiiFinding> findings = detector.scan(text);
		return findings.stream()
			.map(f -> new SpiiReviewItem(correspondenceId, location, f.kind(), f.start(), f.end(),
					maskedExcerpt(text, findings, f)))
			.toList();
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

	private void announce(Correspondence c, Instant now) {
		events.publishEvent(new CorrespondenceReceived(c.getId(), c.getReferenceNumber(), c.getChannel().name(),
				c.getOwningComponent(), c.getEmail() == null ? null : c.getEmail().toLowerCase(Locale.ROOT),
				c.getOrganization(), c.getReceivedAt(), now));
	}

	private Correspondence find(UUID id) {
		return records.findById(id).orElseThrow(() -> new RecordNotFoundException(Correspondence.RECORD_TYPE, id));
	}


	RecordFacts facts(Correspondence c) {
		return facts(c, assignments.assigneesOf(c.getId()));
	}

	private static RecordFacts facts(Correspondence c, Set<String> assignees) {
		return new RecordFacts(Correspondence.RECORD_TYPE, c.getId().toString(), c.getOwningComponent(),
				c.getCreatedBy(), assignees);
	}

	private CorrespondenceView release(Correspondence c) {
		return guard.release(view(c), facts(c), PURPOSE);
	}

	private static String auditField(String location) {
		return Correspondence.SCANNED_FIELDS.contains(location) ? location : "attachment.extractedText";
	}

	private static String locationLabel(String location, @Nullable Map<UUID, Attachment> attachmentsById) {
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

	private CorrespondenceView view(Correspondence c) {
		return view(c, attachments.findByCorrespondenceIdOrderByCreatedAt(c.getId()),
				reviewItems.findByCorrespondenceIdOrderByLocationAscStartOffsetAsc(c.getId()));
	}

	/** The view of a record, its attachments in the order taken in, its findings by location and offset. */
	private static CorrespondenceView view(Correspondence c, List<Attachment> files, List<SpiiReviewItem> items) {
		Map<UUID, Attachment> byId = files.stream().collect(Collectors.toMap(Attachment::getId, a -> a));
		List<SpiiReviewFinding> findings = items.stream()
			.sorted(Comparator.comparing(SpiiReviewItem::getLocation).thenComparingInt(SpiiReviewItem::getStartOffset))
			.map(i -> new SpiiReviewFinding(i.getId(), i.getLocation(), locationLabel(i.getLocation(), byId),
					i.getKind().name(), i.getKind().label(), i.getMaskedExcerpt(),
					i.getDecision() == null ? null : i.getDecision().name(), i.getJustification(), i.isExtraneous()))
			.toList();
		List<AttachmentSummary> summaries = files.stream()
			.map(a -> new AttachmentSummary(a.getId(), a.getFileName(), a.getMediaType(), a.getSizeBytes(),
					a.isRedacted(), !a.isRedacted(), a.getExtractedText()))
			.toList();
		return new CorrespondenceView(c.getId(), c.getReferenceNumber(), c.getStatus().name(), c.getChannel().name(),
				c.getIntakeMethod().name(), c.getSourceType().name(), c.getSubject(), c.getBody(),
				c.isBodyExtraneous(), c.getReceivedAt(), c.getOwningComponent(), c.getCreatedBy(), c.getCreatedAt(),
				c.getRetentionSchedule(), c.getClosedAt(), c.getPrefix(), c.getFirstName(), c.getMiddleName(),
				c.getLastName(), c.getSuffix(), c.getTitle(), c.getOrganization(), c.getHomePhone(),
				c.getBusinessPhone(), c.getMobilePhone(), c.getFax(), c.getEmail(), c.getUrl(),
				c.getAddressKind() == null ? null : c.getAddressKind().name(), c.getStreet1(), c.getStreet2(),
				c.getCity(), c.getState(), c.getZip(), c.getCaseNumber(), c.getANumber(), c.getReceiptNumber(),
				c.getVersion(), summaries, findings, java.util.Set.of());
	}

	private static CorrespondenceSummary summary(Correspondence c) {
		return new CorrespondenceSummary(c.getId(), c.getReferenceNumber(), c.getStatus().name(),
				c.getChannel().name(), c.getSourceType().name(), c.getSubject(), c.getLastName(), c.getOrganization(),
				c.getReceivedAt(), c.getOwningComponent());
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}
}
