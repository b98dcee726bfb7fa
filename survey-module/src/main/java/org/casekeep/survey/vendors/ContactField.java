package org.casekeep.survey.vendors;

import java.util.Arrays;
import java.util.Locale;

/**
 * A participant's contact field that may go to the vendor (Customer Research PIA 2.2, 6.2: limited contact
 * information); the recruiter chooses the fewest the vendor needs.
 */
public enum ContactField {

	NAME("name", "Name"), EMAIL("email", "E-mail"), PHONE("phone", "Phone"), ADDRESS("address", "Mailing address");

	private final String key;
	private final String label;

	ContactField(String key, String label) {
		this.key = key;
		this.label = label;
	}

	/** The field's name, as the participant's contact details and the audit entries name it. */
	public String key() {
		return key;
	}

	public String label() {
		return label;
	}

	static ContactField ofKey(String key) {
		return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No contact field " + key));
	}

	/** As typed in a form or a request: {@code email} or {@code EMAIL}. */
	static ContactField parse(String raw) {
		String value = raw.strip().toUpperCase(Locale.ROOT);
		return Arrays.stream(values()).filter(f -> f.name().equals(value)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Contact fields must be among " + Arrays.toString(values())));
	}
}
