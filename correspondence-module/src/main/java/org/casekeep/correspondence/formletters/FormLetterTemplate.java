package org.casekeep.correspondence.formletters;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a form letter with merge fields written {@code {{lastName}}}. Only the fields of {@link #FIELDS} exist,
 * so a letter can never pull data the correspondence does not hold, and a misspelt field is refused when the letter
 * is written, not when it is sent.
 */
final class FormLetterTemplate {

	/** The merge fields a letter may use, with what each means. */
	static final Map<String, String> FIELDS = Map.ofEntries(
			Map.entry("salutation", "the correspondent's prefix, e.g. Ms."),
			Map.entry("firstName", "the correspondent's first name"),
			Map.entry("lastName", "the correspondent's last name"),
			Map.entry("fullName", "the correspondent's full name"),
			Map.entry("organization", "the correspondent's organization"),
			Map.entry("referenceNumber", "the correspondence reference number"),
			Map.entry("receivedDate", "the date the correspondence was received"),
			Map.entry("subject", "the subject of the correspondence"),
			Map.entry("signatureName", "the name of the official signing"),
			Map.entry("signatureTitle", "the title of the official signing"),
			Map.entry("today", "the date of the letter"));

	private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}");

	private final String body;

	FormLetterTemplate(String body) {
		this.body = body;
	}

	/** The merge fields the text uses, in order of first use. */
	Set<String> fields() {
		Set<String> used = new LinkedHashSet<>();
		Matcher matcher = FIELD.matcher(body);
		while (matcher.find()) {
			used.add(matcher.group(1));
		}
		return used;
	}

	/** The fields the text uses that do not exist. */
	List<String> unknownFields() {
		return fields().stream().filter(field -> !FIELDS.containsKey(field)).toList();
	}

	/** The fields the text uses that have no value (or a blank one) in the values given. */
	List<String> missing(Map<String, String> values) {
		List<String> missing = new ArrayList<>();
		for (String field : fields()) {
			String value = values.get(field);
			if (value == null || value.isBlank()) {
				missing.add(field);
			}
		}
		return missing;
	}

	/** The letter with every field replaced; callers check {@link #missing} first. */
	String merge(Map<String, String> values) {
		Matcher matcher = FIELD.matcher(body);
		StringBuilder merged = new StringBuilder(body.length() + 64);
		while (matcher.find()) {
			matcher.appendReplacement(merged, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), "").strip()));
		}
		matcher.appendTail(merged);
		return merged.toString();
	}
}
