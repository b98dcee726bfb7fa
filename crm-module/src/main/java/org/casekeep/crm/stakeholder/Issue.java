package org.casekeep.crm.stakeholder;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.casekeep.kernel.web.Option;
import org.jspecify.annotations.Nullable;

/** The Secretary's five priorities stakeholders engage on (CRM PIA 1.1, item 4). */
public enum Issue {

	IMMIGRATION("Immigration"), SECURE_BORDERS("Secure Borders"), DISASTER_RESPONSE("Disaster Response"),
	COUNTERTERRORISM("Counterterrorism"), ONE_DHS("OneDHS");

	/** The issues as a page offers them: name and label, in order. */
	public static final List<Option> OPTIONS = Arrays.stream(values())
		.map(issue -> new Option(issue.name(), issue.label)).toList();

	private final String label;

	Issue(String label) {
		this.label = label;
	}

	public String getLabel() {
		return label;
	}

	/** The issue with this name in any case, or empty for anything else (a page submits names). */
	public static Optional<Issue> parse(@Nullable String name) {
		String typed = name == null ? "" : name.strip();
		return Arrays.stream(values()).filter(issue -> issue.name().equalsIgnoreCase(typed)).findFirst();
	}

	/** The issues chosen, each once, in the order first chosen; {@literal null} entries and lists are none. */
	public static List<Issue> distinct(@Nullable List<Issue> chosen) {
		return chosen == null ? List.of()
				: List.copyOf(new LinkedHashSet<>(chosen.stream().filter(Objects::nonNull).toList()));
	}

	/** The labels of issues stored by name, in their order. */
	public static List<String> labels(List<String> names) {
		return names.stream().map(name -> valueOf(name).getLabel()).toList();
	}
}
