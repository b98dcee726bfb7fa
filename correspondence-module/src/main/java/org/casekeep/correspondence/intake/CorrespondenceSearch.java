package org.casekeep.correspondence.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.casekeep.correspondence.office.OfficeRoles;
import org.casekeep.correspondence.office.TaskerViewers;
import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.pii.PersonalDataGuard;
import org.casekeep.kernel.pii.ReleasedAs;
import org.casekeep.kernel.validation.InputCheck;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading correspondence: one record, and full-text search among the records the user may see (PIA 3.2). Every
 * result passes the access rule and the kernel's guard, which audits what it reveals.
 */
@Service
public class CorrespondenceSearch {

	/** A search result: enough to recognise a piece of correspondence, released through the kernel's guard. */
	@ReleasedAs(Correspondence.RECORD_TYPE)
	public record Result(UUID id, String referenceNumber, String status, String channel,
			String sourceType, String subject, @Nullable String lastName, @Nullable String organization,
			Instant receivedAt, String owningComponent) {

		/** The status as people read it. */
		public String statusLabel() {
			return CorrespondenceStatus.labelOf(status);
		}

		/** The channel as people read it. */
		public String channelLabel() {
			return Arrival.Channel.valueOf(channel).getLabel();
		}
	}

	static final int SEARCH_LIMIT = 100;
	static final int SEARCH_RARE_CAP = 1000;

	private final CorrespondenceDesk desk;
	private final CorrespondenceRecords records;
	private final CorrespondenceAccessRules rules;
	private final AccessPolicy access;
	private final PersonalDataGuard guard;
	private final AuditTrail audit;

	CorrespondenceSearch(CorrespondenceDesk desk, CorrespondenceRecords records, CorrespondenceAccessRules rules,
			AccessPolicy access, PersonalDataGuard guard, AuditTrail audit) {
		this.audit = audit;
		this.desk = desk;
		this.records = records;
		this.rules = rules;
		this.access = access;
		this.guard = guard;
	}

	/** Reads one piece of correspondence (guard-released, read audited). */
	@Transactional
	public CorrespondenceView get(UUID id) {
		Correspondence correspondence = desk.find(id);
		access.check(Operation.READ, desk.facts(correspondence));
		return desk.release(correspondence);
	}

	/**
	 * Full-text search (PostgreSQL, English stemming, web-search syntax) over subject, text and attachment text,
	 * among only the records the user may see; newest first, at most 100.
	 *
	 * @param query words to look for; blank for every record.
	 * @param status a {@link CorrespondenceStatus} name; blank for any.
	 */
	@Transactional
	public List<Result> search(@Nullable String query, @Nullable String status) {
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
		return release(actor, find(actor, chosen == null ? null : chosen.name(), words));
	}

	/**
	 * Looks records up by what identifies them (ESTT, IQ: by receipt number, A-Number, case number, reference number
	 * or correspondent), among only the records the user may see; newest first, at most {@value #SEARCH_LIMIT}. An
	 * A-Number is SPII (PIA 2.5): only those who may see it (the Executive Secretariat, and action officers, of the
	 * owning component) may look for it, and only among their own component's records; such a lookup is audited,
	 * naming the field and never the value.
	 *
	 * @throws InvalidInputException naming a malformed identifier, or {@code lookup} when no criterion is given.
	 */
	@Transactional
	public List<Result> lookup(Lookup criteria) {
		Actor actor = access.check(Operation.SEARCH, RecordFacts.ofType(Correspondence.RECORD_TYPE));
		InputCheck check = new InputCheck();
		String receipt = check.optional("receiptNumber", criteria.receiptNumber(),
				raw -> org.casekeep.kernel.values.ReceiptNumber.of(raw).value());
		String aNumber = check.optional("aNumber", criteria.aNumber(),
				raw -> org.casekeep.kernel.values.ANumber.of(raw).value());
		String caseNumber = check.text("caseNumber", criteria.caseNumber(), "Case number", 50);
		String reference = check.text("referenceNumber", criteria.referenceNumber(), "Reference number", 50);
		String correspondent = check.text("correspondent", criteria.correspondent(), "Correspondent", 200);
		if (receipt == null && aNumber == null && caseNumber == null && reference == null && correspondent == null
				&& !check.hasProblems()) {
			check.reject("lookup", "Give a receipt number, A-Number, case number, reference number or correspondent");
		}
		check.throwIfInvalid();
		if (aNumber != null) {
			audit.record(new AuditEvent(AuditAction.SEARCH, Correspondence.RECORD_TYPE, null, actor.component(),
					List.of("aNumber"), CorrespondenceIntake.PURPOSE, "lookup by A-Number"));
		}
		List<Correspondence> found = records.lookup(OfficeRoles.seesEverything(actor), actor.component(),
				TaskerViewers.assigneeKeys(actor), null, receipt, aNumber, actor.component(), caseNumber, reference,
				correspondent == null ? null : correspondent.toLowerCase(Locale.ROOT), SEARCH_LIMIT);
		return release(actor, found);
	}

	/** What a lookup may name; each optional, all given must match. */
	public record Lookup(@Nullable String receiptNumber, @Nullable String aNumber, @Nullable String caseNumber,
			@Nullable String referenceNumber, @Nullable String correspondent) {
	}

	/**
	 * The SQL filter decides what is found; each result is still checked by the access rule before release, with the
	 * assignments of the whole page looked up at once.
	 */
	private List<Result> release(Actor actor, List<Correspondence> found) {
		Map<UUID, RecordFacts> permitted = readable(actor, found);
		List<Result> summaries = found.stream().filter(c -> permitted.containsKey(c.getId()))
			.map(CorrespondenceSearch::summary).toList();
		return guard.releaseAll(summaries, summary -> permitted.get(summary.id()), CorrespondenceIntake.PURPOSE);
	}

	/**
	 * Those of the records found that the access rule lets the actor read, in the order found, with their facts; the
	 * assignments of them all looked up at once.
	 */
	Map<UUID, RecordFacts> readable(Actor actor, List<Correspondence> found) {
		Set<UUID> assigned = rules.assignedAmong(actor, found.stream()
			.filter(c -> !actor.belongsTo(c.getOwningComponent()))
			.map(Correspondence::getId)
			.toList());
		Map<UUID, RecordFacts> permitted = new LinkedHashMap<>();
		for (Correspondence c : found) {
			RecordFacts facts = CorrespondenceDesk.facts(c,
					assigned.contains(c.getId()) ? Set.of(actor.username()) : Set.of());
			if (access.permits(actor, Operation.READ, facts)) {
				permitted.put(c.getId(), facts);
			}
		}
		return permitted;
	}

	/** Whether the current user may take in and search correspondence at all (for the pages). */
	@Transactional(readOnly = true)
	public boolean mayUse(Actor actor) {
		return access.permits(actor, Operation.SEARCH, RecordFacts.ofType(Correspondence.RECORD_TYPE));
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
		boolean every = OfficeRoles.seesEverything(actor);
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
				return newest.stream().map(byId::get).filter(Objects::nonNull).toList();
			}
		}
		return records.searchNewestFirst(every, component, keys, status, words, SEARCH_LIMIT);
	}

	private static Result summary(Correspondence c) {
		return new Result(c.getId(), c.getReferenceNumber(), c.getStatus().name(),
				c.getArrival().channel().name(), c.getArrival().sourceType().name(), c.getSubject(), c.getLastName(),
				c.getOrganization(), c.getArrival().receivedAt(), c.getOwningComponent());
	}
}
