package org.casekeep.crm;

/** How a stakeholder asked to be removed (CRM PIA 6.3, 7.4: any medium is acceptable). */
public enum RemovalChannel {

	PHONE("Phone"), EMAIL("Email"), LETTER("Letter"), IN_PERSON("In person");

	private final String label;

	RemovalChannel(String label) {
		this.label = label;
	}

	/** The channel with this name, or empty for anything else (a page submits names). */
	public static java.util.Optional<RemovalChannel> parse(@org.jspecify.annotations.Nullable String name) {
		return java.util.Arrays.stream(values()).filter(channel -> channel.name().equals(name)).findFirst();
	}

	public String getLabel() {
		return label;
	}
}
