package org.casekeep.crm.stakeholder;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.web.Option;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The issues stakeholders engage on (CRM PIA 1.1, item 4) as the pages, drafts and reports read them: the active ones
 * to choose from, any one by its code, the labels of stored codes. Records store codes; a retired issue is refused
 * for new data but still labels old records. Reads a snapshot of {@code crm.issue}, refreshed when the issues change
 * here ({@link #refresh()}) and at least every {@value #MAX_AGE_SECONDS} seconds (changes on another instance).
 * Templates reach it as {@code @issueCatalog}.
 */
@Component("issueCatalog")
public class IssueCatalog {

	static final long MAX_AGE_SECONDS = 30;

	private record Snapshot(Map<String, Issue> byCode, Instant loadedAt) {
	}

	private final JdbcClient jdbc;
	private volatile @Nullable Snapshot snapshot;

	IssueCatalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every issue, active or retired, by position then label. */
	public List<Issue> all() {
		return List.copyOf(current().values());
	}

	/** The active issues as a form offers them: code and label, in order. */
	public List<Option> options() {
		return current().values().stream().filter(Issue::active).map(issue -> new Option(issue.code(), issue.label()))
			.toList();
	}

	/** The issue with this code in any case, active or retired; empty for anything else. */
	public Optional<Issue> parse(@Nullable String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return Optional.ofNullable(current().get(code.strip().toUpperCase(Locale.ROOT)));
	}

	/** The labels of issues stored by code, in their order; a code no longer known shows as itself. */
	public List<String> labels(@Nullable Collection<String> codes) {
		if (codes == null) {
			return List.of();
		}
		Map<String, Issue> issues = current();
		return codes.stream().map(code -> {
			Issue issue = issues.get(code);
			return issue == null ? code : issue.label();
		}).toList();
	}

	/**
	 * The codes of the issues typed, each once in the order first typed, for a record being written; rejects on
	 * {@code field} every one that is unknown, and every retired one unless the record already names it ({@code kept}:
	 * an old record keeps its retired issue, nothing new is filed under it).
	 */
	public List<String> accept(InputCheck check, String field, @Nullable Collection<String> typed,
			Collection<String> kept) {
		if (typed == null) {
			return List.of();
		}
		Set<String> codes = new LinkedHashSet<>();
		for (String raw : typed) {
			if (raw == null || raw.isBlank()) {
				continue;
			}
			Optional<Issue> issue = parse(raw);
			if (issue.isEmpty()) {
				check.reject(field, "Each issue must be one of " + String.join(", ", activeCodes()));
			}
			else if (!issue.get().active() && !kept.contains(issue.get().code())) {
				check.reject(field, "The issue " + issue.get().label() + " is retired; choose one of "
						+ String.join(", ", activeCodes()));
			}
			else {
				codes.add(issue.get().code());
			}
		}
		return List.copyOf(codes);
	}

	/** Forgets the snapshot, after the issues changed. */
	public void refresh() {
		snapshot = null;
	}

	private List<String> activeCodes() {
		return options().stream().map(Option::name).toList();
	}

	private Map<String, Issue> current() {
		Snapshot held = snapshot;
		Instant now = Instant.now();
		if (held == null || held.loadedAt().plus(Duration.ofSeconds(MAX_AGE_SECONDS)).isBefore(now)) {
			Map<String, Issue> byCode = new LinkedHashMap<>();
			jdbc.sql("""
					select code, label, active, position, retired_at, retired_by from crm.issue
					order by position nulls last, lower(label)""")
				.query((rs, row) -> new Issue(rs.getString("code"), rs.getString("label"), rs.getBoolean("active"),
						(Integer) rs.getObject("position"),
						rs.getTimestamp("retired_at") == null ? null : rs.getTimestamp("retired_at").toInstant(),
						rs.getString("retired_by")))
				.list().forEach(issue -> byCode.put(issue.code(), issue));
			held = new Snapshot(Collections.unmodifiableMap(byCode), now);
			snapshot = held;
		}
		return held.byCode();
	}
}
