package org.casekeep.crm.issues;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.casekeep.crm.stakeholder.CrmAccessRules;
import org.casekeep.crm.stakeholder.Issue;
import org.casekeep.crm.stakeholder.IssueCatalog;
import org.casekeep.crm.stakeholder.Stakeholder;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.access.ExplainedAccessDenial;
import org.casekeep.kernel.access.PrivacyRoles;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.validation.InvalidInputException;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping the issues (CRM PIA 1.1, item 4): every CRM user reads them; a CRM administrator of any component or a
 * platform administrator adds, renames, retires and reactivates them. The issues are the Department's, not a
 * component's (PIA 1.1 names "the Secretary's" priorities), so an office's CRM administrator keeps them for everyone.
 * Every change is audited under {@value #RECORD_TYPE} with the fields changed, never their values.
 */
@Service
public class IssueAdministration {

	/** The record type of issues in audit entries. */
	public static final String RECORD_TYPE = "crm.issue";

	private static final int LABEL_MAX = 100;

	private final JdbcClient jdbc;
	private final IssueCatalog catalog;
	private final CrmAccessRules rules;
	private final AuditTrail audit;
	private final RetentionRegistry retention;
	private final Clock clock = Clock.systemUTC();

	IssueAdministration(JdbcClient jdbc, IssueCatalog catalog, CrmAccessRules rules, AuditTrail audit,
			RetentionRegistry retention) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.rules = rules;
		this.audit = audit;
		this.retention = retention;
	}

	/** Whether the actor keeps the issues: an approved CRM administrator of any component, or a platform administrator. */
	public boolean administers(Actor actor) {
		return rules.administers(actor) || actor.hasRole(PrivacyRoles.PLATFORM_ADMIN);
	}

	/** Every issue, active and retired, for any CRM user (and platform administrators). */
	@Transactional(readOnly = true)
	public List<Issue> list() {
		Actor actor = Actors.require();
		if (!rules.mayUse(actor) && !administers(actor)) {
			refuse(actor, "issues");
		}
		return catalog.all();
	}

	/**
	 * Adds an active issue, last in order; its code is the label in upper snake case ({@code Cyber Security} →
	 * {@code CYBER_SECURITY}) and never changes.
	 * @throws InvalidInputException naming {@code label} when blank, too long, without a letter to start the code, or
	 * when an issue has that code or label already.
	 */
	@Transactional
	public Issue add(@Nullable String typedLabel) {
		Actor actor = requireAdministrator();
		String label = label(typedLabel);
		String code = label.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
		if (!code.matches("[A-Z][A-Z0-9_]*")) {
			throw InvalidInputException.of("label", "The label must start with a letter (A to Z)");
		}
		if (catalog.parse(code).isPresent() || labelTaken(label, null)) {
			throw InvalidInputException.of("label", "There is an issue with this name already");
		}
		jdbc.sql("""
				insert into crm.issue (code, label, active, position)
				values (?, ?, true, (select coalesce(max(position), 0) + 1 from crm.issue))""")
			.params(code, label).update();
		changed(AuditAction.CREATE, code, List.of("code", "label", "active"));
		return require(code);
	}

	/**
	 * Renames an issue; records keep its code, so every record shows the new label.
	 * @throws InvalidInputException naming {@code label}.
	 */
	@Transactional
	public Issue rename(String code, @Nullable String typedLabel) {
		requireAdministrator();
		Issue issue = require(code);
		String label = label(typedLabel);
		if (label.equals(issue.label())) {
			return issue;
		}
		if (labelTaken(label, issue.code())) {
			throw InvalidInputException.of("label", "There is an issue with this name already");
		}
		jdbc.sql("update crm.issue set label = ? where code = ?").params(label, issue.code()).update();
		changed(AuditAction.UPDATE, issue.code(), List.of("label"));
		return require(issue.code());
	}

	/**
	 * Retires an issue: it is offered for nothing new, old records still show it. CRM PIA 3.2: stakeholders are
	 * deleted "when the issue is no longer active", so every individual and organization whose issues are now all
	 * retired (and who has at least one) becomes due for deletion at once; the retention sweeper destroys each and
	 * certifies it, unless a legal hold stops it. Reactivating the issue later does not bring their time back.
	 * @return how many stakeholders became due.
	 */
	@Transactional
	public int retire(String code) {
		Actor actor = requireAdministrator();
		Issue issue = require(code);
		if (!issue.active()) {
			return 0;
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		jdbc.sql("update crm.issue set active = false, retired_at = ?, retired_by = ? where code = ?")
			.params(Timestamp.from(now), actor.username(), issue.code()).update();
		changed(AuditAction.UPDATE, issue.code(), List.of("active"));
		int due = 0;
		for (String recordType : List.of(Stakeholder.INDIVIDUAL, Stakeholder.ORGANIZATION)) {
			for (UUID id : onlyRetiredIssues(recordType, issue.code())) {
				if (retention.dueNow(recordType, id.toString(), now)) {
					due++;
				}
			}
		}
		return due;
	}

	/** Makes a retired issue active again: offered on forms and in the API once more. */
	@Transactional
	public Issue reactivate(String code) {
		requireAdministrator();
		Issue issue = require(code);
		if (!issue.active()) {
			jdbc.sql("update crm.issue set active = true, retired_at = null, retired_by = null where code = ?")
				.param(issue.code()).update();
			changed(AuditAction.UPDATE, issue.code(), List.of("active"));
		}
		return require(issue.code());
	}

	/** The stakeholders of a type who name the issue and whose every issue is retired. */
	private List<UUID> onlyRetiredIssues(String recordType, String code) {
		String table = Stakeholder.INDIVIDUAL.equals(recordType) ? "crm.individual" : "crm.organization";
		return jdbc.sql("select s.id from " + table + " s where ? = any (s.issues) and not exists ("
				+ "select 1 from unnest(s.issues) named(code) join crm.issue i on i.code = named.code and i.active)")
			.param(code).query(UUID.class).list();
	}

	private String label(@Nullable String typed) {
		InputCheck check = new InputCheck();
		String label = check.requiredText("label", typed, "Name of the issue", LABEL_MAX);
		check.throwIfInvalid();
		return java.util.Objects.requireNonNull(label);
	}

	private boolean labelTaken(String label, @Nullable String except) {
		return catalog.all().stream().anyMatch(issue -> issue.label().equalsIgnoreCase(label)
				&& !issue.code().equals(except));
	}

	private Issue require(String code) {
		catalog.refresh();
		return catalog.parse(code).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, code));
	}

	private void changed(AuditAction action, String code, List<String> fields) {
		catalog.refresh();
		audit.record(new AuditEvent(action, RECORD_TYPE, code, null, fields, "issues (PIA 1.1)", null));
	}

	private Actor requireAdministrator() {
		Actor actor = Actors.require();
		if (!administers(actor)) {
			refuse(actor, "issue administration");
		}
		return actor;
	}

	private void refuse(Actor actor, String what) {
		audit.recordIndependently(new AuditEvent(AuditAction.ACCESS_DENIED, RECORD_TYPE, null, null, List.of(), null,
				what));
		String reason = rules.refusal(actor);
		if (reason != null) {
			throw new ExplainedAccessDenial(reason);
		}
		throw new AccessDeniedException("The issues are kept by CRM administrators");
	}
}
