package org.casekeep.correspondence.formletters;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casekeep.correspondence.office.OfficeRoles;
import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.AccessRule;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.validation.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The form-letter library of Intranet Quorum: Executive Secretariat users of an office write versioned letters with
 * merge fields; another of them approves a version before anyone may use it (four eyes); action officers and the
 * Executive Secretariat fill approved letters in to draft responses.
 */
@Service
class FormLetterLibrary {

	static final int BODY_MAX = 20_000;

	private final FormLetters letters;
	private final AccessPolicy access;
	private final AuditTrail audit;

	FormLetterLibrary(FormLetters letters, AccessPolicy access, AuditTrail audit) {
		this.letters = letters;
		this.access = access;
		this.audit = audit;
	}

	@Transactional
	public FormLetterView create(FormLetterDraft draft) {
		Actor actor = access.check(Operation.CREATE, RecordFacts.ofType(FormLetter.RECORD_TYPE));
		InputCheck check = new InputCheck();
		String name = check.requiredText("name", draft.name(), "Name", 200);
		String body = body(check, draft.body());
		String note = check.text("changeNote", draft.changeNote(), "Change note", 500);
		if (name != null && actor.component() != null && letters.existsByComponentAndNameIgnoreCase(actor.component(), name)) {
			check.reject("name", "Your office already has a form letter named '" + name + "'");
		}
		if (actor.component() == null) {
			check.reject("component", "Your account has no component; ask an administrator");
		}
		check.throwIfInvalid();
		Instant now = now();
		FormLetter letter = new FormLetter(name, actor.component(), actor.username(), now);
		letter.write(body, note, actor.username(), now);
		letters.save(letter);
		record(AuditAction.CREATE, letter, "version 1 drafted");
		return view(letter);
	}

	/** Writes a new version (or rewrites the current draft) of a letter. */
	@Transactional
	public FormLetterView revise(UUID id, FormLetterDraft draft) {
		FormLetter letter = find(id);
		Actor actor = access.check(Operation.UPDATE, facts(letter));
		InputCheck check = new InputCheck();
		String body = body(check, draft.body());
		String note = check.text("changeNote", draft.changeNote(), "Change note", 500);
		if (draft.version() == null) {
			check.reject("version", "The version you edited is required, so no change is lost");
		}
		check.throwIfInvalid();
		if (draft.version() != letter.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(FormLetter.class, id);
		}
		FormLetter.Revision revision = letter.write(body, note, actor.username(), now());
		letters.saveAndFlush(letter);
		record(AuditAction.UPDATE, letter, "version " + revision.getNumber() + " drafted");
		return view(letter);
	}

	@Transactional
	public FormLetterView submit(UUID id, int number) {
		FormLetter letter = find(id);
		access.check(Operation.UPDATE, facts(letter));
		revision(letter, number).submit();
		letters.saveAndFlush(letter);
		record(AuditAction.UPDATE, letter, "version " + number + " submitted for approval");
		return view(letter);
	}

	/**
	 * Approves a submitted version. The approver must be another Executive Secretariat user of the office than the
	 * version's author.
	 */
	@Transactional
	public FormLetterView approve(UUID id, int number) {
		FormLetter letter = find(id);
		Actor actor = access.check(Operation.UPDATE, facts(letter));
		FormLetter.Revision revision = revision(letter, number);
		if (revision.getAuthor().equals(actor.username())) {
			throw new FormLetterStateException("The author of a version cannot approve it: another member of the office must");
		}
		revision.approve(actor.username(), now());
		letters.saveAndFlush(letter);
		record(AuditAction.UPDATE, letter, "version " + number + " approved");
		return view(letter);
	}

	@Transactional
	public FormLetterView sendBack(UUID id, int number) {
		FormLetter letter = find(id);
		Actor actor = access.check(Operation.UPDATE, facts(letter));
		revision(letter, number).returnToDraft(actor.username(), now());
		letters.saveAndFlush(letter);
		record(AuditAction.UPDATE, letter, "version " + number + " sent back to draft");
		return view(letter);
	}

	@Transactional(readOnly = true)
	public FormLetterView get(UUID id) {
		FormLetter letter = find(id);
		access.check(Operation.READ, facts(letter));
		return view(letter);
	}

	/**
	 * The letters of the user's office and those of the Executive Secretariat (ESEC), which serve the whole
	 * Department; ESEC's own staff see every office's.
	 */
	@Transactional(readOnly = true)
	public List<FormLetterView> library() {
		Actor actor = access.check(Operation.SEARCH, RecordFacts.ofType(FormLetter.RECORD_TYPE));
		List<FormLetter> found = OfficeRoles.belongsToExecutiveSecretariat(actor)
				? letters.findAllByOrderByComponentAscNameAsc()
				: letters.findByComponentInOrderByComponentAscNameAsc(List.of(String.valueOf(actor.component()),
						OfficeRoles.EXECUTIVE_SECRETARIAT));
		return found.stream().map(FormLetterLibrary::view).toList();
	}

