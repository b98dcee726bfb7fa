package org.casekeep.crm.stakeholder;

import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** How a stakeholder asked to be removed (CRM PIA 6.3, 7.4: any medium is acceptable). */
public enum RemovalChannel {

	PHONE("Phone"), EMAIL("Email"), LETTER("Letter"), IN_PERSON("In person");

	private final String label;

	RemovalChannel(String label) {
		this.label = label;
	}

	/** The channel with this name in any case, or empty for anything else (a page submits names). */
	public static Optional<RemovalChannel> parse(@Nullable String name) {
		return Arrays.stream(values()).filter(channel -> channel.name().equalsIgnoreCase(name)).findFirst();
	}

	public String getLabel() {
		return label;
	}
}
