package org.casekeep.correspondence.taskers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The kinds of tasker an office uses and the clearance levels each response goes through before it is dispatched
 * (Correspondence PIA overview: correspondence "which requires Agency clearance before dissemination"; Appendix A,
 * USCIS CATS: program office, then the Office of Chief Counsel's final review, then the Front Office approves).
 * Configured as {@code casekeep.correspondence.tasker-types.<CODE>.label} and {@code ….clearance[0..n]} (the levels in
 * order); without configuration the defaults below apply. Each level is signed by a different person, and never by
 * the person who compiled the response or kept an SPII value of its letter ({@link Tasker#clear}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TaskerTypes.Settings.class)
class TaskerTypes {

	/** The type of a tasker created without one. */
	static final String STANDARD = "STANDARD";

	/** A type: its name for people and its clearance levels, in order. */
	record Type(String code, String label, List<String> clearance) {
	}

	/** {@code casekeep.correspondence.tasker-types}: code → label and clearance levels. */
	@ConfigurationProperties("casekeep.correspondence")
	record Settings(Map<String, Definition> taskerTypes) {

		Settings {
			taskerTypes = taskerTypes == null ? Map.of() : taskerTypes;
		}
	}

	/** One configured type. */
	record Definition(String label, List<String> clearance) {
	}

	private static final Map<String, Definition> DEFAULTS = defaults();

	private final Map<String, Type> types = new LinkedHashMap<>();

	TaskerTypes(Settings settings) {
		Map<String, Definition> configured = settings.taskerTypes().isEmpty() ? DEFAULTS : settings.taskerTypes();
		configured.forEach((code, definition) -> {
			String typed = code.toUpperCase(Locale.ROOT);
			if (definition.clearance() == null || definition.clearance().isEmpty()) {
				throw new IllegalStateException("Tasker type " + typed + " needs at least one clearance level");
			}
			types.put(typed, new Type(typed, definition.label(), List.copyOf(definition.clearance())));
		});
		if (!types.containsKey(STANDARD)) {
			throw new IllegalStateException("The tasker types must include " + STANDARD);
		}
	}

	/** Every type, in the configured order. */
	List<Type> all() {
		return List.copyOf(types.values());
	}

	/** The type of a code in any case. */
	Optional<Type> of(String code) {
		return Optional.ofNullable(types.get(code.strip().toUpperCase(Locale.ROOT)));
	}

	/** The type of a stored tasker; one no longer configured clears as {@link #STANDARD} does. */
	Type ofStored(String code) {
		return of(code).orElseGet(() -> types.get(STANDARD));
	}

	private static Map<String, Definition> defaults() {
		Map<String, Definition> defaults = new LinkedHashMap<>();
		defaults.put(STANDARD, new Definition("Standard", List.of("Executive Secretariat")));
		defaults.put("CONGRESSIONAL", new Definition("Congressional inquiry",
				List.of("Executive Secretariat", "Office of Legislative Affairs")));
		defaults.put("POLICY", new Definition("Policy or operational guidance",
				List.of("Program office", "Office of the General Counsel", "Front Office")));
		return java.util.Collections.unmodifiableMap(defaults);
	}
}