	/**
	 * Fills the approved version of a letter in with the values given.
	 * @throws FormLetterStateException if no version is approved.
	 * @throws InvalidInputException naming every merge field the letter uses that has no value.
	 */
	@Transactional(readOnly = true)
	public String fill(UUID id, Map<String, String> values) {
		FormLetter letter = find(id);
		access.check(Operation.READ, facts(letter));
		FormLetter.Revision approved = letter.approved()
			.orElseThrow(() -> new FormLetterStateException("No version of '" + letter.getName() + "' is approved yet"));
		FormLetterTemplate template = new FormLetterTemplate(approved.getBody());
		List<String> missing = template.missing(values);
		if (!missing.isEmpty()) {
			throw new InvalidInputException(missing.stream()
				.map(field -> new org.casekeep.kernel.validation.FieldProblem("values." + field,
						"The letter needs a value for {{" + field + "}}"))
				.toList());
		}
		return template.merge(values);
	}

	/** The merge fields a letter may use, by name, with what each means (for hints on the letter form). */
	public java.util.SortedMap<String, String> mergeFields() {
		return java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(FormLetterTemplate.FIELDS));
	}

	private static @Nullable String body(InputCheck check, @Nullable String raw) {
		String body = check.required("body", raw, "The letter text", value -> value);
		if (body != null) {
			if (body.length() > BODY_MAX) {
				check.reject("body", "The letter text must be at most " + BODY_MAX + " characters");
			}
			List<String> unknown = new FormLetterTemplate(body).unknownFields();
			if (!unknown.isEmpty()) {
				check.reject("body", "Unknown merge field" + (unknown.size() > 1 ? "s " : " ")
						+ String.join(", ", unknown.stream().map(f -> "{{" + f + "}}").toList()) + "; available: "
						+ String.join(", ", FormLetterTemplate.FIELDS.keySet().stream().sorted().toList()));
			}
		}
		return body;
	}

	private FormLetter find(UUID id) {
		return letters.findById(id).orElseThrow(() -> new RecordNotFoundException(FormLetter.RECORD_TYPE, id));
	}

	private static FormLetter.Revision revision(FormLetter letter, int number) {
		return letter.revision(number)
			.orElseThrow(() -> InvalidInputException.of("number", "The letter has no version " + number));
	}

	private void record(AuditAction action, FormLetter letter, String details) {
		audit.record(new AuditEvent(action, FormLetter.RECORD_TYPE, letter.getId().toString(), letter.getComponent(),
				List.of("body"), "form-letter library", details));
	}

	private static RecordFacts facts(FormLetter letter) {
		return RecordFacts.of(FormLetter.RECORD_TYPE, letter.getId(), letter.getComponent(), letter.getCreatedBy());
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

	static FormLetterView view(FormLetter letter) {
		return new FormLetterView(letter.getId(), letter.getName(), letter.getComponent(), letter.getCreatedBy(),
				letter.getCreatedAt(), letter.getVersion(),
				letter.approved().map(FormLetter.Revision::getNumber).orElse(null),
				letter.revisions().stream()
					.map(r -> new FormLetterView.Revision(r.getNumber(), r.getBody(), r.getChangeNote(),
							r.getStatus().name(), r.getAuthor(), r.getWrittenAt(), r.getDecidedBy(), r.getDecidedAt(),
							List.copyOf(new FormLetterTemplate(r.getBody()).fields())))
					.toList());
	}

	/**
	 * Who may use the library: Executive Secretariat users write and approve their own office's letters; they and
	 * action officers read and fill letters in. Everyone else: nothing.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Rules {

		@Bean
		AccessRule formLetterAccess() {
			return AccessRule.of(FormLetter.RECORD_TYPE, (actor, operation, facts) -> switch (operation) {
				case SEARCH -> actor.hasAnyRole(OfficeRoles.EXEC_SEC, OfficeRoles.ACTION_OFFICER);
				// The same letters the library lists: the office's own and the Executive Secretariat's, which serve
				// the whole Department; ESEC's own staff see every office's.
				case READ -> actor.hasAnyRole(OfficeRoles.EXEC_SEC, OfficeRoles.ACTION_OFFICER)
						&& (facts.ownedByComponentOf(actor)
								|| OfficeRoles.EXECUTIVE_SECRETARIAT.equals(facts.owningComponent())
								|| OfficeRoles.belongsToExecutiveSecretariat(actor));
				case CREATE -> actor.hasRole(OfficeRoles.EXEC_SEC);
				case UPDATE -> OfficeRoles.seesEverything(actor) || (actor.hasRole(OfficeRoles.EXEC_SEC)
						&& facts.ownedByComponentOf(actor));
				case DELETE, EXPORT, DISCLOSE -> false;
			});
		}
	}
}
