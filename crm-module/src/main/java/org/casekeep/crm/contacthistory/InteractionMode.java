package org.casekeep.crm.contacthistory;

import java.util.Arrays;
import java.util.Optional;

import org.casekeep.kernel.web.Option;
import org.jspecify.annotations.Nullable;

/** How DHS and a stakeholder communicated (CRM PIA 1.1: "date and mode of communication"). */
public enum InteractionMode {

	PHONE("Phone call"), EMAIL("Email"), LETTER("Letter"), MEETING("Meeting"), EVENT("Event"),
	/** Correspondence taken in by the correspondence module and matched to the stakeholder automatically. */
	CORRESPONDENCE("Correspondence received");

	private final String label;

	InteractionMode(String label) {
		this.label = label;
	}

	/** The mode with this name, ignoring case; empty for anything else. */
	public static Optional<InteractionMode> parse(@Nullable String name) {
		return Arrays.stream(values()).filter(mode -> mode.name().equalsIgnoreCase(name)).findFirst();
	}

	/** Whether users record this mode by hand; correspondence is recorded only by the system, on its event. */
	public boolean recordedByUsers() {
		return this != CORRESPONDENCE;
	}

	/** The names of the modes users record by hand. */
	public static java.util.List<String> userModes() {
		return Arrays.stream(values()).filter(InteractionMode::recordedByUsers).map(Enum::name).toList();
	}

	/** The modes users record by hand as a page offers them: name and label, in order. */
	public static java.util.List<Option> userOptions() {
		return Arrays.stream(values()).filter(InteractionMode::recordedByUsers)
			.map(mode -> new Option(mode.name(), mode.label)).toList();
	}

	public String getLabel() {
		return label;
	}
}
